"""English reports, issue 14 round 14 (agencies): a name is not cut short at a joiner before it
("U.S.", a slash, "&", a title's possessive office), and a government's information office that
only hosts the bodies presenting figures is no agency. Made-up sentences, each with a
counter-example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_country_prefix_belongs_to_the_name() -> None:
    text = "The U.S. Parcel Inspection Service (USPAS) seized 410 pounds of cocaine in 2023.\n"
    assert agency(text, "410 pounds") == "U.S. Parcel Inspection Service"


def test_places_joined_by_a_slash_are_one_name() -> None:
    text = (
        "The Northfield/Southport Drug Task Force dismantled 14 drug trafficking organizations "
        "in 2023.\n"
    )
    assert agency(text, "14 drug") == "Northfield/Southport Drug Task Force"


def test_words_joined_by_an_ampersand_are_one_name() -> None:
    text = (
        "Most drugs entered through the land crossings, where the Harbour & Borders Authority "
        "(HBA) detected 96 cases of drug smuggling in 2023.\n"
    )
    assert agency(text, "96 cases") == "Harbour & Borders Authority"


def test_a_titles_office_keeps_the_title() -> None:
    text = (
        "The Special Prosecutor's Office for Narcotic Crime (SPONC) opened 318 investigations in "
        "2023.\n"
    )
    assert agency(text, "318") == "Special Prosecutor's Office for Narcotic Crime"


def test_a_bodys_possessive_unit_keeps_its_own_name() -> None:
    # counter-example: a body owning the unit is not part of the unit's name (docs/facts.md)
    text = (
        "The Northern Customs Service's Harbour Investigation Unit seized 48 kilograms of "
        "cocaine in 2023.\n"
    )
    assert agency(text, "48 kilograms") == "Harbour Investigation Unit"


def test_an_information_office_hosting_a_body_is_no_agency() -> None:
    text = (
        "On 3 March, the Information Office of the Lakeland Provincial Government held a press "
        "conference, and the Lakeland Provincial Public Security Department described the "
        "province's work against drugs.\n\nIn 2023, the province cracked 812 drug cases.\n"
    )
    assert agency(text, "812") == "Lakeland Provincial Public Security Department"


def test_an_information_office_alone_publishes_the_release() -> None:
    # counter-example: no other body is named, so the office is the publisher
    text = (
        "On 3 March, the Information Office of the Lakeland Provincial Government held a press "
        "conference.\n\nIn 2023, the province cracked 812 drug cases.\n"
    )
    assert agency(text, "812") == "Information Office of the Lakeland Provincial Government"


def test_a_body_named_without_an_english_head_is_an_agency() -> None:
    text = (
        "Madrid, 3 March 2024. The Vigilancia Nacional seized 42 tonnes of hashish in 2023.\n\n"
        "Agents of the Vigilancia Nacional's Harbour Service found 8 tonnes of cocaine in a "
        "container.\n\nThe corps also seized 214 firearms.\n"
    )
    assert agency(text, "42 tonnes") == "Vigilancia Nacional"
    assert agency(text, "214") == "Vigilancia Nacional"


def test_people_as_the_subject_are_no_agency() -> None:
    # counter-example: plural officers are people, and a body named once stays unknown
    text = (
        "Harbour Inspectors seized 42 tonnes of hashish in 2023, the Northern Customs Service "
        "said.\n\nHarbour Inspectors also seized 214 firearms.\n"
    )
    assert agency(text, "214") == "Northern Customs Service"


def test_a_place_is_no_agency() -> None:
    text = (
        "Lima, 3 March 2024 - The National Coca Office (NACO) presented its annual report.\n\n"
        "The Valley of the Tambo and Ucayali Rivers (VTUR) remains the main zone, with 3,980 "
        "hectares of coca.\n"
    )
    assert agency(text, "3,980") == "National Coca Office"


def test_a_body_named_after_its_place_stays_an_agency() -> None:
    # counter-example: a head of a body after the place's words keeps it a body
    text = "The Tambo Rivers Police seized 3,980 kilograms of coca leaf in 2023.\n"
    assert agency(text, "3,980") == "Tambo Rivers Police"


def test_a_body_of_a_place_stays_an_agency() -> None:
    # counter-example: the place ends the name, but the body heads it
    text = "The Coroners Service of the Province recorded 950 drug deaths in 2023.\n"
    assert agency(text, "950") == "Coroners Service of the Province"
