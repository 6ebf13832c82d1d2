"""Reports of round 35 (branch eng-ms36): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
OFFICE = "Harlow County District Attorney's Office drug prosecutions, 2025\n\n"


def facts(text: str, head: str = OFFICE, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_people_indicted() -> None:
    # keys of six reports of five rounds (usao-edky binturong99, ccda-ga and hsi-sd coati101, …)
    found = facts(
        "The office indicted 917 defendants on felony drug charges in 2025 (1,022 in 2024)."
    )
    assert figure(found, "917").measure == "people-indicted"
    assert figure(found, "1,022").measure == "people-indicted"
    found = facts(
        "The office charged 400 defendants with drug offenses, and grand juries returned"
        " indictments against 304 of them."
    )
    assert figure(found, "304").measure == "people-indicted"
    found = facts("The sweep ended with 19 people indicted in federal court.")
    assert figure(found, "19").measure == "people-indicted"


def test_indictments_filed_and_supply_charges_keep_their_reading() -> None:
    found = facts("Prosecutors filed indictments against 512 persons in 2025.")
    assert figure(found, "512").measure != "people-indicted"
    found = facts("The office indicted 233 defendants on trafficking charges in 2025.")
    assert figure(found, "233").measure == "trafficking-arrests"
