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


def test_people_diverted_from_a_charge() -> None:
    # docs/facts.md round 21; keys of ten reports of rounds 98-101 (slcpao-mo gaur100, …)
    found = facts(
        "Prosecutors diverted 211 defendants to the county's drug court in 2025, compared with"
        " 187 in 2024."
    )
    assert figure(found, "211").measure == "people-referred-to-diversion"
    assert figure(found, "187").measure == "people-referred-to-diversion"
    found = facts(
        "Deputies dealt with 96 people in another way. These people, found with small amounts,"
        " were referred to the county's pre-charge program instead of being charged."
    )
    assert figure(found, "96").measure == "people-referred-to-diversion"


def test_people_sent_to_treatment_and_other_counts_keep_their_reading() -> None:
    found = facts(
        "A further 77 people found with small amounts were referred to treatment instead of"
        " being charged."
    )
    assert figure(found, "77").measure == "people-referred-to-treatment"
    found = facts(
        "The office charged 900 defendants with drug offences in 2025, and 120 were diverted"
        " instead of being prosecuted."
    )
    assert figure(found, "900").measure != "people-referred-to-diversion"
