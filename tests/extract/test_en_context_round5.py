"""English reports, issue 14 round 5 (context): periods stated relative to publication, spans of
months, years and days, other countries' fiscal years, a period given once for a group or an
example; the publisher, name variants, partners and third parties; a foreign agency's country;
changes named by their measure. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import Draft
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.lang.en.names import LOWER_BACK_REFERENCE
from narcokg.extract.periods import find_periods
from tests.extract import sentences

MAY = date(2024, 5, 14)


def draft(text: str, published: date = MAY) -> Draft:
    return sentences.drafted(text, published)


def figure(text: str, quote_start: str, published: date = MAY) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def agency_label(text: str, quote_start: str, published: date = MAY) -> str | None:
    return sentences.agency_of(text, quote_start, published)


# periods relative to the publication date


def test_so_far_this_year_runs_from_january_to_publication() -> None:
    text = "Sheriff's update\n\nDeputies have made 318 drug arrests so far this year in Texas."
    assert figure(text, "318").period == "2024-01-01/2024-05-14"


def test_since_a_month_runs_to_publication_but_not_after_a_record() -> None:
    text = (
        "Police update\n\nSince February 2023, Ohio officers have seized 61 pounds of fentanyl. "
        "In March 2024 they seized 12 pounds of heroin, the most since February 2023."
    )
    assert figure(text, "61 pounds").period == "2023-02-01/2024-05-14"
    assert figure(text, "12 pounds").period == "2024-03"


def test_since_a_month_without_a_year_is_the_latest_one() -> None:
    text = "Update\n\nSince November, Alberta has recorded 240 opioid deaths."
    assert figure(text, "240", date(2024, 2, 1)).period == "2023-11-01/2024-02-01"


def test_over_the_past_year_is_the_twelve_months_before_publication() -> None:
    text = "Update\n\nOver the past 12 months, Manitoba pharmacies handed out 9,400 naloxone kits."
    assert figure(text, "9,400").period == "2023-05-01/2024-04-30"


def test_in_the_last_year_stays_a_recall_window() -> None:
    text = "Survey 2023\n\nIn 2023, 3.1% of adults in Ontario had used cocaine in the last year."
    assert figure(text, "3.1%").period == "2023"


def test_months_without_a_year_are_the_latest_span_begun_by_publication() -> None:
    text = "Update\n\nBetween November and February, agents seized 44 kilograms of cocaine."
    assert figure(text, "44").period == "2023-11-01/2024-02-29"


def test_months_with_a_year_keep_it() -> None:
    text = "Operation update\n\nBetween April and June 2023, agents seized 44 kilograms of cocaine."
    assert figure(text, "44").period == "2023-Q2"


def test_a_span_of_years_is_the_period_of_a_total_but_a_change_ends_it() -> None:
    text = (
        "Regional summary\n\nBetween 2018 and 2021, Peru reported 96 tons of cocaine seized."
        "\n\nSeizures in Bolivia rose 40% between 2018 and 2021."
    )
    assert figure(text, "96 tons").period == "2018-01-01/2021-12-31"
    assert figure(text, "40%").period == "2021"


def test_a_span_of_days_is_one_period_and_a_lone_day_is_not_a_span() -> None:
    text = (
        "Campaign results\n\nA campaign that ran from 3 May 2023 to 9 June 2023 destroyed 2,200 "
        "kilograms of cannabis in India. On 4 July 2023, officers seized 15 kilograms of heroin."
    )
    assert figure(text, "2,200").period == "2023-05-03/2023-06-09"
    found = [p.label for p in find_periods(text, MAY)]
    # the lone day is one day (round 7: "on <date>" is an event's day), not a second span
    assert found == ["2023-05-03/2023-06-09", "2023-07-04"]


def test_a_split_year_follows_the_country_s_fiscal_year() -> None:
    nz = "Police annual report\n\nNew Zealand Police seized 412 kilograms of cocaine in 2021/22."
    uk = "Annual bulletin\n\nIn England, police recorded 1,210 cocaine seizures in 2021/22."
    assert figure(nz, "412", date(2022, 10, 1)).period == "2021-07-01/2022-06-30"
    assert figure(uk, "1,210", date(2022, 10, 1)).period == "FY2022"


def test_the_same_period_of_a_year_moves_the_sentence_s_period_back() -> None:
    text = (
        "County update\n\nSo far this year deputies in Florida made 93 arrests, up from 70 in "
        "the same period of 2022."
    )
    assert figure(text, "93").period == "2024-01-01/2024-05-14"
    assert figure(text, "70").period == "2022-01-01/2022-05-14"


def test_a_month_inside_an_including_phrase_is_only_its_own_figure_s() -> None:
    text = (
        "Annual report 2022-23\n\nIn 2022-23 the coast guard of India seized 640 kilograms of "
        "heroin, including 95 kilograms from one boat in May 2022. The navy separately seized "
        "31 kilograms of cocaine."
    )
    published = date(2023, 7, 1)
    assert figure(text, "640", published).period == "FY2023"
    assert figure(text, "95", published).period == "2022-05"
    assert figure(text, "31", published).period == "FY2023"


def test_part_of_a_group_takes_the_group_s_period_when_its_paragraph_names_none() -> None:
    text = (
        "Operation results\n\nBetween October and March, agents in Arizona arrested 52 people."
        "\n\nProsecutors have charged 31 of those arrested.\n\nIn 2023 prosecutors charged "
        "40 of them as well."
    )
    assert figure(text, "31").period == "2023-10-01/2024-03-31"
    assert figure(text, "40").period == "2023"


# agencies


def test_the_publisher_is_the_agency_that_announced_the_report() -> None:
    text = (
        "Pipeline dismantled\n\nAn investigation by the Tucson Police Department has ended, "
        "the Drug Enforcement Administration's Phoenix Division announced today.\n\n"
        "Investigators seized 20 pounds of fentanyl in Arizona."
    )
    # round 8: the announcing unit itself, not its owner (docs/facts.md)
    assert agency_label(text, "20 pounds") == "Phoenix Division"


def test_without_a_publishing_verb_the_first_agency_is_the_publisher() -> None:
    text = (
        "Pipeline dismantled\n\nThe Tucson Police Department and the Drug Enforcement "
        "Administration worked together.\n\nInvestigators seized 20 pounds of fentanyl in Arizona."
    )
    assert agency_label(text, "20 pounds") == "Tucson Police Department"


def test_possessive_names_and_bureaus_are_agencies_but_the_bureau_alone_is_not() -> None:
    text = (
        "Update\n\nThe Maricopa County Sheriff's Office made 75 arrests in Arizona in 2023. "
        "The Narcotics Control Bureau seized 8 kilograms of heroin in India in 2023. The Bureau "
        "also seized 3 kilograms of cocaine."
    )
    made = draft(text)
    labels = {a.label for a in made.agencies.values()}
    assert {"Maricopa County Sheriff's Office", "Narcotics Control Bureau"} <= labels
    assert "Bureau" not in labels
    assert agency_label(text, "3 kilograms") == "Narcotics Control Bureau"


def test_initials_name_an_agency_only_when_one_agency_has_them() -> None:
    one = (
        "Update\n\nThe Dallas Police Department joined the Texas Department of Public Safety. In "
        "2023 DPD officers seized 14 firearms in Texas."
    )
    two = (
        "Update\n\nThe Dallas Police Department joined. The Denver Police Department joined too. "
        "In 2023 DPD officers seized 14 firearms in Texas."
    )
    assert agency_label(one, "14") == "Dallas Police Department"
    assert agency_label(two, "14") == "Denver Police Department"  # the nearest name, not DPD


def test_partners_of_the_subject_do_not_own_its_figure() -> None:
    text = (
        "Annual report\n\nThe Narcotics Control Bureau led the effort. In 2023 its units, "
        "working with the Indian Navy and the Directorate of Revenue Intelligence (DRI), seized "
        "500 kilograms of heroin in India. The DRI separately seized 12 kilograms of gold."
    )
    assert agency_label(text, "500") == "Narcotics Control Bureau"
    assert agency_label(text, "12") == "Directorate of Revenue Intelligence"


def test_a_source_named_after_the_figure_with_its_abbreviation_gives_it() -> None:
    text = (
        "Regional report\n\nThe International Narcotics Control Board published its report. "
        "Thailand seized 40 million tablets in 2023, the Office of the Narcotics Control Board "
        "(ONCB) reported, most of them near Laos."
    )
    assert agency_label(text, "40 million") == "Office of the Narcotics Control Board"


def test_a_cited_source_does_not_carry_to_another_country_s_figure() -> None:
    text = (
        "Regional report\n\nThe International Narcotics Control Board published its report. "
        "Peru seized 30 tons of cocaine in 2023, according to its Ministry of the Interior. "
        "Bolivia seized 18 tons in 2023."
    )
    assert agency_label(text, "18 tons") == "International Narcotics Control Board"


def test_a_cited_source_carries_to_parts_of_its_own_country() -> None:
    text = (
        "Manitoba Justice report\n\nManitoba Justice today released its report. Nationally, "
        "7,900 Canadians died of opioid toxicity in 2023, according to Health Canada. Alberta "
        "accounted for 1,700 of them."
    )
    assert agency_label(text, "1,700", date(2024, 6, 1)) == "Health Canada"


# regions


def test_another_country_s_national_agency_counts_in_its_country() -> None:
    text = (
        "Police annual report\n\nNew Zealand Police seized 700 kilograms of methamphetamine in "
        "2023. Across the Tasman, the Australian Federal Police seized 4.1 tonnes of cocaine in "
        "2023."
    )
    assert figure(text, "4.1").regions == ("Australia",)
    assert figure(text, "700").regions == ("New Zealand",)


def test_the_report_s_own_national_agency_stays_home() -> None:
    text = (
        "Federal Police annual report\n\nIn 2023 the Australian Federal Police seized 4.1 tonnes "
        "of cocaine, and Queensland officers 300 kilograms."
    )
    assert figure(text, "4.1").regions == ("Australia",)


# changes


def test_a_percentage_above_or_below_is_a_change_of_the_figure_before_it() -> None:
    text = (
        "Global report\n\nGlobal heroin seizures reached 400 tons in 2022, 9% above the level "
        "of 2020. Opium seizures fell to 900 tons, 6% below it."
    )
    above, below = figure(text, "9%"), figure(text, "6%")
    assert (above.measure, below.measure) == ("percentage-increase", "percentage-decrease")
    assert above.change_of == figure(text, "400").id


def test_a_change_naming_its_measure_links_to_that_figure_of_its_period_and_place() -> None:
    text = (
        "Annual report 2022-23\n\nIn 2022-23, seizures in India were: heroin 900 kilograms, "
        "cocaine 50 kilograms.\n\nOfficers seized 70 kilograms of heroin in May 2022.\n\n"
        "Compared with 2019-20, heroin seizures have grown by 30%. Globally, heroin "
        "seizures have grown by 12%."
    )
    published = date(2023, 7, 1)
    assert figure(text, "30%", published).change_of == figure(text, "900", published).id
    assert figure(text, "12%", published).change_of is None


# a period given once for a list, third parties' data, "the Sheriff's Office"


def test_the_lines_under_a_lead_in_share_its_period() -> None:
    text = (
        "Annual report\n\nIn 2023 the Indonesia police were busy.\n\nSeizures in 2022, by drug:"
        "\nHeroin: 320 kilograms\nCocaine: 95 kilograms\n\nSeparately, 40 kilograms of "
        "cannabis were burnt."
    )
    published = date(2024, 2, 1)
    assert figure(text, "95", published).period == "2022"
    assert figure(text, "40", published).period == "2023"  # a blank line ends the list


def test_figures_from_a_named_source_are_its_own() -> None:
    text = (
        "Police report\n\nThe Ohio State Police made 410 arrests in Ohio in 2023. Figures "
        "from the Ohio Department of Health show that the Ohio State Police attended 3,900 "
        "overdose deaths in Ohio in 2023."
    )
    assert agency_label(text, "3,900", date(2024, 3, 1)) == "Ohio Department of Health"
    assert agency_label(text, "410", date(2024, 3, 1)) == "Ohio State Police"


def test_the_sheriff_s_office_refers_back_only_to_one_such_office() -> None:
    one = (
        "Update\n\nThe Pima County Sheriff's Office joined the task force in Arizona. In 2023 "
        "the Sheriff's Office seized 30 pounds of fentanyl."
    )
    two = (
        "Update\n\nThe Pima County Sheriff's Office and the Yuma County Sheriff's Office joined "
        "the Arizona Department of Public Safety. In 2023 the Sheriff's Office seized 30 pounds "
        "of fentanyl."
    )
    assert agency_label(one, "30", date(2024, 3, 1)) == "Pima County Sheriff's Office"
    # two such offices: "the Sheriff's Office" is neither; the last agency named before stands
    assert agency_label(two, "30", date(2024, 3, 1)) == "Arizona Department of Public Safety"


def test_the_last_financial_year_is_the_last_one_of_the_country_ended_by_publication() -> None:
    uk = "Bulletin\n\nIn England, police made 5,200 drug arrests in the last financial year."
    au = "Bulletin\n\nIn Queensland, police made 5,200 drug arrests in the last financial year."
    april = date(2024, 4, 10)
    assert figure(uk, "5,200", april).period == "FY2024"  # April 2023 to March 2024
    assert figure(au, "5,200", april).period == "2022-07-01/2023-06-30"  # July to June
    assert figure(uk, "5,200", date(2024, 3, 10)).period == "FY2023"


def test_statewide_is_the_state_the_report_names_and_nothing_without_one() -> None:
    state = (
        "Update\n\nIn Arizona, officers seized 12 pounds of fentanyl in 2023.\n\nStatewide, "
        "troopers seized 420 pounds of methamphetamine in 2023."
    )
    none = "DEA update\n\nStatewide, troopers seized 420 pounds of methamphetamine in 2023."
    assert figure(state, "420").regions == ("Arizona",)
    assert figure(none, "420").regions == ("United States",)


def test_agencies_acting_together_give_their_figure_to_the_publisher() -> None:
    text = (
        "Ring broken up\n\nIn 2023 a taskforce of the Queensland Police Service and the "
        "Australian Border Force charged 9 people in Queensland, the Australian Border Force "
        "said today.\n\nIn 2023 the Queensland Police Service and the Australian Federal Police "
        "seized 40 kilograms of cocaine in Queensland."
    )
    assert agency_label(text, "9 people") == "Australian Border Force"
    # the publisher is not among them: still the publisher's (the report's owner)
    assert agency_label(text, "40") == "Australian Border Force"
    # one agency alone keeps its figure
    alone = text.replace(
        "the Queensland Police Service and the Australian Federal Police", "the AFP"
    )
    assert agency_label(alone, "40") == "Australian Federal Police"


def test_a_change_compared_with_a_figure_after_it_changes_the_figure_before() -> None:
    text = (
        "Crime statistics\n\nQueensland Police recorded 9,400 drug offences in the year ending "
        "30 June 2024. That is 4.1% higher than the 9,030 offences recorded in the previous "
        "year. Arrests were 2,100, or 3% more than 2,039."
    )
    published = date(2024, 9, 1)
    change = figure(text, "4.1%", published)
    assert change.change_of == figure(text, "9,400", published).id
    assert figure(text, "9,030", published).period == "2022-07-01/2023-06-30"
    # with no figure before it in its paragraph's sentence, the compared figure stays the base
    assert figure(text, "3%", published).change_of == figure(text, "2,100", published).id


def test_abbreviations_in_brackets_keep_a_list_of_agencies_together() -> None:
    text = (
        "Annual report\n\nThe Philippine Drug Enforcement Agency (PDEA) today released its "
        "report. In 2023 the Philippine National Police (PNP) and the PDEA ran 5,400 operations "
        "in the Philippines. In 2023 the PNP arrested 7,100 suspects."
    )
    assert agency_label(text, "5,400") == "Philippine Drug Enforcement Agency"
    assert agency_label(text, "7,100") == "Philippine National Police"


def test_a_whole_year_of_months_is_the_year_and_services_are_agencies() -> None:
    text = (
        "Update\n\nAlberta Health Services counted 1,500 opioid deaths in Alberta from January "
        "to December 2023."
    )
    assert figure(text, "1,500").period == "2023"
    assert agency_label(text, "1,500") == "Alberta Health Services"


def test_the_previous_quarter_is_the_quarter_before_its_context_s() -> None:
    text = (
        "Quarterly release\n\nOfficers in England seized 800 kilograms of cocaine in the first "
        "quarter of 2024. In the previous quarter, they had seized 950 kilograms of cocaine. In "
        "the previous year they seized 3,100 kilograms."
    )
    assert figure(text, "950").period == "2023-Q4"
    assert figure(text, "800").period == "2024-Q1"


def test_a_group_of_places_opening_the_lead_is_the_home_and_a_later_state_is_not() -> None:
    text = (
        "Statistics bulletin\n\nMinistry of Justice\n\nIn England and Wales, 4,100 people were "
        "cautioned for drug offences in 2023, while courts sentenced many more across the two "
        "nations.\n\nThe courts also convicted 9,200 offenders in 2023.\n\nIn Wales alone, "
        "1,100 offenders were convicted in 2023. Wales has its own strategy."
    )
    assert figure(text, "9,200").regions == ("England", "Wales")
    uk = (
        "Quarterly release\n\nBorder Force officers seized 700 kilograms of cocaine in 2023, the "
        "Home Office said in its release for the whole of the country today.\n\nIn Scotland, "
        "Police Scotland recorded 7,900 offences in 2023."
    )
    assert figure(uk, "700").regions == ("United Kingdom",)


def test_a_us_attorney_s_office_is_an_agency_and_publishes() -> None:
    text = (
        "Press release\n\nProsecutors charged 86 people with trafficking in California in 2023, "
        "the U.S. Attorney's Office announced."
    )
    assert agency_label(text, "86") == "U.S. Attorney's Office"


def test_the_department_refers_back_to_the_last_department_named() -> None:
    text = (
        "Release\n\nThe Houston Police Department joined. The Texas Department of Public Safety "
        "made 40 arrests in Texas in 2023.\n\nSeparately, 12 pounds of heroin were seized in "
        "2023, the department said."
    )
    assert agency_label(text, "12 pounds") == "Texas Department of Public Safety"
    # "the task force", "the service station" refer to no agency
    assert not LOWER_BACK_REFERENCE.search("the task force met near the service station")


# after batch 2 (each class it showed)


def test_the_dateline_names_the_country_when_the_publisher_does_not() -> None:
    text = (
        "Security report\n\nBOGOTA, 3 May 2024 - The Security Council presented its report. "
        "Police seized 80 tons of cocaine in 2023; the boats had left Ecuador and Peru, and "
        "buyers in Ecuador and Peru paid in cash."
    )
    assert figure(text, "80").regions == ("Colombia",)
    plain = text.replace("BOGOTA, 3 May 2024 - ", "")
    assert figure(plain, "80").regions != ("Colombia",)  # without it, the most named country


def test_an_abbreviation_introduced_in_brackets_names_its_agency_later() -> None:
    text = (
        "Report\n\nThe Secretariat of the Navy (SEMAR) patrols the coast and the FBI trains its "
        "officers. In 2024 SEMAR seized 640 kilograms of cocaine in Mexico."
    )
    assert agency_label(text, "640") == "Secretariat of the Navy"


def test_cabinets_guards_and_crime_units_are_agencies_and_the_force_is_the_police() -> None:
    text = (
        "Report\n\nThe Security Cabinet presented its report. In 2024 the National Guard "
        "arrested 900 people in Mexico. The Tarian Regional Organised Crime Unit arrested 11 "
        "people in Wales in 2024. South Wales Police charged 70 people in Wales in 2024. The "
        "force also seized 3 kilograms of heroin in Wales in 2024."
    )
    assert agency_label(text, "900") == "National Guard"
    assert agency_label(text, "11") == "Tarian Regional Organised Crime Unit"
    assert agency_label(text, "3 kilograms") == "South Wales Police"


def test_year_to_date_through_a_month_ends_there_and_those_months_refer_back() -> None:
    text = (
        "Update\n\nCalendar year to date, through June 30, crews in Florida responded to "
        "18,000 overdoses.\n\nIn Miami, crews gave naloxone 2,300 times during those six months."
        "\n\nIn 2023, Florida recorded 6,400 deaths.\n\nAnother paragraph.\n\nIn the same period, "
        "Florida police seized 9 kilograms of fentanyl."
    )
    published = date(2024, 8, 20)
    assert figure(text, "18,000", published).period == "2024-H1"
    assert figure(text, "2,300", published).period == "2024-H1"
    # "the same period" two paragraphs after the last period named is not read as it
    assert figure(text, "9 kilograms", published).period != "2023"


def test_first_ten_months_and_twelve_months_to_the_end_of_a_month() -> None:
    text = (
        "Report\n\nIn the first ten months of 2024, prosecutors in Mexico opened 2,430 cases. In "
        "the 12 months to the end of March 2024, police in Wales seized 61 kilograms of cocaine."
    )
    assert figure(text, "2,430", date(2024, 12, 1)).period == "2024-01-01/2024-10-31"
    assert figure(text, "61", date(2024, 12, 1)).period == "FY2024"


def test_a_fiscal_year_of_a_us_agency_in_another_country_s_report_is_the_us_year() -> None:
    text = (
        "Mexico report\n\nMEXICO CITY - The Security Cabinet presented its report. According to "
        "U.S. Customs and Border Protection, officers seized 9,800 pounds of fentanyl in fiscal "
        "year 2024. Mexico's budget for fiscal year 2024 funded 300 new patrols."
    )
    assert figure(text, "9,800").period == "2023-10-01/2024-09-30"
    assert figure(text, "300").period == "FY2024"  # no US agency in its sentence


def test_an_agency_something_is_referred_to_is_not_the_actor() -> None:
    text = (
        "Customs report\n\nThe New Zealand Customs Service seized 700 kilograms of cocaine in "
        "2023. Customs also referred 41 cases to the Financial Intelligence Unit and restrained "
        "NZ$18.6 million in assets in 2023."
    )
    assert agency_label(text, "NZ$18.6", date(2024, 2, 1)) == "New Zealand Customs Service"
