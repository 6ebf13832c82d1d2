"""Reports of round 32 (branch eng-ms33): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
OFFICE = "Brookhaven County Prosecutor's Office drug case report 2025\n\n"


def facts(text: str, head: str = OFFICE, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_cases_grade_is_left_out_of_its_proposal() -> None:
    # keys of five rounds: "filed 1,486 felony drug cases" is drug-cases-filed
    found = facts("The Office filed 2,318 felony drug cases in 2025, down from 2,540 in 2024.")
    assert figure(found, "2,318").measure == "drug-cases-filed"
    found = facts("At the end of 2025, 733 felony drug cases were still pending.")
    assert figure(found, "733").measure == "drug-cases-pending"


def test_cases_without_a_grade_keep_their_proposal() -> None:
    found = facts("The Office filed 2,318 drug cases in 2025.")
    assert figure(found, "2,318").measure == "drug-cases-filed"
