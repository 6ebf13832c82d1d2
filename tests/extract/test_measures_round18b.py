"""Issue 14, round 18 (measures, branch ms19b): a figure drafted as the wrong registry concept,
causes that recurred across the writers of the calibration reports (at least 3 reports of at
least 2 rounds), one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Border police in the county cracked 57 drug smuggling cases by the end of June.", "57"),
        ("Port officers solved 23 cross-border drug smuggling cases and seized 9 kg of heroin.",
         "23"),
        ("Investigators closed 18 cases of drug smuggling through the mail.", "18"),
    ],
)  # fmt: skip
def test_smuggling_cases_are_their_own_concept(text: str, number: str) -> None:
    assert read(text, number)[0] == "drug-smuggling-cases-cracked"


def test_smuggling_attempts_are_not_cases() -> None:
    text = "Across 40 cases, officers stopped 75 smuggling attempts at the harbour."
    assert read(text, "75")[0] != "drug-smuggling-cases-cracked"


def test_attempted_smuggling_is_not_a_case_cracked() -> None:
    text = "Customs officers detected 64 cases of attempted drug smuggling at the airport."
    assert read(text, "64")[0] != "drug-smuggling-cases-cracked"
