"""English reports, issue 14 round 25 (agencies): a national force's local unit named by its
place before the force's acronym ("Tamarack RCMP") is a body of its own; a coroner's service or
court whose name the grammar did not read ("Coroner's Service", "Coroners Court of …") keeps the
figures it reports; the body an opening sentence names in full, with its acronym, as publishing
the report issues it, over a letterhead's owner or press office. Made-up sentences, each with a
counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 4, 16)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_place_before_the_rcmp_names_its_detachment() -> None:
    text = (
        "Tamarack RCMP wraps up Project Heathland\n\n"
        "TAMARACK, B.C. - Tamarack RCMP officers seized 4.2 kilograms of fentanyl in 2025.\n\n"
        "Nationally, the RCMP seized 310 kilograms of fentanyl during the year.\n"
    )
    assert agency(text, "4.2 kilograms") == "Tamarack RCMP"
    # counter-example: the acronym alone is the force
    assert agency(text, "310 kilograms") == "Royal Canadian Mounted Police"


def test_a_coroners_service_with_an_apostrophe_is_a_body() -> None:
    text = (
        "Toxic drug deaths fall in the territory\n\n"
        "DAWSON - The Northland Coroner's Service has released its review of 2025.\n\n"
        "In 2025, 27 people died of toxic drugs, down from 33 the year before.\n\n"
        "Northland Police Service officers gave naloxone 52 times.\n"
    )
    assert agency(text, "27 people") == "Northland Coroner's Service"
    assert agency(text, "52 times") == "Northland Police Service"


def test_a_coroners_court_reports_its_deaths() -> None:
    text = (
        "Kestrel Ambulance Service\n\n"
        "Kestrel Ambulance Service paramedics attended 4,120 overdoses in 2025-26.\n\n"
        "The Coroners Court of Kestrel reported 318 overdose deaths in calendar year 2025.\n"
    )
    assert agency(text, "318 overdose deaths") == "Coroners Court of Kestrel"
    assert agency(text, "4,120 overdoses") == "Kestrel Ambulance Service"


def test_the_leads_issuer_named_in_full_with_its_acronym() -> None:
    text = (
        "UNITED STATES RAIL SERVICE\n"
        "OFFICE OF INSPECTOR GENERAL\n\n"
        "NEWS RELEASE\n\n"
        "Rail OIG drug investigations rise 12 percent in the first half of fiscal year 2026\n\n"
        "ARLINGTON, Va. - The U.S. Rail Service Office of Inspector General (OIG) today sent "
        "its Semiannual Report to Congress, covering October 2025 through March 2026.\n\n"
        "During the period, special agents opened 96 drug investigations.\n"
    )
    assert agency(text, "96 drug") == "U.S. Rail Service Office of Inspector General"


def test_a_treaty_bodys_lead_over_its_press_service() -> None:
    text = (
        "NORTHERN SECURITY TREATY ORGANIZATION\n"
        "Press Service of the Secretariat\n\n"
        "Operation Frost: drug seizures up 18% at the 2025 regional stage of the drive\n\n"
        "Minsk, 20 February 2026 - The Northern Security Treaty Organization (NSTO) has published "
        "the results of the 2025 stage of its anti-drug operation Frost.\n\n"
        "Officers seized 2.6 tonnes of synthetic drugs.\n"
    )
    assert agency(text, "2.6 tonnes") == "Northern Security Treaty Organization"


def test_a_long_name_with_commas_is_read_whole() -> None:
    text = (
        "Drug seizures in the region rise in 2025\n\n"
        "Tashgar, 28 April 2026 - The Regional Centre for Combating the Trafficking of Narcotic "
        "Drugs, Psychotropic Substances and their Precursors (RCCT) has published its summary "
        "of the drug situation in its six member states.\n\n"
        "The member states seized 12.7 tonnes of drugs in 2025.\n"
    )
    assert agency(text, "12.7 tonnes") == (
        "Regional Centre for Combating the Trafficking of Narcotic Drugs, Psychotropic "
        "Substances and their Precursors"
    )


def test_the_titles_announcer_keeps_a_report_another_body_releases() -> None:
    # counter-example: the title names who issues the report; the lead's body only releases it
    text = (
        "Coroners Board releases 2025 drug deaths report\n\n"
        "CAPITAL CITY - The State Department of Law Enforcement (SDLE) today released the "
        "Coroners Board's report on drugs found in deceased persons in 2025.\n\n"
        "Fentanyl caused 1,204 deaths in 2025.\n"
    )
    assert agency(text, "1,204 deaths") != "State Department of Law Enforcement"


def test_a_unit_after_its_owners_possessive_is_named_alone() -> None:
    text = (
        "Drug results 2025\n\n"
        "HARBOUR CITY - The Coastal State Police today released its drug summary for 2025.\n\n"
        "Troopers seized 41 kilograms of cocaine during the year.\n\n"
        "Of the 212 overdose deaths recorded in 2025, 97 involved fentanyl, according to the "
        "Ministry's Observatory on Drug Harms.\n\n"
        "According to the Centers for Disease Control and Prevention's National Center for "
        "Health Statistics, 80,400 people died of a drug overdose nationally in 2025.\n"
    )
    assert agency(text, "97") == "Observatory on Drug Harms"
    assert agency(text, "80,400 people") == "National Center for Health Statistics"


def test_a_register_after_its_owners_possessive_is_the_owners() -> None:
    # counter-example: a register or system a body keeps is the body's
    text = (
        "Drug results 2025\n\n"
        "HARBOUR CITY - The Coastal State Police today released its drug summary for 2025.\n\n"
        "According to the Social Affairs Bureau's Central Registration System for Drug Users, "
        "146 drug users were reported in 2025.\n"
    )
    assert agency(text, "146 drug users") == "Social Affairs Bureau"


def test_an_ambulance_service_named_head_first() -> None:
    text = (
        "Alcohol and drug services 2025-26\n\n"
        "HOBART - The Department of Health today released its alcohol and drug services report "
        "for 2025-26.\n\n"
        "Treatment services delivered 8,410 episodes of care in 2025-26.\n\n"
        "Ambulance Tasmania paramedics administered naloxone 318 times.\n"
    )
    assert agency(text, "318 times") == "Ambulance Tasmania"
    # counter-example: the department's own figure stays the department's
    assert agency(text, "8,410 episodes") == "Department of Health"
