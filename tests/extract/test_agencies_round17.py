"""English reports, issue 14 round 17 (agencies): a name never opens on a function word (the
preposition a staff noun leaves, "Agents of the …"; a possessive determiner, "Our …", "Its …").
Made-up sentences, each with a counter-example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_staff_noun_leaves_no_preposition_in_front_of_the_name() -> None:
    text = (
        "LUTENBURG, 3 July 2024 - Agents of the Office of Narcotics Enforcement and Border "
        "Control (ONEBC) of the Molvania Attorney General arrested 1,210 people in 2023.\n"
    )
    assert agency(text, "1,210") == "Office of Narcotics Enforcement and Border Control"
    text = "Investigators of the Molvania Revenue Investigation Bureau seized 84 kilograms in 2023.\n"
    assert agency(text, "84") == "Molvania Revenue Investigation Bureau"


def test_a_possessive_determiner_is_not_part_of_the_name() -> None:
    text = (
        "The Molvania Police Service held its annual conference in 2024. Our Drug Interdiction "
        "Directorate seized 316 kilograms of cannabis in 2023.\n"
    )
    assert agency(text, "316") == "Drug Interdiction Directorate"
    # counter-example: a name whose own words hold "of" keeps them
    text = "The Office of the Molvania Drug Commissioner recorded 57 deaths in 2023.\n"
    assert agency(text, "57") == "Office of the Molvania Drug Commissioner"
