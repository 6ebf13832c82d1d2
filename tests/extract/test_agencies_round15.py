"""English reports, issue 14 round 15 (agencies): translated Chinese releases' own public
security organs ("the city public security organs", "… of the whole province") are the report's
division's; a name first given with its state keeps it; "Headquarters" heads a body's name (but
"at Police Headquarters" is a building); an acronym between a unit and "of the <owner>" closes
the unit's name. Made-up sentences, each with a counter-example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_the_city_public_security_organs_are_the_citys() -> None:
    text = (
        "Zhuhai held a press conference\n\n"
        "On June 20, the Zhuhai Municipal Narcotics Control Committee Office held a press "
        "conference. In 2023, the city public security organs cracked 812 drug criminal cases. "
        "Some of the drugs reached the city via Guangxi.\n\n"
        "From January to May, the city's public security organs cracked 305 drug criminal "
        "cases.\n"
    )
    assert agency(text, "812") == "Zhuhai public security organs"
    # the place named last before them is a route, not their city
    assert agency(text, "305") == "Zhuhai public security organs"


def test_the_public_security_organs_of_the_whole_province_are_the_provinces() -> None:
    text = (
        "On May 30, the Guizhou Provincial Public Security Department said that in 2023 the "
        "public security organs of the whole province cracked 1,204 drug criminal cases.\n"
    )
    assert agency(text, "1,204") == "Guizhou public security organs"


def test_a_name_first_given_with_its_state_keeps_it() -> None:
    text = (
        "Ministry of Interior Affairs of the Republic of Molvania\n\n"
        "The Ministry of Interior Affairs detected 2,310 drug crimes in 2024.\n"
    )
    assert agency(text, "2,310") == "Ministry of Interior Affairs of the Republic of Molvania"


def test_a_name_first_given_without_its_state_takes_it_later() -> None:
    # round 20 (ag21): the short name comes first, the state only later: the first full form
    # is the label, as docs/facts.md "Agency ids" asks and the calibration keys write it (a body
    # the registry names keeps the registry's label: test_agencies_round20.py)
    text = (
        "Molvania drug situation 2023: National Narcotics Council report\n\n"
        "The National Narcotics Council of the Republic of Molvania (NNCM) recorded 964 drug "
        "trafficking cases in 2023.\n"
    )
    assert agency(text, "964") == "National Narcotics Council of the Republic of Molvania"


def test_headquarters_heads_a_bodys_name() -> None:
    text = "The Central Anti-Drug Headquarters recorded 4,120 drug offences in 2024.\n"
    assert agency(text, "4,120") == "Central Anti-Drug Headquarters"


def test_a_headquarters_one_is_at_is_no_agency() -> None:
    # counter-example: where a spokesman spoke is not who counted
    text = (
        "The Molvanian Police detected 5,870 drug offences in 2024, a spokesman told reporters "
        "at Police Headquarters.\n"
    )
    assert agency(text, "5,870") == "Molvanian Police"


def test_an_acronym_before_the_owner_closes_the_units_name() -> None:
    text = (
        "The Drug Interdiction Unit (DIU) of the Molvania Police Service seized 48 kilograms of "
        "heroin in 2024.\n"
    )
    assert agency(text, "48 kilograms") == "Drug Interdiction Unit"


def test_a_unit_of_its_owner_without_acronym_keeps_the_owner() -> None:
    # counter-example: with no acronym between them, "of the <owner>" is part of the name
    text = (
        "The Drug Interdiction Unit of the Molvania Police Service seized 48 kilograms of heroin "
        "in 2024.\n"
    )
    assert agency(text, "48 kilograms") == "Drug Interdiction Unit of the Molvania Police Service"


def test_task_force_staff_refer_back_to_the_one_named() -> None:
    text = (
        "Lakeside County Sheriff's Office\n\n"
        "The Sheriff's Office presented the results of the Lakeside Narcotics Task Force, a unit "
        "of deputies and city officers that the office leads.\n\n"
        "Task force investigators served 214 search warrants in 2023.\n"
    )
    assert agency(text, "214 search") == "Lakeside Narcotics Task Force"


def test_a_taskforce_in_one_word_is_a_body() -> None:
    text = "The Regional Asset Recovery Taskforce restrained $41 million in assets in 2024.\n"
    assert agency(text, "$41 million") == "Regional Asset Recovery Taskforce"


def test_a_partners_task_force_staff_do_not_take_the_figure() -> None:
    # counter-example: "with Task Force analysts" helps the subject, who made the figure
    text = (
        "The Lakeside Narcotics Task Force supports local police.\n\n"
        "In May, the Lakeside Highway Patrol ran an operation with Task Force analysts "
        "helping. Officers seized 412 pounds of fentanyl.\n"
    )
    assert agency(text, "412 pounds") == "Lakeside Highway Patrol"
