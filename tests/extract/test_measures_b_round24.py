"""Issue 14, round 24 (measures, part B, branch ms25b): a figure drafted as the wrong registry
concept, or a proposed name other than docs/facts.md's, causes that recurred across the writers
of the calibration reports (at least 3 reports of at least 2 rounds), one test per cause, each
with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Since May, the county police dismantled drug smuggling gangs 12, seized drugs 4 "
         "kilograms.", "12", ("drug-smuggling-gangs-dismantled", "gang")),
        ("In the campaign, the city's police destroyed the drug dealing networks 8, cut off two "
         "routes.", "8", ("drug-dealing-networks-destroyed", "network")),
    ],
)  # fmt: skip
def test_a_count_after_its_verb_and_noun(text: str, number: str, expected: tuple[str, str]) -> None:
    assert read(text, number) == expected


def test_a_count_after_its_noun_leaves_people_and_a_following_noun_alone() -> None:
    # people keep the registry's reading; a count with its own noun after it is that noun's
    assert read("Since May, the county police arrested drug suspects 61, seized drugs.", "61") == (
        "suspects-arrested",
        "person",
    )
    assert read("The police dismantled drug gangs 12 times in the year.", "12")[0] != (
        "drug-gangs-dismantled"
    )
