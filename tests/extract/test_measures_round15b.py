"""English reports, issue 14 round 15 second iteration (measures): a part "N of the M deaths"
counts people as the keys name such a part, not a share. Made-up sentences; each rule has a case
it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Lake health bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def test_a_part_of_the_deaths_a_drug_is_tied_to_is_that_drugs_deaths() -> None:
    found = facts(
        "In 2024, 468 people died of an overdose. Kratom contributed to 112 of the 468 deaths."
    )
    assert found["112 of the 468 deaths"].measure == "kratom-deaths"
    assert found["112 of the 468 deaths"].unit == "person"


def test_the_drug_found_in_the_part_comes_before_the_wholes_drug() -> None:
    found = facts("Heroin was detected in 212 of the 341 opioid deaths.")
    assert found["212 of the 341 opioid deaths"].measure == "heroin-deaths"


def test_a_part_of_the_deaths_no_drug_is_tied_to_counts_deaths() -> None:
    found = facts(
        "In 2024, 71 people died of an overdose. Women accounted for 62 of the 71 deaths."
    )
    assert found["62 of the 71 deaths"].measure == "drug-related-deaths"


def test_a_part_of_things_stays_a_share() -> None:
    found = facts("Six out of ten pills seized contained a lethal dose.")
    assert found["Six out of ten pills"].measure.startswith("share-of-pills")
