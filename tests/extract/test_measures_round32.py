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


HIDTA = "Lakeland High Intensity Drug Trafficking Area annual results 2025\n\n"


def test_two_acts_joined_by_or_name_both() -> None:
    # keys of six rounds: "disrupted or dismantled 274 drug trafficking organizations"
    found = facts(
        "Its initiatives disrupted or dismantled 58 drug trafficking organizations in 2025.",
        head=HIDTA,
    )
    want = "drug-trafficking-organizations-disrupted-or-dismantled"
    assert figure(found, "58").measure == want
    found = facts(
        "Task forces dismantled or disrupted 93 drug trafficking organizations during the year.",
        head=HIDTA,
    )
    assert figure(found, "93").measure == want


def test_one_act_keeps_its_own_proposal() -> None:
    found = facts(
        "Task forces dismantled 41 drug trafficking organizations and disrupted 77 others.",
        head=HIDTA,
    )
    assert figure(found, "41").measure == "drug-trafficking-organizations-dismantled"
