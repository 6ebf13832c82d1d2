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
    text = "Investigators of the Molvania Revenue Investigation Bureau seized 84 kilograms.\n"
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


def test_a_respectively_list_pairs_its_agencies_with_its_figures() -> None:
    text = (
        "Molvania Ministry of the Interior: half-year results\n\n"
        "The Molvania Ministry of the Interior released its results on 1 February 2024. The "
        "Harbour Police and the Molvania Customs Service seized 410 kilograms and 1,320 "
        "kilograms of cocaine respectively in 2023.\n"
    )
    assert agency(text, "410") == "Harbour Police"
    assert agency(text, "1,320") == "Molvania Customs Service"
    # counter-example: bodies acting together with one figure stay the publisher's
    listed = "410 kilograms and 1,320 kilograms of cocaine respectively"
    text = text.replace(listed, "410 kilograms")
    assert agency(text, "410") == "Molvania Ministry of the Interior"


def test_places_sharing_one_head_name_each_place_s_organs() -> None:
    text = (
        "Hunan Provincial Public Security Department\n\n"
        "From January to May 2024, Changsha, Zhuzhou and Xiangtan public security organs "
        "respectively cracked 310, 122 and 97 drug cases, ranking first in the province.\n"
    )
    assert agency(text, "310") == "Changsha public security organs"
    assert agency(text, "122") == "Zhuzhou public security organs"
    assert agency(text, "97") == "Xiangtan public security organs"
