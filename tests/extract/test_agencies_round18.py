"""English reports, issue 14 round 18 (agencies): a state's name ends at its last capitalised
word ("… of the Republic of Molvania today published": not "Molvania today"); a longer name that
holds a whole other name, with a head after it or "of" before it, names a unit of that body, so
the body's own mentions stay its own. Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_state_name_stops_before_a_lower_case_word() -> None:
    text = (
        "Drug report 2023\n\n"
        "Lutenburg, 3 March 2024 - The National Drug Directorate of the Republic of Molvania today "
        "published its yearly figures. The directorate seized 812 kilograms of cocaine in 2023.\n"
    )
    assert agency(text, "812") == "National Drug Directorate of the Republic of Molvania"
    # counter-example: a state of two capitalised words is kept whole
    text = text.replace("Republic of Molvania today", "Republic of North Molvania today")
    assert agency(text, "812") == "National Drug Directorate of the Republic of North Molvania"


def test_a_unit_named_with_its_owners_whole_name_is_not_the_owner() -> None:
    text = (
        "Molvania State Police figures for 2023\n\n"
        "Lutenburg, 3 March 2024 - The Molvania State Police Harbour Enforcement Division seized "
        "212 kilograms of cannabis in 2023. In the same year the Molvania State Police recorded "
        "4,118 drug offences across the state.\n"
    )
    assert agency(text, "4,118") == "Molvania State Police"
    text = (
        "Molvania Constabulary quarterly figures\n\n"
        "The Harbour Crime Division of Molvania Constabulary seized 96 kilograms of heroin in "
        "2023. Molvania Constabulary recorded 7,530 drug offences in 2023.\n"
    )
    assert agency(text, "7,530") == "Molvania Constabulary"
    # counter-example: a short form a place-prefixed name ends with is still that body
    text = (
        "The Lutenburg Coroners Service recorded 61 deaths in 2023. The Coroners Service "
        "counted 18 more in January 2024.\n"
    )
    assert agency(text, "18 more") == "Lutenburg Coroners Service"


def test_a_laboratory_is_a_body() -> None:
    text = (
        "Molvania Bureau of Investigation: fiscal year 2024\n\n"
        "Agents of the Molvania Bureau of Investigation seized 41 kilograms of heroin in 2023. "
        "The Molvania State Crime Laboratories analysed 6,120 drug cases in 2023.\n"
    )
    assert agency(text, "6,120") == "Molvania State Crime Laboratories"
    text = text.replace("The Molvania State Crime Laboratories", "The MBI Crime Lab")
    assert agency(text, "6,120") == "MBI Crime Lab"
    # counter-example: a laboratory as a place, not a capitalised name, is nobody's
    text = text.replace("The MBI Crime Lab analysed", "Its laboratory analysed")
    assert agency(text, "6,120") == "Molvania Bureau of Investigation"


def test_a_ministers_speech_is_issued_by_the_ministry() -> None:
    text = (
        "Address by the Minister of Home Security at the opening of the Harbour Academy\n\n"
        "Lutenburg, 3 March 2024\n\n"
        "Distinguished Members of the Consular Corps, ladies and gentlemen,\n\n"
        "Last year our officers seized 902 kilograms of cannabis resin.\n"
    )
    assert agency(text, "902") == "Ministry of Home Security"
    # counter-example: a speech by a deputy minister is not the ministry's
    deputy = text.replace("Address by the Minister", "Address by the Deputy Minister")
    assert agency(deputy, "902") != "Ministry of Home Security"
    # counter-example: a unit the speech names "of the" ministry acts for it
    text = text.replace(
        "Last year our officers",
        "Last year the Narcotics Suppression Directorate (NSD) of the Ministry of Home Security",
    )
    assert agency(text, "902") == "Narcotics Suppression Directorate"
