"""Issue 14, round 18 (measures, branch ms19c): proposed names of shares, causes that recurred
across the writers of the calibration reports (at least 3 reports of at least 2 rounds), one test
per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the places that open the sentence are the part, the counts before the share the whole
        ("In the first half, the province cracked 812 drug criminal cases. Among them, Alderton "
         "City and Brightwater District cracked 211 and 140 drug criminal cases respectively, "
         "accounting for 43.2% of the whole province.", "43.2",
         "share-of-drug-crime-cases-cracked-alderton-and-brightwater"),
        ("Alderton, Brightwater, Caskdale three city public security bureaus respectively cracked "
         "drug criminal cases 211, 140, 96 pieces, accounting for the whole province 55.1%.",
         "55.1", "share-of-drug-crime-cases-cracked-alderton-brightwater-and-caskdale"),
        ("Among them, Alderton and Brightwater Korean Autonomous Prefecture cracked 211 and 140 "
         "drug criminal cases respectively, accounting for 40.5% of the city's total.", "40.5",
         "share-of-drug-crime-cases-cracked-alderton-and-brightwater"),
    ],
)  # fmt: skip
def test_places_share_of_the_whole_area(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_a_share_of_a_whole_named_by_its_noun_keeps_it() -> None:
    text = (
        "Among them, Alderton City and Brightwater District cracked 211 and 140 drug criminal "
        "cases respectively, accounting for 43.2% of the cases of the summer action."
    )
    assert "alderton" not in read(text, "43.2")[0]
