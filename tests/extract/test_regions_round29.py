"""English reports, issue 14 round 29 (branch eng-rg30): the home region of bodies over several
states, counties, field offices and members' authorities. Made-up bodies, counties and towns;
each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2026, 4, 20)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, SPRING)


def test_a_programme_over_counties_of_three_states_is_the_three() -> None:
    text = (
        "GREAT LAKES VALLEY HIGH INTENSITY DRUG TRAFFICKING AREA\nNews Release\n\n"
        "Great Lakes Valley HIDTA: heroin seizures down 12 percent in 2025 as task forces cut "
        "more than 41,000 plants\n\n"
        "DAYTON, Ohio - The Great Lakes Valley High Intensity Drug Trafficking Area (HIDTA), a "
        "program of the Office of National Drug Control Policy, today released its results for "
        "2025 across its designated counties in Ohio, Indiana and Michigan.\n\n"
        "Task forces funded by the program seized 31.4 kilograms of heroin during 2025."
    )
    assert set(home(text)) == {"Ohio", "Indiana", "Michigan"}


def test_a_national_release_with_no_area_of_its_own_stays_the_countrys() -> None:
    text = (
        "Office of National Drug Control Policy\nNews Release\n\n"
        "Drug trafficking programs report 2025 results across the United States\n\n"
        "WASHINGTON - The Office of National Drug Control Policy today said that task forces "
        "funded across the United States seized 9,400 kilograms of cocaine in 2025, with the "
        "largest seizures in Ohio and Indiana."
    )
    assert home(text) == ("United States",)


def test_two_states_joined_by_a_slash_in_the_name_are_both() -> None:
    text = (
        "Oregon/Idaho HIDTA\nNews Release\n\n"
        "Methamphetamine seizures fall 18% as Oregon/Idaho HIDTA initiatives disrupt 64 groups\n\n"
        "BOISE - The Oregon/Idaho High Intensity Drug Trafficking Area, a program of the Office "
        "of National Drug Control Policy, today released its performance results for 2025. "
        "Initiatives seized 1,210 kilograms of methamphetamine during the year."
    )
    assert set(home(text)) == {"Oregon", "Idaho"}


def test_a_city_beside_a_state_in_a_name_is_no_pair_of_states() -> None:
    text = (
        "Boise/Nampa Metro Drug Task Force\nNews Release\n\n"
        "Task force results for 2025\n\n"
        "BOISE, Idaho - The Boise/Nampa Metro Drug Task Force today released its results "
        "for 2025. Officers seized 42 kilograms of methamphetamine during the year."
    )
    assert home(text) == ("Idaho",)


def test_a_federal_field_office_over_one_states_ports_is_that_state() -> None:
    text = (
        "U.S. Customs and Border Protection\nLocal Media Release\n\n"
        "Fentanyl seizures at northern ports fall 9% in fiscal year 2026\n\n"
        "Release Date: October 20, 2026\n\n"
        "SWEETWATER - U.S. Customs and Border Protection's Sweetwater Field Office today released "
        "its drug enforcement figures for fiscal year 2026. The field office oversees the ports "
        "of entry in Alder and Brook counties in Montana, along with cargo operations at two "
        "rail crossings.\n\n"
        "CBP officers in the field office seized 412 pounds of fentanyl during the fiscal year."
    )
    assert home(text) == ("Montana",)


def test_seizures_the_members_authorities_reported_are_the_members_set() -> None:
    text = (
        "Amber Coast Police and Customs Cooperation (ACPC)\n\nPress release - Annual summary 2025"
        "\n\nCocaine seizures on the Amber Coast rise 14%\n\n"
        "RIGA, 6 May 2026 - The Amber Coast Police and Customs Cooperation (ACPC) today presented "
        "its summary of drug seizures reported by the police and customs authorities of Estonia, "
        "Latvia and Lithuania for 2025. The chair rotates among the three countries.\n\n"
        "Taken together, the authorities seized 2.31 tonnes of cocaine in 2025."
    )
    assert set(home(text)) == {"Estonia", "Latvia", "Lithuania"}


def test_a_county_attorneys_office_is_its_state_named_once() -> None:
    text = (
        "BRANDT COUNTY ATTORNEY'S OFFICE\nPress Release\n\nAugust 18, 2026\n\n"
        "Drug case filings fall 6% in fiscal 2026\n\n"
        "CARSON FALLS - The Brandt County Attorney's Office today released its drug prosecution "
        "figures for fiscal year 2026. During the fiscal year, the Office filed 3,412 felony drug "
        "cases, compared with 3,630 in fiscal 2025, a drop driven by fewer U.S. Route 50 "
        "interdiction stops.\n\n"
        "Under Nevada law, possession of 28 grams or more of methamphetamine is trafficking."
    )
    assert home(text) == ("Nevada",)


def test_a_border_between_two_states_is_no_bodys_pair() -> None:
    text = (
        "Overland City Police Department\nNews Release\n\n"
        "Drug arrests in Overland City rise 8% in 2025\n\n"
        "OVERLAND CITY, Kan. - The Overland City Police Department today released its drug "
        "enforcement figures for 2025, a year in which officers worked closely with partners "
        "along the Kansas/Missouri state line. Officers made 311 drug arrests during the year."
    )
    assert home(text) == ("Kansas",)
