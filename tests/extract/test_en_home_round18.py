"""English reports, issue 14 round 18 (the home region): a regional body's summary whose lead
counts the members who reported and lists them ("its nine reporting member states: A, B, …",
"compiled from the returns of eight Council members (A, B, …)", "services of 19 countries,
among them A, B, …") is those members' as a set, not its seat's country, not one member's and
not a partner's named later; a member's national agency named for a figure counts in its own
country. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2025, 10, 2)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, AUTUMN)


def test_a_bodys_counted_reporting_member_states_are_its_home() -> None:
    text = (
        "Andean Drug Indicators 2024\n"
        "Andean Council on Narcotics\n"
        "Quito, 2 October 2025\n\n"
        "This digest gathers the indicators for 2024 sent to the Andean Council on Narcotics by "
        "its four reporting member states: Bolivia, Colombia, Ecuador and Peru. Regional totals "
        "refer to these four states.\n\n"
        "1. Arrests\n"
        "Reporting states recorded 58,300 arrests for drug offences in 2024.\n\n"
        "2. Ports\n"
        "Ecuador's ports, where Ecuador's navy also patrols, handled most of the cocaine."
    )
    assert figure(text, "58,300").regions == ("Bolivia", "Colombia", "Ecuador", "Peru")


#: A made-up regional council's lead that lists its reporting members in brackets.
COUNCIL_LEAD = (
    "Caribbean Maritime Council\n"
    "Drug interdiction summary 2024\n\n"
    "Kingston, 2 October 2025 - The Caribbean Maritime Council today released its summary "
    "for 2024, compiled from the returns of five Council members (the Bahamas, Barbados, "
    "Grenada, Jamaica and Trinidad and Tobago) and of its partners.\n\n"
)


def test_members_listed_in_brackets_after_their_count_are_the_home() -> None:
    text = COUNCIL_LEAD + "Reporting members recorded 731 maritime drug seizures in 2024."
    assert figure(text, "731").regions == (
        "Bahamas",
        "Barbados",
        "Grenada",
        "Jamaica",
        "Trinidad and Tobago",
    )


def test_an_operations_countries_among_them_outrank_partners_named_after() -> None:
    text = (
        "Operation Dry Season: customs in 19 countries seize 12 tonnes of drugs\n\n"
        "Geneva, 2 October 2025\n\n"
        "A joint operation coordinated by the International Customs Board has led to the "
        "seizure of 12 tonnes of drugs in East Africa.\n\n"
        "The operation ran from 1 to 14 June 2025 and brought together customs services of 19 "
        "countries, among them Kenya, Uganda and Tanzania. Liaison officers in Pakistan and "
        "Oman, where many of the shipments set off, checked export records.\n\n"
        "Participating services arrested 208 people during the two weeks."
    )
    assert figure(text, "208 people").regions == ("Kenya", "Uganda", "Tanzania")


def test_a_member_states_national_agency_counts_in_its_country() -> None:
    text = (
        COUNCIL_LEAD
        + "The Jamaica Constabulary Force seized 2,140 kilograms of cannabis during the year."
    )
    assert figure(text, "2,140").regions == ("Jamaica",)


def test_countries_a_drug_came_from_are_no_members() -> None:
    text = (
        "Narcotics Board of the Isles: results for 2024\n\n"
        "Bridgetown, 2 October 2025 - The Narcotics Board of the Isles said the cocaine it found "
        "in 2024 came from 6 countries, among them Colombia, Venezuela and Guyana, and was "
        "mostly bound for Europe.\n\n"
        "Officers seized 4.6 tonnes of cocaine during the year."
    )
    assert figure(text, "4.6 tonnes").regions == ("Barbados",)


def test_a_count_of_member_states_without_a_list_of_countries_names_none() -> None:
    text = (
        "Andean Drug Indicators 2024\n"
        "Andean Council on Narcotics\n"
        "Lima, 2 October 2025\n\n"
        "This digest gathers the indicators for 2024 sent to the Andean Council on Narcotics by "
        "its four reporting member states: their ministries of health and police forces. "
        "Totals refer to Peru's own figures only, as it chairs the Council this year.\n\n"
        "The police recorded 58,300 arrests for drug offences in 2024."
    )
    assert figure(text, "58,300").regions == ("Peru",)


def test_a_release_calling_itself_the_autonomous_region_is_that_regions() -> None:
    text = (
        "The autonomous region public security organs anti-drug work made new progress\n\n"
        "On May 3, the Guangxi Zhuang Autonomous Region Public Security Department held a press "
        "conference. The reporter learned that from January to April this year, the public "
        "security organs of the whole region cracked 2,345 drug criminal cases.\n\n"
        "It is understood that the autonomous region has a long coastline, and the task of "
        "preventing the inflow of drugs is arduous. The whole region newly found 845 drug users."
    )
    assert figure(text, "845").regions == ("Guangxi",)


def test_a_national_release_naming_two_autonomous_regions_stays_national() -> None:
    text = (
        "Public security organs report national anti-drug results\n\n"
        "On May 3, the Ministry of Public Security held a press conference in Beijing. Officers "
        "from Tibet and Guangxi described how the autonomous region police work along the "
        "border; nationally, the public security organs cracked 41,200 drug criminal cases.\n\n"
        "It is understood that the country newly found 62,400 drug users this year."
    )
    assert figure(text, "62,400").regions == ("China",)
