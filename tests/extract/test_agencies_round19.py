"""English reports, issue 14 round 19 (agencies): a statistics bulletin's publisher, a
government ("Molvanian Government") or a statistician's office ("Lutenburg Government
Statistician's Office"), named in its first line or as the body the bulletin is "from", is a
body and publishes the bulletin; a data source it names in passing keeps only its own figures.
Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_government_heading_a_bulletin_publishes_it() -> None:
    text = (
        "Molvanian Government\n"
        "Statistical bulletin: drug treatment in Molvania, 2024\n\n"
        "There were 8,412 referrals to drug treatment services in 2024, 4% more than in 2023. "
        "Services issued 2,950 naloxone kits during the year.\n\n"
        "The Office for National Statistics registered 61 drug deaths in Molvania in 2024.\n"
    )
    assert agency(text, "8,412") == "Molvanian Government"
    # counter-example: the source named for a figure keeps that figure
    assert agency(text, "61") == "Office for National Statistics"


def test_a_bulletin_from_a_government_is_its_own() -> None:
    text = (
        "Recorded drug crime in Molvania, 2024\n\n"
        "This bulletin from the Molvanian Government presents the drug crimes recorded in 2024 "
        "and how they compare with earlier years.\n\n"
        "Crimes of supplying drugs totalled 1,204 in 2024.\n"
    )
    assert agency(text, "1,204") == "Molvanian Government"
    # counter-example: a government named before its department is not a body of its own
    text = text.replace(
        "Molvanian Government presents", "Molvanian Government Department of Health presents"
    )
    assert agency(text, "1,204") != "Molvanian Government"


def test_a_statisticians_office_heading_a_release_publishes_it() -> None:
    text = (
        "Lutenburg Government Statistician's Office\n"
        "Crime report, Lutenburg, 2024\n\n"
        "This report describes drug offences reported to or detected by the Lutenburg Police "
        "Service between 1 January and 31 December 2024.\n\n"
        "There were 12,480 drug offences reported in Lutenburg in 2024.\n"
    )
    assert agency(text, "12,480") == "Lutenburg Government Statistician's Office"
    # counter-example: the police service heading its own release keeps it
    text = text.replace(
        "Lutenburg Government Statistician's Office\n", "Lutenburg Police Service\n"
    )
    assert agency(text, "12,480") == "Lutenburg Police Service"


def test_a_unit_named_with_its_acronym_before_its_owner_publishes() -> None:
    text = (
        "Harbour squad results rise in 2024\n\n"
        "LUTENBURG, 4 March 2025 - The Coastal Narcotics Task Force (CNTF) of the Molvania State "
        "Police today released its results for 2024.\n\n"
        "Investigators opened 842 narcotics investigations during the year.\n"
    )
    assert agency(text, "842") == "Coastal Narcotics Task Force"
    # counter-example: the owner announcing a unit's work keeps the release
    text = text.replace(
        "The Coastal Narcotics Task Force (CNTF) of the Molvania State Police today released",
        "The Molvania State Police today released, for its Coastal Narcotics Task Force (CNTF),",
    )
    assert agency(text, "842") == "Molvania State Police"


def test_the_unit_that_ran_the_leads_operation_keeps_its_figures() -> None:
    text = (
        "NEWS RELEASE - Lutenburg Police Service\n"
        "3 March 2025\n\n"
        "Heroin ring dismantled after six-month investigation\n\n"
        "The Harbour Crime Unit of the Lutenburg Police Service has "
        "concluded Project Kestrel, a six-month investigation into a heroin supply network.\n\n"
        "Over the course of the project, investigators seized 6.2 kilograms of heroin.\n\n"
        "2024 results\n\n"
        "Across 2024, officers seized 48 kilograms of heroin in the city.\n"
    )
    assert agency(text, "6.2") == "Harbour Crime Unit of the Lutenburg Police Service"
    # counter-example: the force's own results under the next heading stay the force's
    assert agency(text, "48") == "Lutenburg Police Service"
