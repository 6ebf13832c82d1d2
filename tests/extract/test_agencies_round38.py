"""English reports, issue 14 round 38 (agencies): a police district on the letterhead's second
line issues the release even when its name holds a small word ("… of …") or its line ends on a
dash and the page's kind ("- News"). Made-up sentences, each rule with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_district_line_ending_on_news_issues_the_release() -> None:
    text = (
        "Northern Island Police\n"
        "Bay of Islands District \u2014 News\n\n"
        "Bay of Islands Police: drug seizures up\n\n"
        "Staff seized 31.5 kilograms of cannabis over the year.\n\n"
        "Officers also laid 212 supply charges.\n"
    )
    assert sentences.publisher_of(text, DAY) == "Bay of Islands District"
    assert agency(text, "212") == "Bay of Islands District"


def test_a_district_line_with_a_plain_dash_tail_issues_it() -> None:
    text = (
        "Northern Island Police\n"
        "Harbourside District - News\n\n"
        "Harbourside seizures up\n\n"
        "Staff seized 31.5 kilograms of cannabis over the year.\n\n"
        "Officers also laid 212 supply charges.\n"
    )
    assert agency(text, "212") == "Harbourside District"


def test_a_headline_under_the_force_leaves_the_force() -> None:
    # counter-example: a second line of its own words after the dash is a headline, not furniture
    text = (
        "Northern Island Police\n"
        "Harbourside District - Seizures Climb\n\n"
        "Staff seized 31.5 kilograms of cannabis over the year.\n\n"
        "Officers also laid 212 supply charges.\n"
    )
    assert agency(text, "212") == "Northern Island Police"


def test_an_office_on_the_lower_letterhead_line_issues_it_over_a_parent_named_more() -> None:
    text = (
        "United Nations Office on Drugs and Crime\n"
        "Regional Office for the Andes and the Pacific\n"
        "Press release\n\n"
        "Andean cocaine seizures rise\n\n"
        "LIMA, 2 March 2026 - Authorities seized 88 tonnes of cocaine in 2025, according to data "
        "compiled by the Regional Office for the Andes and the Pacific of the United Nations "
        "Office on Drugs and Crime (UNODC).\n\n"
        "Police also seized 14 tonnes of coca paste.\n\n"
        "UNODC thanked its partners. UNODC will publish more data.\n"
    )
    assert sentences.publisher_of(text, DAY) == "Regional Office for the Andes and the Pacific"
    assert agency(text, "14") == "Regional Office for the Andes and the Pacific"


def test_an_office_named_only_in_the_prose_leaves_the_parent() -> None:
    # counter-example: the letterhead is the parent's alone; the office appears in a later line
    text = (
        "United Nations Office on Drugs and Crime\n"
        "Press release\n\n"
        "Andean cocaine seizures rise\n\n"
        "VIENNA, 2 March 2026 - Authorities worldwide seized 880 tonnes of cocaine in 2025, UNODC "
        "said.\n\n"
        "Police also seized 14 tonnes of coca paste.\n\n"
        "The Regional Office for the Andes and the Pacific\nwill hold a meeting.\n"
    )
    assert agency(text, "14") == "United Nations Office on Drugs and Crime"


def test_a_ministry_unit_is_named_whole_with_its_ministry_and_country() -> None:
    text = (
        "Drug results\n\n"
        "The Revenue Service of the Ministry of Finance of Freedonia seized 412 kilograms of "
        "cannabis at the border in 2025.\n"
    )
    assert agency(text, "412") == "Revenue Service of the Ministry of Finance of Freedonia"


def test_a_ministry_unit_with_a_for_name_is_read() -> None:
    text = (
        "Drug results\n\n"
        "The board of the Service for Combating Drug Trafficking of the Ministry of Internal "
        "Affairs of the Republic of Freedonia met on Monday.\n\n"
        "The Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the "
        "Republic of Freedonia seized 18.6 tonnes of drugs in 2025.\n"
    )
    assert agency(text, "18.6") == (
        "Service for Combating Drug Trafficking of the Ministry of Internal Affairs of the "
        "Republic of Freedonia"
    )


def test_a_ministry_and_a_second_body_stay_two() -> None:
    # counter-example: "and the" joins another body, the ministry's name ends before it
    text = (
        "Drug results\n\n"
        "The Customs Administration of the Ministry of Finance and the Border Police seized "
        "96 kilograms of heroin in 2025.\n"
    )
    assert agency(text, "96") == "Customs Administration of the Ministry of Finance"


def test_a_ministry_named_alone_keeps_its_name() -> None:
    # counter-example: staff "of the Ministry" are no unit of it
    text = (
        "Drug results\n\n"
        "Doctors of the Ministry of Health of Freedonia treated 96 people for overdoses in 2025.\n"
    )
    assert agency(text, "96") == "Ministry of Health of Freedonia"


def test_the_head_of_a_for_unit_refers_back_to_it() -> None:
    text = (
        "Drug results\n\n"
        "The Directorate for Combating Drug Trafficking of the Freedonian Police seized 2.1 "
        "tonnes of cannabis in 2025. The Border Directorate also took part.\n\n"
        "The Directorate's units detected 1,412 drug-related crimes.\n\n"
        "Customs officers seized 87 kilograms of heroin.\n"
    )
    # "the Directorate" names two bodies now: no longer the border one, the issuer keeps it
    assert agency(text, "1,412") == (
        "Directorate for Combating Drug Trafficking of the Freedonian Police"
    )


def test_the_head_of_an_owner_named_unit_still_refers_back() -> None:
    # counter-example: "Southern Naval Command of the …" is called "the Command" as before
    text = (
        "Drug results\n\n"
        "The Southern Naval Command of the Freedonian Navy seized 2.1 tonnes of cannabis in "
        "2025.\n\n"
        "The Command also detained 41 suspects.\n"
    )
    assert agency(text, "41") == "Southern Naval Command of the Freedonian Navy"


def test_a_drug_court_is_a_body_of_its_own() -> None:
    text = (
        "Drug results\n\n"
        "Deputies seized 12 kilograms of methamphetamine in 2025.\n\n"
        "The Harbour County Drug Court admitted 74 new participants in 2025.\n"
    )
    assert agency(text, "74") == "Harbour County Drug Court"


def test_a_tribal_wellness_court_is_no_body() -> None:
    # counter-example: the keys give a wellness court's figures to the police who refer to it
    text = (
        "Drug results\n\n"
        "Officers of the Harbour Tribal Police Department seized 12 kilograms of methamphetamine "
        "in 2025.\n\n"
        "The Tribal Healing to Wellness Court accepted 74 people during the year.\n"
    )
    assert agency(text, "74") == "Harbour Tribal Police Department"
