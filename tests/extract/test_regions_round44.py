"""English reports, issue 14 round 44 (branch eng-rg45): one of England's regional organised
crime units ("North East Regional Special Operations Unit") is in England, not where its compass
name or a passing mention points; a note under a "Note"/"Notes to editors"/"Background"
heading listing the countries its sentence names, whatever its verb ("The five partner countries
covered by this release are …", "Countries participating in Operation X: …"), makes them the
home, also for a regional programme named for one of them; a body's area said as "responsible
for … across A, B and C", "… the surrounding states of A, B and C", "task forces operating
across A, B and C" or "which covers the … judicial districts of A" is its home, US territories
included. Made-up releases and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2026, 5, 20)


def _unit(name: str) -> str:
    return (
        "Regional unit closes more county lines in 2025/26\n\n"
        f"{name} - News - 12 May 2026\n\n"
        f"The {name} has published its results for the year ending 31 March 2026.\n\n"
        "Over the twelve months the unit seized 212 kilograms of cocaine and arrested 388 people. "
        "Some of the lines it closed were run from Chicago.\n\n"
        "Officers also safeguarded 96 vulnerable people during the year."
    )


def test_a_compass_named_special_operations_unit_is_in_england() -> None:
    text = _unit("North East Regional Special Operations Unit")
    assert sentences.home_region(text, SPRING) == ("England",)


def test_a_region_named_organised_crime_unit_is_in_england() -> None:
    text = _unit("Eastern Region Special Operations Unit").replace("Chicago", "Texas")
    assert sentences.home_region(text, SPRING) == ("England",)


def test_a_compass_named_unit_of_another_kind_is_not_read() -> None:
    # no British unit words after the compass name: a passing city's country, as before
    text = _unit("North East Regional Drug Task Force")
    assert sentences.home_region(text, SPRING) != ("England",)


def _programme(note: str, name: str = "Coastal Shield Programme", heading: str = "Notes") -> str:
    return (
        "Coastal partners seize record cocaine loads in 2025\n\n"
        f"Lisbon, 20 April 2026 - Port units supported by the {name} seized 8.6 tonnes of "
        "cocaine in 2025, up from 6.2 tonnes in 2024, the programme said today.\n\n"
        "The units arrested 318 suspects during the year and searched 4,150 containers, against "
        "3,900 the year before.\n\n"
        f"{heading}\n\n{note} Weights are rounded to the nearest 0.1 tonne."
    )


def test_a_note_on_the_countries_a_release_covers() -> None:
    note = "The four partner countries covered by this release are Gabon, Angola, Benin and Togo."
    text = _programme(note, heading="Notes to editors")
    assert sentences.home_region(text, SPRING) == ("Gabon", "Angola", "Benin", "Togo")


def test_a_note_listing_an_operations_countries_after_a_colon() -> None:
    note = "Countries participating in Operation Seawall: Gabon, Cameroon and Togo."
    text = _programme(note, heading="Background")
    assert sentences.home_region(text, SPRING) == ("Gabon", "Cameroon", "Togo")


def _border(name: str) -> str:
    return (
        "Border offices seize more drugs in 2025\n\n"
        f"VIENNA, 18 March 2026 - Border offices supported by the {name} of the United Nations "
        "Office on Drugs and Crime seized 12.4 tonnes of drugs in 2025, up from 9.1 tonnes in "
        "2024, according to figures compiled by the Programme.\n\n"
        "The offices reported 812 seizure events during the year.\n\n"
        "Background\n\nNote: Seizure figures are those reported by the border offices of Gabon, "
        "Angola and Namibia. Weights are rounded."
    )


def test_a_regional_programme_named_for_a_country_keeps_its_notes_set() -> None:
    text = _border("Regional Programme for Gabon and Neighbouring Countries")
    assert sentences.home_region(text, SPRING) == ("Gabon", "Angola", "Namibia")


def test_a_programme_office_in_a_country_keeps_its_country() -> None:
    # one country's office: its regional figures are a part of its release (round 40)
    text = (
        "Programme Office in Gabon\n\nBorder seizures rise in 2025\n\n"
        "LIBREVILLE, 18 March 2026 - Border offices seized 12.4 tonnes of drugs in 2025, up from "
        "9.1 tonnes in 2024, according to figures compiled by the UNODC Programme Office in "
        "Gabon.\n\nThe offices reported 812 seizure events during the year.\n\n"
        "Background\n\nNote: Seizure figures are those reported by the border offices of Gabon, "
        "Angola and Namibia. Weights are rounded."
    )
    assert sentences.home_region(text, SPRING) == ("Gabon",)


def test_a_note_on_where_goods_came_from_leaves_the_home() -> None:
    note = "The countries of origin were Colombia, Peru and Bolivia."
    assert sentences.home_region(_programme(note), SPRING) == ("Portugal",)


def test_a_note_on_a_part_of_the_bodys_countries_leaves_the_home() -> None:
    note = "In West Africa the programme works with port units in three countries: Gabon, "
    text = _programme(note + "Angola and Benin.")
    assert sentences.home_region(text, SPRING) == ("Portugal",)


def _district(area: str, dateline: str = "MOBILE, Ala.") -> str:
    return (
        "Federal drug task forces report results for 2025\n\n"
        f"{dateline} - The Bayou Coast Drug Task Force announced Tuesday that its officers "
        "seized 1,240 pounds of methamphetamine in 2025, up from 890 pounds in 2024.\n\n"
        f"{area}\n\n"
        "Officers also arrested 412 people during the year."
    )


def test_a_body_responsible_for_operations_across_states_and_territories() -> None:
    area = "The district is responsible for operations across Alabama, Florida, Puerto Rico and "
    text = _district(area + "the U.S. Virgin Islands.")
    expected = ("Alabama", "Florida", "Puerto Rico", "United States Virgin Islands")
    assert sentences.home_region(text, SPRING) == expected


def test_a_body_responsible_for_waters_and_the_surrounding_states() -> None:
    area = "The district is responsible for operations on the St. Clair River and parts of the "
    text = _district(area + "surrounding states of Michigan and Ohio.", "DETROIT")
    assert sentences.home_region(text, SPRING) == ("Michigan", "Ohio")


def test_a_bodys_task_forces_operating_across_states() -> None:
    area = "It funds 12 task forces operating across Alabama, Mississippi and Louisiana."
    assert sentences.home_region(_district(area), SPRING) == ("Alabama", "Mississippi", "Louisiana")


def test_a_division_covering_one_states_judicial_districts() -> None:
    area = "The division, which covers the Northern and Middle federal judicial districts of "
    text = _district(area + "Alabama, has offices in three cities.", "WASHINGTON")
    assert sentences.home_region(text, SPRING) == ("Alabama",)


def test_traffickers_operating_across_states_are_no_area() -> None:
    # the traffickers', not the body's own units: the dateline's state, as before
    area = "Cartel cells operating across Alabama, Mississippi and Louisiana sold the drugs."
    assert sentences.home_region(_district(area), SPRING) == ("Alabama",)
