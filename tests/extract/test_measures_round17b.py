"""Issue 14, round 17 (measures, branch ms18b): a figure drafted as the wrong registry concept,
causes that recurred across the writers of the calibration reports (at least 3 reports of at
least 2 rounds), one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # an apposition between the drug and the verb that ties it to the deaths
        ("Ketamine, a dissociative anaesthetic, was found in 44 deaths, up from 12 in 2022.",
         "44", "ketamine-deaths"),
        ("Ketamine, a dissociative anaesthetic, was found in 44 deaths, up from 12 in 2022.",
         "12", "ketamine-deaths"),
        ("The horse tranquilliser xylazine, which naloxone cannot reverse, was detected in 71 "
         "deaths.", "71", "xylazine-deaths"),
        # a drug inside the apposition is not the one found
        ("Tramadol, an opioid weaker than morphine, was identified in 19 deaths.", "19",
         "tramadol-deaths"),
    ],
)  # fmt: skip
def test_a_drug_with_an_apposition_names_its_deaths(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_deaths_with_no_drug_before_them_stay_drug_related() -> None:
    text = "In Northvale, a coastal county, 61 deaths were recorded in 2023."
    assert read(text, "61")[0] == "drug-related-deaths"
