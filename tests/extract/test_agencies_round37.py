"""English reports, issue 14 round 37 (agencies): an office issues the release its parent's
letterhead or headline heads ("<City> Field Office" in the headline under a federal agency's
letterhead; an office "in" a place on the letterhead's lower line), a body's own members "with
the" body do not make it a partner, a unit after "the Sheriff's (Office)" is named by its own
words, and a city's public security bureau takes its municipal name. Made-up sentences, each
rule with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_field_office_in_the_headline_issues_the_release() -> None:
    text = (
        "U.S. Customs and Border Protection\n"
        "Local Media Release\n\n"
        "Buffalo Field Office Cocaine Seizures Rise 9 Percent\n\n"
        "BUFFALO, N.Y. - U.S. Customs and Border Protection officers assigned to the Buffalo "
        "Field Office seized 812 pounds of narcotics during fiscal year 2025.\n\n"
        "Officers also seized 96 firearms at the ports of entry.\n"
    )
    assert agency(text, "96") == "Buffalo Field Office"


def test_a_field_office_named_only_further_down_leaves_the_agency() -> None:
    # counter-example: a national release names a field office only in its body
    text = (
        "U.S. Customs and Border Protection\n"
        "Local Media Release\n\n"
        "CBP Narcotics Seizures Fall Nationwide in Fiscal Year 2025\n\n"
        "WASHINGTON - U.S. Customs and Border Protection officers seized 611,000 pounds of "
        "narcotics at the nation's ports of entry during fiscal year 2025.\n\n"
        "Officers nationwide seized 1,240 firearms.\n\n"
        "Much of the fentanyl came through the Buffalo Field Office, which seized 812 pounds.\n"
    )
    assert agency(text, "1,240") == "U.S. Customs and Border Protection"


def test_an_office_in_a_place_on_the_lower_letterhead_line_issues_it() -> None:
    text = (
        "United Nations Office on Drugs and Crime\n"
        "Programme Office in Malawi\n"
        "PRESS RELEASE\n\n"
        "Cannabis seizures in Malawi rise\n\n"
        "LILONGWE, 2 March 2026 - Malawian authorities seized 61 tonnes of cannabis in 2025, "
        "according to figures compiled by the UNODC Programme Office in Malawi.\n\n"
        "Police also seized 14 kilograms of heroin.\n\n"
        "The UNODC Programme Office in Malawi thanked its partners.\n"
    )
    assert sentences.publisher_of(text, DAY) == "UNODC Programme Office in Malawi"
    assert agency(text, "14") == "UNODC Programme Office in Malawi"


def test_a_headline_in_a_place_is_no_letterhead_line() -> None:
    # counter-example: the first line (a headline) is no stacked body line
    text = (
        "Drug Seizures in Malawi\n"
        "Police Report\n\n"
        "LILONGWE, 2 March 2026 - The Malawi Police Service seized 61 tonnes of cannabis in 2025.\n"
    )
    assert agency(text, "61") == "Malawi Police Service"


def test_troopers_with_the_patrol_are_its_own() -> None:
    text = (
        "IOWA STATE PATROL\n"
        "NEWS RELEASE\n\n"
        "Drug arrests rise on Interstate 35\n\n"
        "DES MOINES - Troopers with the Iowa State Patrol (ISP) arrested 1,204 people on drug "
        "charges in 2025, up from 1,090 in 2024.\n\n"
        "Over the year, 311 of the arrests followed traffic stops.\n"
    )
    assert agency(text, "311") == "Iowa State Patrol"


def test_a_partner_with_the_agency_is_still_no_issuer() -> None:
    # counter-example: "together with the" names a partner, as before
    text = (
        "Drug arrests rise on Interstate 35\n\n"
        "DES MOINES - Together with the Iowa State Patrol (ISP), local police arrested 1,204 "
        "people on drug charges in 2025.\n\n"
        "Over the year, 311 of the arrests followed traffic stops.\n"
    )
    assert agency(text, "311") is None


def test_a_unit_after_the_sheriffs_office_is_named_alone() -> None:
    text = (
        "Cedar County Sheriff's Office\n"
        "NEWS RELEASE\n\n"
        "CEDAR RAPIDS - The Sheriff's Office Crime Suppression Team made 212 traffic stops in "
        "2025. The Sheriff's Vice Bureau seized 31 pounds of methamphetamine.\n"
    )
    assert agency(text, "212") == "Crime Suppression Team"
    assert agency(text, "31") == "Vice Bureau"


def test_another_titles_task_force_keeps_its_title() -> None:
    # counter-example: only the sheriff's possessive is read as the owner of a unit
    text = "CONCORD - The Attorney General's Drug Task Force seized 31 pounds of fentanyl in 2025."
    assert agency(text, "31") == "Attorney General's Drug Task Force"


def test_a_city_public_security_bureau_takes_its_municipal_name() -> None:
    # round 46: where the release gives that name (a release saying "City" throughout keeps it)
    text = (
        "Source: Anshan Municipal Public Security Bureau\n\n"
        "On March 2, Anshan City Public Security Bureau held a press conference. In 2025, the "
        "Anshan City Public Security Bureau cracked 312 drug criminal cases.\n"
    )
    assert agency(text, "312") == "Anshan Municipal Public Security Bureau"


def test_a_county_public_security_bureau_keeps_its_name() -> None:
    # counter-example: only a city's bureau has the municipal name
    text = (
        "Source: Tai'an County Public Security Bureau\n\n"
        "On March 2, Tai'an County Public Security Bureau held a press conference. In 2025, the "
        "Tai'an County Public Security Bureau cracked 41 drug criminal cases.\n"
    )
    assert agency(text, "41") == "Tai'an County Public Security Bureau"
