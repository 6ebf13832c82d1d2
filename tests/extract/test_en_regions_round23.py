"""English reports, issue 14 round 23 (the home region and figure regions): a set of regions
named together is the report's home (a publisher's name "for England and Wales", "Great Britain"
as England, Scotland and Wales, the lead's group past the publisher's own name). Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer, region_sets
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.gazetteer import load_regions
from tests.extract import sentences

AUTUMN = date(2026, 10, 7)
REGIONS = load_regions(sentences.GAZETTEER)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, AUTUMN)


# --- a set of regions named together -------------------------------------------------------------


def test_great_britain_is_england_scotland_and_wales() -> None:
    text = (
        "Ferry checks: drug seizures at ports in Great Britain, 2025\n\n"
        "In 2025 officers at ferry ports in Great Britain seized drugs on 1,318 occasions, up from "
        "1,204 in 2024, the Ports Policing Board said in its yearly statement on searches.\n"
    )
    assert figure(text, "1,318 occasions").regions == ("England", "Scotland", "Wales")
    # the one name counts once for the country it lies in
    found = gazetteer.find_regions(text, REGIONS, "United Kingdom")
    assert gazetteer.main_country(found, REGIONS) == "United Kingdom"


def test_britain_alone_stays_the_united_kingdom() -> None:
    text = (
        "Ferry checks: drug seizures at ports, 2025\n\n"
        "In 2025 officers at ferry ports across Britain seized drugs on 1,318 occasions, up from "
        "1,204 in 2024, the Ports Policing Board said in its yearly statement on searches.\n"
    )
    assert figure(text, "1,318 occasions").regions == ("United Kingdom",)


#: A publisher's name on the second line, then figures that name no place.
BOARD = (
    "Young people and drug offences: annual figures 2025-26\n"
    "{board}\n"
    "Statistical summary, 7 October 2026\n\n"
    "This summary covers young people aged 10 to 17 in the year ending March 2026, drawing on "
    "returns from local services and figures from the courts.\n\n"
    "Young people received 845 cautions for drug offences, down 4% on the year before.\n"
)


def test_a_publisher_named_for_two_nations_is_both() -> None:
    text = BOARD.format(board="Juvenile Offending Board for England and Wales")
    assert figure(text, "845 cautions").regions == ("England", "Wales")


def test_a_publisher_named_for_one_nation_keeps_it() -> None:
    text = BOARD.format(board="Juvenile Offending Board for Wales")
    assert figure(text, "845 cautions").regions == ("Wales",)


def test_a_label_without_a_group_gives_none() -> None:
    text = "The Sheriff of Wales and the Sheriff of Kent met."
    names = gazetteer.find_regions(text, REGIONS, "United Kingdom")
    label = "Sheriff of Wales"
    assert region_sets.label_group(text, label, names, REGIONS, "United Kingdom") == ()


#: A title that names the country, a publisher named for it, and the lead's group of nations.
SURVEY = (
    "Needle exchange survey in the UK, data to end of 2025\n\n"
    "Official statistics, published 7 October 2026 by the UK Harm Reduction Agency (UKHRA)\n\n"
    "In 2025, 1,846 people who inject drugs took part at services in {places} through the "
    "yearly needle exchange survey, and most of them were recruited by outreach staff.\n"
)


def test_the_leads_group_past_the_publishers_own_name_is_the_home() -> None:
    text = SURVEY.format(places="Scotland, Wales and Northern Ireland")
    found = figure(text, "1,846 people").regions
    assert found == ("Scotland", "Wales", "Northern Ireland")


def test_a_single_place_after_the_publishers_name_is_no_group() -> None:
    text = SURVEY.format(places="Scotland")  # named once: the title's country stays the home
    assert figure(text, "1,846 people").regions == ("United Kingdom",)


# --- a city's release quoting its province's figures -------------------------------------------

#: A city bureau's machine-translated release that quotes the province's figures.
CITY_RELEASE = (
    "Mianyang police anti-drug work report for the first half\n\n"
    "On July 3, the reporter learned from the Mianyang Municipal Public Security Bureau, since "
    "this year the city's public security organs cracked drug criminal cases 214 pieces, "
    "arrested criminal suspects 301 people, year-on-year rise 6.1% and 4.2% respectively.\n\n"
    "According to the Provincial Public Security Department notified, in the same period the "
    "whole province public security organs cracked drug criminal cases 1,906 pieces. Mianyang "
    "city cracked cases accounted for the whole province 11.2%.\n"
)


def test_the_whole_province_in_a_citys_release_is_its_province() -> None:
    assert figure(CITY_RELEASE, "1,906").regions == ("Sichuan",)
    assert figure(CITY_RELEASE, "214").regions == ("Mianyang",)


def test_a_share_of_the_whole_province_stays_the_citys() -> None:
    assert figure(CITY_RELEASE, "11.2%").regions == ("Mianyang",)


# --- Washington in a list of states -------------------------------------------------------------

#: A federal agency's results by state, the state of Washington in a list of states.
STATES = (
    "Forest Service marijuana eradication results, fiscal year 2026\n\n"
    "WASHINGTON - Officers of the Forest Service removed 412,000 illegal plants from national "
    "forests in fiscal year 2026, the agency said in its yearly report on cultivation.\n\n"
    "Idaho and Washington followed with 31,500 and 22,700 of the plants respectively.\n\n"
    "Officials in Washington said 9 sites were found near roads.\n"
)


def test_washington_in_a_list_of_states_is_the_state() -> None:
    assert figure(STATES, "22,700").regions == ("Washington",)
    assert figure(STATES, "31,500").regions == ("Idaho",)


def test_washington_alone_is_still_no_place() -> None:
    assert figure(STATES, "9 sites").regions == ("United States",)


# --- the list a covering clause names -----------------------------------------------------------

#: A state agency's report citing a federal division and the states it covers.
COVERING = (
    "State Narcotics Bureau annual report, fiscal year 2026\n\n"
    "TOPEKA, Kan. - The State Narcotics Bureau made 1,204 drug arrests in fiscal year 2026, the "
    "bureau said in its yearly report to the legislature on drug enforcement.\n\n"
    "{sentence}\n"
)


def test_a_covering_clause_with_a_direction_word_is_the_figures_set() -> None:
    sentence = (
        "The DEA's Omaha Division, which covers Nebraska, Iowa and western Kansas, seized 2,310 "
        "pounds of methamphetamine in federal fiscal year 2025."
    )
    found = figure(COVERING.format(sentence=sentence), "2,310 pounds").regions
    assert found == ("Nebraska", "Iowa", "Kansas")


def test_a_covering_clause_wins_over_a_place_named_after_it() -> None:
    sentence = (
        "In the Omaha metropolitan area, which reaches into Nebraska and Iowa, a task force led "
        "by the bureau's Western Kansas unit seized 38 pounds of fentanyl during 2026."
    )
    found = figure(COVERING.format(sentence=sentence), "38 pounds").regions
    assert found == ("Nebraska", "Iowa")


def test_two_covering_clauses_go_one_to_each_figure_respectively() -> None:
    sentence = (
        "Region A, which covers Kansas and Nebraska, and Region B, which covers Iowa and "
        "Missouri, accounted for 604 and 511 of the arrests respectively."
    )
    text = COVERING.format(sentence=sentence)
    assert figure(text, "604").regions == ("Kansas", "Nebraska")
    assert figure(text, "511").regions == ("Iowa", "Missouri")


def test_a_place_after_the_figure_keeps_it() -> None:
    sentence = (
        "The DEA's Omaha Division, which covers Nebraska, Iowa and western Kansas, seized 2,310 "
        "pounds of methamphetamine in Iowa during federal fiscal year 2025."
    )
    assert figure(COVERING.format(sentence=sentence), "2,310 pounds").regions == ("Iowa",)


# --- routes the route rule did not know ---------------------------------------------------------

ROUTES = (
    "National Police drug report, 2025\n\n"
    "KAMPALA, 12 March 2026 - The Uganda Police Force said it seized 2,140 kilograms of drugs in "
    "2025, in its yearly report on drug enforcement released in the capital.\n\n"
    "{sentence}\n"
)


def test_a_place_drugs_move_towards_is_no_figures_place() -> None:
    sentence = (
        "Most of what officers seize is in transit towards Kenya; they seized 310 kilograms of "
        "heroin in 2025."
    )
    assert figure(ROUTES.format(sentence=sentence), "310 kilograms").regions == ("Uganda",)


def test_a_coast_drugs_move_from_is_no_later_figures_place() -> None:
    sentence = (
        "The country is a corridor for heroin moving from the coast of Tanzania towards South "
        "Sudan. Since 2024 the unit has dismantled 9 clandestine laboratories."
    )
    found = figure(ROUTES.format(sentence=sentence), "9 clandestine").regions
    assert found == ("Uganda",)


def test_a_border_crossing_with_a_neighbour_is_no_figures_place() -> None:
    sentence = "At border crossings with Rwanda, officers found drugs in 143 vehicles."
    assert figure(ROUTES.format(sentence=sentence), "143 vehicles").regions == ("Uganda",)


def test_people_from_a_neighbouring_country_place_no_figure() -> None:
    sentence = (
        "Of those arrested, 27 were foreign nationals, mainly from neighbouring Rwanda, and 14 "
        "women were among them."
    )
    assert figure(ROUTES.format(sentence=sentence), "14 women").regions == ("Uganda",)


def test_a_place_where_drugs_were_seized_still_counts() -> None:
    sentence = "Officers in Kenya seized 310 kilograms of heroin bound for Europe."
    assert figure(ROUTES.format(sentence=sentence), "310 kilograms").regions == ("Kenya",)


# --- a national level a state's report cites ----------------------------------------------------

STATE_DEATHS = (
    "Overdose deaths in Vermont, 2025\n\n"
    "MONTPELIER, Vt. - The Vermont Department of Health said 212 Vermonters died of a drug "
    "overdose in 2025, in its yearly report on overdose deaths in the state.\n\n"
    "{sentence}\n"
)


def test_a_national_rate_a_figure_states_is_the_countrys() -> None:
    sentence = "The state's rate stayed above the national rate of 22.4 per 100,000 in 2025."
    assert figure(STATE_DEATHS.format(sentence=sentence), "22.4").regions == ("United States",)


def test_a_national_rate_compared_in_passing_places_no_figure() -> None:
    sentence = (
        "The state's rate was 34.0 per 100,000, well above the national rate, and compared "
        "with 18.2 per 100,000 in 2016."
    )
    assert figure(STATE_DEATHS.format(sentence=sentence), "18.2").regions == ("Vermont",)
