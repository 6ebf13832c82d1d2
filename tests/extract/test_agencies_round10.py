"""English reports, issue 14 round 10 (agency ids, docs/facts.md "Agency ids"): a unit named with
its owner keeps its full name and lends it to its shorter mentions; a communications office only
speaks for the issuer; a person's office is not the body it heads; a heading's second line
issues the release only when it names a unit, not the owner. Made-up sentences, each with a
counter-example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_unit_named_with_its_owner_keeps_the_owner_in_its_name() -> None:
    text = (
        "Northern Customs Service\n\nPort Harwick, 1 February 2024\n\n"
        "The Harbour Investigation Unit of the Northern Customs Service seized 48 kilograms of "
        "cocaine in 2023.\n"
    )
    full = "Harbour Investigation Unit of the Northern Customs Service"
    assert agency(text, "48 kilograms") == full


def test_the_short_name_of_such_a_unit_is_the_same_agency() -> None:
    text = (
        "Office of Public Prosecutions\nSerious Fraud Team\n\n"
        "This note reports the work of the Serious Fraud Team of the Office of Public "
        "Prosecutions in 2023.\n\nThe Serious Fraud Team filed 212 indictments during the year.\n"
    )
    assert agency(text, "212") == "Serious Fraud Team of the Office of Public Prosecutions"


def test_a_possessive_owner_still_gives_the_unit_its_own_short_name() -> None:
    # counter-example: "the Service's Harbour Unit" is not named "of the" its owner
    text = (
        "Northern Customs Service\n\nThe Service's Harbour Investigation Unit seized 48 kilograms "
        "of cocaine in 2023.\n"
    )
    assert agency(text, "48 kilograms") == "Harbour Investigation Unit"


def test_the_unit_refers_back_to_the_unit_named_in_full() -> None:
    text = (
        "Release\n\nThe Marine Interdiction Command of the Coastal Defence Force released its "
        "results for 2023.\n\nOfficers of the Command detained 63 suspects at sea.\n"
    )
    full = "Marine Interdiction Command of the Coastal Defence Force"
    assert agency(text, "63 suspects") == full


def test_a_media_unit_that_said_it_is_no_agency() -> None:
    text = (
        "Coastal Defence Force\n\nThe Eastern Patrol Command intercepted 9 fishing boats in "
        "2023, the Force Media Unit said today.\n"
    )
    assert agency(text, "9 fishing") == "Eastern Patrol Command"


def test_a_unit_that_is_not_a_communications_office_stays() -> None:
    # counter-example: a research or intelligence unit that acts is the figure's agency
    text = (
        "Coastal Defence Force\n\nThe Force Intelligence Unit identified 31 smuggling networks "
        "in 2023.\n"
    )
    assert agency(text, "31 smuggling") == "Force Intelligence Unit"


def test_an_issued_by_line_naming_a_public_affairs_unit_gives_the_issuer() -> None:
    text = (
        "Release\n\nOfficers arrested 140 suspects in 2023.\n\n"
        "Issued by: Public Affairs Unit, Lakeside Regional Police Command\n"
    )
    assert agency(text, "140 suspects") == "Lakeside Regional Police Command"


def test_a_regional_police_command_is_named_to_its_last_word() -> None:
    text = "Release\n\nThe Lakeside Regional Police Command arrested 140 suspects in 2023.\n"
    assert agency(text, "140 suspects") == "Lakeside Regional Police Command"


def test_a_person_heading_a_body_is_not_the_agency() -> None:
    text = (
        "Release\n\nThe Chief Executive of the National Authority for Drug Control (NADC) said "
        "the authority screened 12,400 pupils in 2023.\n"
    )
    assert agency(text, "12,400") == "National Authority for Drug Control"


def test_a_heading_owner_under_its_unit_does_not_issue_the_release() -> None:
    text = (
        "LAKESIDE REGIONAL POLICE COMMAND\nRepublic Police Service\n\n"
        "Officers seized 1.8 tonnes of cannabis in 2023.\n"
    )
    assert agency(text, "1.8 tonnes") == "Lakeside Regional Police Command"


def test_a_heading_unit_under_its_owner_issues_the_release() -> None:
    # counter-example: the unit on the second line is the issuer
    text = (
        "Republic Police Service\nNarcotics Investigation Division\n\n"
        "Officers seized 1.8 tonnes of cannabis in 2023.\n"
    )
    assert agency(text, "1.8 tonnes") == "Narcotics Investigation Division"


def test_a_command_area_named_after_its_owner_is_the_area() -> None:
    text = "Release\n\nThe Coast Guard Atlantic Area offloaded 9,000 pounds of cocaine in 2023.\n"
    assert agency(text, "9,000") == "Coast Guard Atlantic Area"


def test_a_region_after_its_owners_possessive_is_the_region() -> None:
    text = (
        "Release\n\nThe Northern Customs Service's Prairie Region intercepted 640 kilograms of "
        "drugs in 2023.\n"
    )
    assert agency(text, "640") == "Prairie Region"


def test_a_region_named_as_a_place_is_no_unit() -> None:
    # counter-example: a place after the owner's name, not a unit of it
    text = (
        "Release\n\nThe Northern Customs Service seized 640 kilograms of drugs in the region in "
        "2023.\n"
    )
    assert agency(text, "640") == "Northern Customs Service"


def test_a_prosecutors_office_keeps_its_plural_possessive() -> None:
    text = (
        "Release\n\nThe Drug Crimes Division of the Harbour District Prosecutors' Office said it "
        "indicted 377 people in 2024.\n"
    )
    full = "Drug Crimes Division of the Harbour District Prosecutors' Office"
    assert agency(text, "377") == full
    alone = "Release\n\nHarbour District Prosecutors' Office indicted 377 people in 2024.\n"
    assert agency(alone, "377") == "Harbour District Prosecutors' Office"


def test_a_unit_under_its_ministry_is_the_agency() -> None:
    text = (
        "Ministry of Interior\n\nThe Drug Crime Investigation Department (C09) under the "
        "Ministry of Interior said it uncovered 1,240 cases in the first half of 2024.\n"
    )
    assert agency(text, "1,240") == "Drug Crime Investigation Department"


def test_a_ministry_that_acts_itself_stays_the_agency() -> None:
    # counter-example: the ministry is the subject; its department is only mentioned later
    text = (
        "Release\n\nThe Ministry of Interior uncovered 1,240 cases in the first half of 2024, "
        "most of them handled by its provincial departments.\n"
    )
    assert agency(text, "1,240") == "Ministry of Interior"


def test_a_unit_of_the_heading_body_that_released_the_report_issues_it() -> None:
    text = (
        "REPUBLIC POLICE SERVICE\nANNUAL REVIEW\n\nThe Marine Drug Division of the Republic Police "
        "Service today released its review for 2023.\n\nA total of 640 persons were arrested.\n"
    )
    assert agency(text, "640") == "Marine Drug Division of the Republic Police Service"


def test_the_heading_body_issues_a_report_a_partner_released() -> None:
    # counter-example: the lead's body is not a unit "of the" heading's body
    text = (
        "REPUBLIC POLICE SERVICE\nANNUAL REVIEW\n\nThe Harbour Authority today released port "
        "figures for 2023.\n\nA total of 640 persons were arrested.\n"
    )
    assert agency(text, "640") == "Republic Police Service"


def test_a_person_a_figure_is_attributed_to_is_no_agency() -> None:
    text = (
        "Northern Customs Service\n\nThe Harbour Investigation Division seized 48 kilograms of "
        "cocaine in 2023, according to Maria Lopez, its director.\n"
    )
    assert agency(text, "48") == "Harbour Investigation Division"


def test_a_body_a_figure_is_attributed_to_stays_the_agency() -> None:
    # counter-example: "according to" a body, not a person
    text = (
        "Release\n\nOfficers seized 48 kilograms of cocaine in 2023, according to the Harbour "
        "Investigation Division.\n"
    )
    assert agency(text, "48") == "Harbour Investigation Division"


def test_a_region_on_the_headings_second_line_issues_the_release() -> None:
    text = (
        "NORTHERN CUSTOMS SERVICE\nPrairie Region\n\nOfficers seized 48 kilograms of cocaine in "
        "2023.\n"
    )
    assert agency(text, "48") == "Prairie Region"


def test_a_headline_on_the_second_line_is_no_region() -> None:
    # counter-example: a headline under the body's line names no unit
    text = (
        "NORTHERN CUSTOMS SERVICE\nRecord cocaine seizures in 2023\n\nOfficers seized 48 "
        "kilograms of cocaine in 2023.\n"
    )
    assert agency(text, "48") == "Northern Customs Service"


def test_a_unit_of_a_known_agency_named_in_full_is_the_agency() -> None:
    text = (
        "Release\n\nThe Delta Zonal Unit of the Drug Enforcement Administration (DEA) seized 48 "
        "kilograms of cocaine in 2023.\n"
    )
    full = "Delta Zonal Unit of the Drug Enforcement Administration"
    assert agency(text, "48") == full


def test_a_unit_with_its_acronym_before_its_owner_is_named_without_the_acronym() -> None:
    # round 15: the acronym closes the unit's name (four calibration writers keyed it so)
    text = (
        "Release\n\nThe Port Narcotics Unit (PNU) of the Island Police Force arrested 310 people "
        "in 2023. PNU officers also seized 46 kilograms of heroin.\n"
    )
    assert agency(text, "310") == "Port Narcotics Unit"
    assert agency(text, "46") == "Port Narcotics Unit"


def test_a_known_agency_that_acts_itself_stays_the_agency() -> None:
    # counter-example: no unit is named before the agency
    text = (
        "Release\n\nThe Drug Enforcement Administration seized 48 kilograms of cocaine in 2023.\n"
    )
    assert agency(text, "48") == "Drug Enforcement Administration"


def test_the_lead_past_heading_lines_names_the_unit_that_released_it() -> None:
    text = (
        "Ministry of Health and Care\n\nCommunique\n\nIsland City, 10 September 2024\n\n"
        "The National Drug Observatory of the Ministry of Health and Care today released its "
        "report for 2023.\n\nThe report shows that 1,412 people were admitted to treatment.\n"
    )
    full = "National Drug Observatory of the Ministry of Health and Care"
    assert agency(text, "1,412") == full


def test_an_owner_that_released_its_own_report_stays_the_publisher() -> None:
    # counter-example: the ministry itself released it
    text = (
        "Ministry of Health and Care\n\nCommunique\n\nIsland City, 10 September 2024\n\n"
        "The Ministry of Health and Care today released its drug report for the year 2023.\n\n"
        "The report shows that 1,412 people were admitted to treatment.\n"
    )
    assert agency(text, "1,412") == "Ministry of Health and Care"
