"""English reports, issue 14 round 7 (context: agency first, then region and period): agencies
found by the form of their names, short forms of a longer name, units and places that own a
name, titled people, a subject that reports its own figure; the lead's group of states, a
dateline's state, large cities abroad, a state agency's figure; periods counted back from the
context, dates without a year, the report's own fiscal year. Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import Draft
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import find_periods
from tests.extract import sentences

JUNE = date(2024, 6, 12)


def draft(text: str, published: date = JUNE) -> Draft:
    return sentences.drafted(text, published)


def figure(text: str, quote_start: str, published: date = JUNE) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def agency_label(text: str, quote_start: str, published: date = JUNE) -> str | None:
    return sentences.agency_of(text, quote_start, published)


# agencies by the form of their names


def test_patrols_boards_groups_and_numbered_offices_are_agencies() -> None:
    text = (
        "Weekly update\n\nThe Tri-County Task Force published its update. In Nevada, the Nevada "
        "Highway Patrol seized 40 pounds of cocaine in May. The Illicit Substances Board counted "
        "312 overdose deaths in 2023. Police Regional Office 4 arrested 95 suspects in April."
    )
    assert agency_label(text, "40 pounds") == "Nevada Highway Patrol"
    assert agency_label(text, "312") == "Illicit Substances Board"
    assert agency_label(text, "95") == "Police Regional Office 4"


def test_a_department_of_two_things_stays_one_name() -> None:
    text = (
        "Annual summary\n\nThe Ohio Department of Mental Health and Addiction Services reported "
        "5,100 treatment admissions in 2023."
    )
    assert agency_label(text, "5,100") == "Ohio Department of Mental Health and Addiction Services"


def test_a_short_form_is_the_one_longer_name_that_holds_its_words() -> None:
    text = (
        "Coroners Service reports 2023 deaths\n\nThe Yukon Coroners Service today published its "
        "summary.\n\nCoroners Service staff confirmed 31 deaths in Yukon in 2023."
    )
    assert agency_label(text, "31") == "Yukon Coroners Service"
    text = (
        "Narcotics Police and Ministry report\n\nThe Interior Ministry published the figures. "
        "The Ministry of the Interior said police seized 8 tonnes of cocaine in Spain in 2023."
    )
    assert agency_label(text, "8 tonnes") == "Ministry of the Interior"


def test_a_short_form_of_two_longer_names_or_of_a_numbered_unit_stays_itself() -> None:
    two = (
        "Joint release\n\nThe Yukon Coroners Service and the Nunavut Coroners Service published "
        "a summary.\n\nThe Coroners Service said 12 deaths were confirmed in Yukon in 2023."
    )
    assert agency_label(two, "12") == "Coroners Service"
    unit = (
        "Coast Guard release\n\nThe Coast Guard said crews seized 900 pounds of cocaine in "
        "2023. The Fifth Coast Guard District said nothing."
    )
    assert agency_label(unit, "900") == "Coast Guard"


def test_a_unit_after_its_owner_s_possessive_is_the_unit_and_a_place_gives_jurisdiction() -> None:
    # round 8: the issuing unit itself, a part of its owner (docs/facts.md), no longer the owner
    text = (
        "Field division results\n\nThe Drug Enforcement Administration's New England Field "
        "Division announced today that agents seized 70 kilograms of fentanyl in 2023. The New "
        "England Field Division also seized 14 firearms in 2023."
    )
    assert agency_label(text, "70") == "New England Field Division"
    assert agency_label(text, "14") == "New England Field Division"
    made = draft(text)
    unit = next(a for a in made.agencies.values() if a.label == "New England Field Division")
    assert unit.part_of == "drug-enforcement-administration"
    place = (
        "Deaths report\n\nOntario's Office of the Chief Coroner reported 2,500 drug deaths in 2023."
    )
    made = draft(place)
    fact = next(m for m in made.measurements if m.mention.quote.startswith("2,500"))
    assert fact.agency is not None
    assert made.agencies[fact.agency].label == "Office of the Chief Coroner"
    assert made.agencies[fact.agency].jurisdiction == "Ontario"


def test_a_us_attorney_stands_for_the_office_and_other_titled_people_are_no_agency() -> None:
    text = (
        "Sentencing\n\nPHOENIX - U.S. Attorney Maria Lopez of the District of Arizona announced "
        "today that 14 defendants were sentenced in 2023."
    )
    assert agency_label(text, "14") == "U.S. Attorney's Office for the District of Arizona"
    other = (
        "Sentencing\n\nThe Arizona Department of Public Safety published its summary. "
        "Commissioner Ana Ruiz Castro announced that troopers seized 60 pounds of fentanyl in "
        "Arizona in 2023."
    )
    assert agency_label(other, "60") == "Arizona Department of Public Safety"


def test_a_subject_that_reports_its_figure_keeps_it_from_a_source_cited_later() -> None:
    text = (
        "Deaths summary\n\nThe Yukon Coroners Service published its report. Manitoba's Office "
        "of the Chief Medical Examiner reported 445 drug deaths in 2023, and nationally, 8,049 "
        "people died in 2023, figures from the Public Health Agency of Canada show."
    )
    assert agency_label(text, "445") == "Office of the Chief Medical Examiner"
    assert agency_label(text, "8,049") == "Public Health Agency of Canada"
    counted = (
        "Seizures\n\nThe National Crime Agency published its report. In the year ending March "
        "2023, Border Force made 1,612 seizures of cocaine, according to Home Office figures."
    )
    assert agency_label(counted, "1,612") == "Home Office"


def test_a_passive_s_agent_after_the_figure_is_its_agency_but_not_a_helper_or_a_later_clause() -> (
    None
):
    text = (
        "Interstate results\n\nThe Western States Task Force published its results. In Utah, "
        "188 pounds of methamphetamine were seized by the Utah Highway Patrol in 2023.\n\nIn "
        "Nevada, 41 pounds were seized in 2023, supported by the Nevada Highway Patrol.\n\n"
        "Officers seized 12 pounds in Nevada in 2023, and 9 arrests were made by the Nevada "
        "Highway Patrol."
    )
    assert agency_label(text, "188") == "Utah Highway Patrol"
    assert agency_label(text, "41") == "Western States Task Force"
    assert agency_label(text, "12 pounds") == "Western States Task Force"
    assert agency_label(text, "9 arrests") == "Nevada Highway Patrol"


def test_words_opening_a_sentence_are_not_part_of_a_name() -> None:
    text = (
        "Weekly update\n\nThe Prairie Task Force published its update. Yesterday Saskatoon "
        "Police Service officers seized 4 kilograms of fentanyl in Saskatchewan. The Statewide "
        "Narcotics Task Force seized 2 kilograms of heroin in Kansas in May."
    )
    assert agency_label(text, "4 kilograms") == "Saskatoon Police Service"
    assert agency_label(text, "2 kilograms") == "Statewide Narcotics Task Force"


# regions


def test_the_lead_s_whole_group_of_states_is_the_home() -> None:
    text = (
        "Division results\n\nThe Plains Division, which covers Kansas, Nebraska, Iowa and "
        "Missouri, released its results today.\n\nAgents seized 300 pounds of methamphetamine "
        "in 2023."
    )
    assert figure(text, "300").regions == ("Kansas", "Nebraska", "Iowa", "Missouri")


def test_a_dateline_s_state_is_the_home_of_a_local_release_not_of_a_national_one() -> None:
    local = (
        "Sweep results\n\nPIKEVILLE, Ky. - The Pike County Sheriff's Office made 31 drug "
        "arrests in May."
    )
    assert figure(local, "31").regions == ("Kentucky",)
    national = (
        "Survey results\n\nBETHESDA, Md. - The National Survey Office released figures for the "
        "United States today. An estimated 4.1 million people used heroin in 2023."
    )
    assert figure(national, "4.1 million").regions == ("United States",)


def test_a_large_city_of_another_country_places_its_figure_in_its_state() -> None:
    text = (
        "Customs release\n\nThe New Zealand Customs Service released its figures today. "
        "Officers in Auckland found 500 kilograms of cocaine in February. The AFP said 11 "
        "people had since been arrested in Sydney and Brisbane. "
        "Police in New Zealand arrested 4 people in March."
    )
    assert figure(text, "11").regions == ("New South Wales", "Queensland")
    assert figure(text, "4 people").regions == ("New Zealand",)


def test_a_state_agency_named_for_a_figure_places_it_when_the_sentence_names_no_place() -> None:
    text = (
        "Division results\n\nThe Rocky Mountain Task Force, which covers Colorado and Utah, "
        "released its results today with the Colorado Bureau of Investigation (CBI).\n\nThe "
        "CBI said its laboratories analyzed 3,870 samples in 2023. The CBI said 500 samples "
        "were tested in Utah in 2023."
    )
    assert figure(text, "3,870").regions == ("Colorado",)
    assert figure(text, "500").regions == ("Utah",)


# periods


def test_the_previous_twelve_months_and_an_opening_previous_year_go_back_a_year() -> None:
    text = (
        "Border report\n\nIn 2023 officers seized 80 kilograms of heroin in Canada, against 60 "
        "kilograms in the previous twelve months. In the previous year the bureau reported 20 "
        "tonnes of cannabis in Canada. In the previous year's summary, the bureau counted 14 "
        "tonnes of cocaine in Canada in 2023."
    )
    assert figure(text, "80").period == "2023"
    assert figure(text, "60").period == "2022"
    assert figure(text, "20 tonnes").period == "2022"
    assert figure(text, "14 tonnes").period == "2023"


def test_twelve_months_to_december_is_the_calendar_year() -> None:
    text = (
        "Crime statistics\n\nPolice recorded 5,210 drug offences in Victoria in the twelve "
        "months to December 2023, and 4,900 in the twelve months to June 2023."
    )
    assert figure(text, "5,210").period == "2023"
    assert figure(text, "4,900").period == "2022-07-01/2023-06-30"


def test_a_day_without_a_year_is_an_event_s_period_but_not_an_announcement_s() -> None:
    text = (
        "Port seizure\n\nOfficers intercepted 84 kilograms of cocaine at the port of "
        "Napier in New Zealand on May 9.\n\nOn June 3, the Customs Service held a press "
        "conference: 12 people had been charged in New Zealand in 2024."
    )
    assert figure(text, "84").period == "2024-05-09"
    assert figure(text, "12 people").period == "2024"
    late = "Port seizure\n\nOfficers seized 40 kilograms of cocaine in Chile on December 2."
    assert figure(late, "40").period == "2023-12-02"  # the latest December 2 by June 2024


def test_during_the_year_is_the_whole_year_named_before_in_its_paragraph() -> None:
    text = (
        "Police update\n\nOfficers administered naloxone 148 times in Alberta in 2023. They also "
        "seized 9.2 kilograms of fentanyl in Alberta during the year, nearly double their "
        "total for 2022. In the year to June 2024 they seized 3 kilograms of heroin in Alberta."
    )
    assert figure(text, "9.2").period == "2023"
    assert figure(text, "3 kilograms").period == "2023-07-01/2024-06-30"


def test_a_year_a_figure_is_measured_against_is_not_its_period() -> None:
    text = (
        "Police update\n\nThe force seized 40 kilograms of heroin in Alberta, above the level "
        "for 2021. The total for 2023 was 900 arrests in Alberta."
    )
    assert figure(text, "40").period != "2021"
    assert figure(text, "900").period == "2023"


def test_a_title_s_fiscal_year_is_the_period_of_figures_that_name_none() -> None:
    text = (
        "Task force results for fiscal year 2023\n\nThe task force released its results for "
        "fiscal year 2023. In "
        "calendar year 2023 it trained 40 officers in the United States, and in 2023 it made "
        "30 arrests in the United States.\n\nAgents seized 96 pounds of methamphetamine in "
        "the United States."
    )
    assert figure(text, "96").period == "2022-10-01/2023-09-30"
    edition = (
        "Global Review 2024\n\nThe review was released. In 2022 the world seized 20 tonnes of "
        "heroin, and in 2022 2,000 tonnes of cocaine.\n\nAgents seized 96 tonnes of cannabis."
    )
    assert figure(edition, "96").period == "2022"


def test_names_may_hold_and_but_two_names_joined_by_and_stay_two() -> None:
    text = (
        "Drug seizures\n\nThe National Drugs and Organised Crime Bureau seized 40 kilograms of "
        "cocaine in Ireland in 2023. The Immigration & Checkpoints Authority seized 3 kilograms "
        "of heroin in Singapore in 2023.\n\nNew Zealand Police and Customs Service officers "
        "seized 9 kilograms of cocaine in New Zealand in 2023."
    )
    assert agency_label(text, "40") == "National Drugs and Organised Crime Bureau"
    assert agency_label(text, "3 kilograms") == "Immigration & Checkpoints Authority"
    labels = {a.label for a in draft(text).agencies.values()}
    assert {"New Zealand Police", "Customs Service"} <= labels
    assert not any("Police and" in label for label in labels)


def test_a_large_city_places_its_figure_but_a_person_of_the_same_name_does_not() -> None:
    text = (
        "Prairie update\n\nThe Prairie Task Force published its update. Officers seized 6 "
        "kilograms of fentanyl in Regina in 2023. Regina Morales said 3 kilograms of heroin "
        "were seized in Canada in 2023."
    )
    assert figure(text, "6 kilograms").regions == ("Saskatchewan",)
    assert figure(text, "3 kilograms").regions == ("Canada",)


def test_a_count_of_places_refers_back_to_the_last_group_of_that_many() -> None:
    text = (
        "Regional report\n\nThe Mekong Office published its report. Police in Thailand, Laos "
        "and Myanmar worked together in 2023, and Vietnam and Cambodia joined later.\n\nAcross "
        "the three countries, 50 tonnes of methamphetamine were seized in 2023. In both "
        "countries, 4 tonnes of heroin were seized in 2023. Officers seized 9 tonnes of "
        "cannabis in 2023."
    )
    assert figure(text, "50").regions == ("Thailand", "Laos", "Myanmar")
    assert figure(text, "4 tonnes").regions == ("Vietnam", "Cambodia")
    assert figure(text, "9 tonnes").regions != ("Thailand", "Laos", "Myanmar")


def test_a_decade_earlier_is_ten_years_back() -> None:
    text = (
        "World summary\n\nAn estimated 292 million people used drugs worldwide in 2022, up "
        "from 240 million a decade earlier and 250 million two years before."
    )
    assert figure(text, "292").period == "2022"
    assert figure(text, "240").period == "2012"
    assert figure(text, "250").period == "2020"


def test_a_dated_day_opening_a_paragraph_is_the_period_of_its_events() -> None:
    text = (
        "Project results\n\nThe Ontario Provincial Police concluded its project in 2023.\n\n"
        "On April 16, 2024, officers executed 23 search warrants in Ontario. Police seized 3.4 "
        "kilograms of fentanyl in Ontario.\n\nBy May 2, 2024, 14 people had been charged in "
        "Ontario in 2024."
    )
    assert figure(text, "23").period == "2024-04-16"
    assert figure(text, "3.4").period == "2024-04-16"
    assert figure(text, "14 people").period == "2024"


def test_an_issued_by_line_names_the_publisher_wherever_it_stands() -> None:
    text = (
        "Drug seizures at the border\n\nOfficers of the Immigration & Checkpoints Authority "
        "found 3 kilograms of heroin in Singapore in 2023.\n\nOfficers seized 2 kilograms of "
        "cannabis in Singapore in 2023.\n\nIssued by: Corporate Communications Division, "
        "Central Narcotics Bureau"
    )
    assert agency_label(text, "2 kilograms") == "Central Narcotics Bureau"
    without = text.replace("Issued by: ", "Contact: ")
    assert agency_label(without, "2 kilograms") == "Immigration & Checkpoints Authority"


def test_a_source_said_after_the_figure_with_a_time_phrase_gives_it() -> None:
    text = (
        "Seizures\n\nThe Central Narcotics Bureau published its figures. Officers seized 12 "
        "kilograms of heroin in Singapore in 2023, the Health Sciences Authority said on "
        "Tuesday."
    )
    assert agency_label(text, "12") == "Health Sciences Authority"


def test_a_heading_that_is_a_place_places_the_paragraphs_under_it() -> None:
    text = (
        "State results\n\nThe Australian Federal Police published its results for Australia in "
        "2023.\n\nQueensland\n\nOfficers seized 40 kilograms of cocaine in 2023.\n\nVictoria:\n\n"
        "Officers seized 12 kilograms of heroin in 2023.\n\nMethods\n\nOfficers seized 5 "
        "kilograms of cannabis in 2023."
    )
    assert figure(text, "40").regions == ("Queensland",)
    assert figure(text, "12").regions == ("Victoria",)
    assert figure(text, "5 kilograms").regions == ("Australia",)


def test_april_to_march_and_a_year_to_the_next_written_out_are_the_financial_year() -> None:
    found = find_periods(
        "Treatment statistics 2023 to 2024\n\nThere were 310 adults in treatment between April "
        "2023 and March 2024. Deaths rose from 2023 to 2024. Between April 2021 and March 2023 "
        "the rate fell.",
        date(2024, 11, 28),
    )
    assert [p.label for p in found] == [
        "FY2024",
        "FY2024",
        "2023",
        "2024",
        "2021-04-01/2023-03-31",
    ]
    text = (
        "Treatment report\n\nThe Australian Institute of Health published figures: 9,100 people "
        "were treated in Australia between April 2023 and March 2024."
    )
    assert figure(text, "9,100").period == "2023-04-01/2024-03-31"  # April-March, not July-June


def test_a_region_named_once_in_the_lead_is_home_when_the_country_is_never_named() -> None:
    text = (
        "Treatment bulletin\n\nThere were 310 adults in treatment in England in 2023, the "
        "Office for Health Statistics said in its yearly bulletin.\n\nDeaths in treatment rose "
        "to 40 in 2023."
    )
    assert figure(text, "40").regions == ("England",)
    named = text.replace("Treatment bulletin", "UK treatment bulletin")
    assert figure(named, "40").regions == ("United Kingdom",)


def test_a_day_after_its_figure_stays_the_event_s_even_when_a_source_is_cited() -> None:
    text = (
        "Seizure\n\nOfficers seized 2.3 million methamphetamine pills in Thailand on 3 March, "
        "the bureau said. The bureau said on 9 March that 40 people were arrested in Thailand "
        "in 2024. The anniversary of the law falls on 27 October."
    )
    assert figure(text, "2.3 million").period == "2024-03-03"
    assert figure(text, "40 people").period == "2024"
    days = [p for p in find_periods(text, JUNE) if p.label.endswith("-10-27")]
    assert days and all(p.comparison for p in days)  # a sentence that counts nothing


def test_the_first_months_of_the_year_are_the_latest_such_months() -> None:
    text = (
        "Prosecutors' report\n\nFederal agents seized 1,800 kilograms of cocaine in Mexico "
        "during the first five months of the year."
    )
    assert figure(text, "1,800").period == "2024-01-01/2024-05-31"
    assert figure(text, "1,800", date(2024, 3, 1)).period == "2023-01-01/2023-05-31"


def test_people_from_places_count_there_but_a_route_from_a_place_does_not() -> None:
    text = (
        "Operation summary\n\nEuropol said that an operation involving police from Spain, Italy "
        "and France led to 45 arrests in May. Officers seized 300 kilograms of cocaine shipped "
        "from Colombia in May."
    )
    assert figure(text, "45").regions == ("Spain", "Italy", "France")
    assert "Colombia" not in figure(text, "300").regions


def test_commissioners_are_an_agency_and_capitals_name_their_country() -> None:
    text = (
        "Port seizure\n\nThe Revenue Commissioners said officers found 120 kilograms of cocaine "
        "at the port in Cork in April."
    )
    assert agency_label(text, "120") == "Revenue Commissioners"
    assert figure(text, "120").regions == ("Ireland",)


# batch 2's classes


def test_a_quarter_of_a_split_fiscal_year_and_the_same_quarter_of_the_previous_one() -> None:
    text = (
        "Quarterly statistics\n\nPolice registered 58,912 drug cases in South Africa in the third "
        "quarter of the 2023/24 financial year, compared with 55,368 in the same quarter of the "
        "previous financial year.\n\nOfficers seized 3,950 kilograms of cannabis in South Africa "
        "during the quarter. In 2023 they seized 12 kilograms of heroin in South Africa."
    )
    published = date(2024, 2, 16)
    assert figure(text, "58,912", published).period == "2023-Q4"
    assert figure(text, "55,368", published).period == "2022-Q4"
    assert figure(text, "3,950", published).period == "2023-Q4"
    assert figure(text, "12 kilograms", published).period == "2023"


def test_the_end_of_a_month_without_a_year_and_a_year_after_a_law_s_name() -> None:
    text = (
        "Press note\n\nPolice registered 3,946 cases under the Narcotic Drugs and Psychotropic "
        "Substances (NDPS) Act in the first six months of 2024. By the end of June, 260,000 "
        "patients were in treatment in India."
    )
    assert figure(text, "3,946", date(2024, 7, 2)).period == "2024-H1"
    assert figure(text, "260,000", date(2024, 7, 2)).period == "2024-06-30"


def test_a_national_agency_s_fiscal_year_in_a_state_report_is_the_federal_one() -> None:
    text = (
        "State report\n\nThe Minnesota Bureau of Criminal Apprehension published its report. "
        "The Drug Enforcement Administration seized 1,150 pounds of methamphetamine in Minnesota "
        "in fiscal year 2023. The Minnesota Bureau of Criminal Apprehension made 40 arrests in "
        "Minnesota in fiscal year 2023."
    )
    published = date(2024, 6, 20)
    assert figure(text, "1,150", published).period == "2022-10-01/2023-09-30"
    assert figure(text, "40 arrests", published).period == "2022-07-01/2023-06-30"


def test_a_month_an_announcement_was_made_is_not_the_period_of_its_figures() -> None:
    text = (
        "Press note\n\nThe Narcotics Control Bureau reported last month that agencies seized "
        "1,009 kilograms of heroin in India in the financial year 2023-24. Last month, police "
        "seized 40 kilograms of heroin in India."
    )
    published = date(2024, 7, 2)
    assert figure(text, "1,009", published).period == "FY2024"
    assert figure(text, "40 kilograms", published).period == "2024-06"


def test_a_title_s_period_is_the_default_only_when_the_text_names_it_again() -> None:
    text = (
        "Drug crime up in third quarter\n\nThe police published quarterly figures for South "
        "Africa covering October to December 2023 and October to December 2023 again.\n\n"
        "Police registered 16,204 drug cases in Gauteng."
    )
    assert figure(text, "16,204", date(2024, 2, 16)).period == "2023-Q4"


def test_a_shared_place_name_in_the_publisher_s_name_is_the_report_s_division() -> None:
    text = (
        "Police press note\n\nCHANDIGARH - Punjab Police have arrested 5,127 drug smugglers in "
        "the first six months of 2024, officials said. Across India, agencies seized 1,009 "
        "kilograms of heroin in 2023."
    )
    assert figure(text, "5,127", date(2024, 7, 2)).regions == ("Punjab, India",)


def test_a_joint_operation_s_partner_is_not_the_actor_and_a_port_of_a_city_places() -> None:
    text = (
        "Quarterly statistics\n\nThe South African Police Service published its figures.\n\nIn "
        "a joint operation with the South African Revenue Service (SARS), detectives found 1.2 "
        "tonnes of cocaine in a container at the Port of Durban in November."
    )
    published = date(2024, 2, 16)
    assert agency_label(text, "1.2", published) == "South African Police Service"
    assert figure(text, "1.2", published).regions == ("KwaZulu-Natal",)


def test_all_nine_provinces_with_no_such_list_are_the_country() -> None:
    text = (
        "Quarterly statistics\n\nThe South African Police Service published its figures for "
        "South Africa.\n\nIn Gauteng, officers seized 12 kilograms of heroin in 2023. Across all "
        "nine provinces, officers confiscated 3,950 kilograms of cannabis in 2023."
    )
    assert figure(text, "3,950", date(2024, 2, 16)).regions == ("South Africa",)


def test_units_and_commissionerates_are_agencies() -> None:
    text = (
        "Press note\n\nThe Punjab Police published figures for India. The Amritsar "
        "Commissionerate alone registered 402 cases in 2024.\n\nOfficers of the Anti-Gang Unit "
        "arrested 412 suspects in South Africa in 2023."
    )
    assert agency_label(text, "402") == "Amritsar Commissionerate"
    assert agency_label(text, "412") == "Anti-Gang Unit"


def test_a_city_name_other_places_share_stays_home_without_its_country() -> None:
    text = (
        "Police Scotland update\n\nPolice Scotland published figures for Scotland. Officers "
        "seized 3 kilograms of cocaine in Perth in 2023."
    )
    assert figure(text, "3 kilograms").regions != ("Western Australia",)


def test_a_hospital_ward_is_no_agency() -> None:
    text = (
        "Health update\n\nThe Ohio Department of Health published its update. Emergency "
        "Department visits for overdose rose to 4,100 in Ohio in 2023."
    )
    assert agency_label(text, "4,100") == "Ohio Department of Health"


def test_more_period_forms_months_of_two_years_quarters_and_halves_without_a_year() -> None:
    found = find_periods(
        "Seizures from April 2023 to March 2024 and from July 2023 to June 2024. Seizures in Q1, "
        "in the first half, in the second half and in the past 12 months. By the end of last "
        "year 900 people were in treatment. In the past year 4% used cannabis.",
        date(2024, 8, 10),
    )
    assert [p.label for p in found] == [
        "FY2024",
        "2023-07-01/2024-06-30",
        "2024-Q1",
        "2024-H1",
        "2023-H2",
        "2023-08-01/2024-07-31",
        "2023-12-31",
    ]  # "in the past year" stays a recall window
