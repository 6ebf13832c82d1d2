"""English reports, issue 14 round 45 (branch eng-rg46): a regional unit of the Dutch National
Police ("The Limburg unit of the National Police (Eenheid Limburg)") is in the Netherlands, not
where the places it names in passing point; a federal office's area said in the paragraph after
the lead as "is responsible for A, B and C", "is responsible for a three-state area covering A, B
and C" or "The division covers A, B and southern C" is its home, American Samoa included among a
body's US territories. Made-up releases and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 2, 20)
AUTUMN = date(2026, 10, 28)


def _dutch(unit: str, lead_tail: str) -> str:
    return (
        f"Fewer drug labs found by police in {unit.split()[0]} in 2025\n\n"
        f"Venlo, 20 February 2026 - The {unit}{lead_tail} dismantled 28 synthetic drug "
        "laboratories in 2025, against 35 in 2024.\n\n"
        "Much of the chemicals came across the border from Belgium and Germany, and part of the "
        "waste was dumped near the German border. Buyers in Belgium and France took the "
        "product.\n\n"
        "The unit arrested 904 suspects for drug offences during the year."
    )


def test_a_regional_unit_of_the_dutch_national_police_is_in_the_netherlands() -> None:
    text = _dutch("Limburg unit", " of the National Police (Eenheid Limburg)")
    assert sentences.home_region(text, WINTER) == ("Netherlands",)


def test_a_unit_named_for_a_dutch_area_the_gazetteer_lacks() -> None:
    text = _dutch("Oost-Brabant unit", " of the National Police")
    assert sentences.home_region(text, WINTER) == ("Netherlands",)


def test_a_limburg_unit_of_another_police_is_not_read() -> None:
    # no Dutch National Police in the text: the Belgian federal police's unit is not placed
    text = _dutch("Limburg unit", " of the Federal Judicial Police")
    assert sentences.home_region(text, WINTER) != ("Netherlands",)


def _federal(office: str, area: str) -> str:
    return (
        f"{office} methamphetamine seizures rise in fiscal year 2026\n\n"
        f"DENVER - {office} released its results for fiscal year 2026 on Wednesday, reporting "
        "more methamphetamine seized than a year earlier.\n\n"
        f"{area} Agents seized 4,120 pounds of methamphetamine during the year, up from 3,300 "
        "pounds in fiscal year 2025, and arrested 377 people.\n\n"
        "Most of the drugs had been moved north from Mexico through Texas and Oklahoma."
    )


def test_the_states_an_office_is_responsible_for() -> None:
    area = "The office is responsible for Colorado, Utah, Wyoming and Montana."
    text = _federal("HSI Denver", area)
    assert sentences.home_region(text, AUTUMN) == ("Colorado", "Utah", "Wyoming", "Montana")


def test_an_area_of_several_states_an_office_is_responsible_for() -> None:
    area = "HSI Denver is responsible for a three-state area covering Colorado, Utah and Wyoming."
    text = _federal("HSI Denver", area)
    assert sentences.home_region(text, AUTUMN) == ("Colorado", "Utah", "Wyoming")


def test_the_states_a_division_covers_after_the_lead() -> None:
    area = "The division covers Colorado, Utah, southern Wyoming and Montana."
    text = _federal("The DEA's Denver Division", area)
    assert sentences.home_region(text, AUTUMN) == ("Colorado", "Utah", "Wyoming", "Montana")


def test_states_a_report_covers_are_not_the_area() -> None:
    # the report's own coverage, not a body's area: the dateline's state, as before
    area = "The report covers Colorado, Utah, Wyoming and Montana."
    text = _federal("HSI Denver", area)
    assert sentences.home_region(text, AUTUMN) == ("Colorado",)


def test_american_samoa_among_a_districts_territories() -> None:
    text = (
        "Coast Guard cocaine offloads in the Pacific rise in fiscal year 2026\n\n"
        "HONOLULU - The Coast Guard Fourteenth District said Thursday that its crews offloaded "
        "3,120 pounds of cocaine during fiscal year 2026.\n\n"
        "The district is responsible for Coast Guard operations across Hawaii, American Samoa "
        "and Guam. Crews also detained 22 suspected smugglers during the year."
    )
    assert sentences.home_region(text, AUTUMN) == ("Hawaii", "American Samoa", "Guam")


def test_a_states_part_before_a_list_is_not_the_whole_area() -> None:
    # "covers Florida's … coasts, Puerto Rico and …": not Florida alone; the lead's whole list
    text = (
        "Coast Guard district tallies fiscal year 2026 cocaine offloads\n\n"
        "MIAMI - Coast Guard crews in the district offloaded 41,200 pounds of cocaine during "
        "fiscal year 2026, officials said. The district covers Florida's Gulf and Atlantic "
        "coasts, Puerto Rico and the U.S. Virgin Islands.\n\n"
        "Crews also detained 96 suspected smugglers during the year."
    )
    home = sentences.home_region(text, AUTUMN)
    assert home == ("Florida", "Puerto Rico", "United States Virgin Islands")
