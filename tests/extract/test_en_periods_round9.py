"""English reports, issue 14 round 9 (periods, then regions): running totals from a "since"
clause, fiscal years a report defines or names by their first year, the earlier figure's year in
parentheses and an earlier survey round, a survey's year in its title, "that month", "twelve
months earlier", a quarter named by its months, a figure in parentheses after "the previous 12
months", and a police force's area. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import Draft
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import find_periods
from tests.extract import sentences

AUTUMN = date(2024, 10, 15)


def draft(text: str, published: date = AUTUMN) -> Draft:
    return sentences.drafted(text, published)


def figure(text: str, quote_start: str, published: date = AUTUMN) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def labels(text: str, published: date = AUTUMN) -> list[tuple[str, bool]]:
    return [(p.label, p.comparison) for p in find_periods(text, published)]


# running totals


def test_a_since_clause_naming_a_month_starts_a_running_total() -> None:
    text = "Since the harbour squad was created in May 2020, divers have found 312 packages."
    assert labels(text) == [("2020-05-01/2024-10-15", False)]
    day = "Since the new minister took office on 3 February 2023, officers have arrested 4,410."
    assert labels(day) == [("2023-02-03/2024-10-15", False)]


def test_a_record_since_a_month_is_no_running_total() -> None:
    text = "It was the largest haul since the port reopened in June 2019, customs said."
    assert labels(text) == [("2019-06-01/2024-10-15", True)]  # a base, not the figure's period
    plain = "The harbour squad was created in May 2020 and found 312 packages."
    assert labels(plain) == [("2020-05", False)]


def test_a_running_total_ends_with_the_reports_own_period() -> None:
    text = (
        "Harbour police results, year ending 30 June 2024\n\nHarbour police recorded 1,920 "
        "drug offences in the year ending June 2024.\n\nSince the dog unit was formed in "
        "March 2021, handlers have detected 655 concealments."
    )
    assert figure(text, "655").period == "2021-03-01/2024-06-30"
    so_far = text.replace(
        "Since the dog unit was formed in March 2021, handlers", "So far this year, handlers"
    )
    assert figure(so_far, "655").period == "2024-01-01/2024-10-15"  # to publication, as keyed


# fiscal years


def test_a_fiscal_year_defined_by_its_months_fixes_every_such_name() -> None:
    text = (
        "In fiscal 2023, the twelve months from April 2023 to March 2024, inspectors seized "
        "88 kilograms of heroin, against 61 kilograms in fiscal 2022."
    )
    assert [label for label, _ in labels(text, date(2024, 7, 1))][:1] == ["FY2024"]
    assert figure(text, "61 kilograms", date(2024, 7, 1)).period == "FY2023"
    undefined = "In fiscal 2023 inspectors seized 88 kilograms of heroin in the port."
    assert figure(undefined, "88", date(2024, 7, 1)).period == "FY2023"


def test_japan_names_a_fiscal_year_by_the_year_it_starts_in() -> None:
    text = (
        "Health ministry of Japan: annual summary\n\nIn Japan, narcotics officers arrested 904 "
        "people in fiscal 2023 and seized 51 kilograms of cannabis in Osaka and Tokyo."
    )
    assert figure(text, "904", date(2024, 8, 1)).period == "FY2024"
    split = text.replace("fiscal 2023", "fiscal year 2023/24")
    assert figure(split, "904", date(2024, 8, 1)).period == "FY2024"
    british = text.replace("Health ministry of Japan", "Home Office").replace(
        "In Japan, narcotics", "In England, police"
    )
    assert figure(british.replace(" in Osaka and Tokyo", ""), "904", date(2024, 8, 1)).period == (
        "FY2023"
    )


# the earlier figure of a pair, surveys


def test_the_year_heading_an_earlier_figure_in_parentheses_is_a_base() -> None:
    text = "Ketamine seizures reached 2.4 tonnes (2022: 1.7 tonnes) during 2023."
    assert labels(text) == [("2022", True), ("2023", False)]
    assert figure(text, "1.7 tonnes").period == "2022"
    assert figure(text, "2.4 tonnes").period == "2023"
    named = "Seizures (reported in 2023) reached 2.4 tonnes."
    assert labels(named) == [("2023", False)]


def test_an_earlier_survey_round_is_a_base_and_a_titled_survey_year_the_default() -> None:
    text = (
        "Household Drug Survey 2022: first results\n\nThe survey was last run in 2018; its "
        "previous round took place in 2018 as well.\n\nAbout 6.2% of adults used cannabis "
        "in the last year, up from 4.9% in 2018."
    )
    assert figure(text, "About 6.2%", date(2024, 5, 2)).period == "2022"
    assert figure(text, "4.9%", date(2024, 5, 2)).period == "2018"
    report = text.replace("Household Drug Survey 2022", "Drug Markets Report 2022")
    assert figure(report, "About 6.2%", date(2024, 5, 2)).period != "2022"  # an edition's year
    current = "The current round took place in 2018."
    assert labels(current) == [("2018", False)]


# months and quarters


def test_that_month_is_the_last_month_named() -> None:
    text = (
        "March 2024 was the busiest month on record. Officers made 233 arrests that month, "
        "and 1,870 over the year."
    )
    assert figure(text, "233").period == "2024-03"
    nothing = "Officers made 233 arrests that month, police said."
    assert figure(nothing, "233").period != "2024-03"
    mid = "The March 2024 figures show officers made 233 arrests."
    assert "2024-03" not in [label for label, _ in labels(mid)]


def test_a_quarter_named_by_its_months_without_a_year_is_the_latest() -> None:
    text = "Officers executed 120 warrants in the May to July quarter."
    assert labels(text) == [("2024-05-01/2024-07-31", False)]
    dated = "Officers executed 120 warrants from May to July 2023."
    assert labels(dated) == [("2023-05-01/2023-07-31", False)]


def test_twelve_months_earlier_moves_a_stock_back_a_year() -> None:
    text = (
        "As at 30 June 2024, 8,200 people were in treatment, compared with 7,900 twelve months "
        "earlier."
    )
    assert figure(text, "7,900").period == "2023-06-30"
    to = "As at 30 June 2024, 8,200 people were in treatment for twelve months to June."
    assert figure(to, "8,200").period == "2024-06-30"


def test_a_figure_in_parentheses_after_the_previous_year_is_that_years() -> None:
    text = "Customs officers seized 410 firearms in 2023, up 8% on the previous year (380)."
    assert figure(text, "380").period == "2022"
    this = "Customs officers seized 410 firearms in 2023, a record for the year (380 in May)."
    assert figure(this, "380").period != "2022"


# regions


def test_a_police_forces_own_bulletin_is_its_nations() -> None:
    text = (
        "Lancashire Constabulary: drugs bulletin\n\nLancashire Constabulary officers seized "
        "41 kilograms of cocaine in 2023."
    )
    assert figure(text, "41").regions == ("England",)
    welsh = text.replace("Lancashire Constabulary", "Gwent Police")
    assert figure(welsh, "41").regions == ("Wales",)
    other = text.replace("Lancashire Constabulary", "Harbour Constabulary")
    assert figure(other, "41").regions != ("England",)


# stocks, quarters ending a month, bases and statutes


def test_a_stock_at_present_is_counted_at_the_publication_date() -> None:
    text = "Police arrested 310 people in 2023. At present, 1,240 people are in treatment."
    assert figure(text, "1,240").period == "2024-10-15"
    undated = "Police arrested 310 people in 2023. 1,240 people are in treatment."
    assert figure(undated, "1,240").period != "2024-10-15"
    word = "Police arrested 310 people in 2023 and are currently holding 12 of them."
    assert "2024-10-15" not in [label for label, _ in labels(word)]


def test_as_of_a_day_without_a_year_is_the_latest_such_day() -> None:
    text = "As of 30 June, 1,240 people were in treatment, the ministry said."
    assert labels(text) == [("2024-06-30", False)]
    late = "As at 31 December, 1,240 people were in treatment, the ministry said."
    assert labels(late) == [("2023-12-31", False)]


def test_the_quarter_to_a_month_is_its_three_months() -> None:
    assert labels("In the quarter to September 2024, police seized 41 kilograms.") == [
        ("2024-Q3", False)
    ]
    assert labels("In the quarter ended 28 February 2024, police seized 41 kilograms.") == [
        ("2023-12-01/2024-02-29", False)
    ]
    assert labels("In the year to September 2024, police seized 41 kilograms.")[0][0] != "2024-Q3"


def test_a_year_after_above_the_or_those_of_is_a_base() -> None:
    text = "Seizures reached 1,912 kilograms in 2023, 71% above the 1,118 kilograms seized in 2022."
    assert labels(text) == [("2023", False), ("2022", True)]
    rise = "Arrests rose above 1,000 in 2023 for the first time."
    assert labels(rise) == [("2023", False)]
    times = "Seizures were 2.4 times those of 2022."
    assert labels(times) == [("2022", True)]


def test_a_statutes_year_after_a_comma_is_no_period() -> None:
    text = "Officers registered 1,982 cases under the Narcotic Substances Act, 1997, during 2023."
    assert labels(text) == [("2023", False)]
    assert labels("Officers registered 1,982 cases in 1997, during the crisis.") == [
        ("1997", False)
    ]


def test_a_lead_counting_every_state_is_national_whatever_its_dateline() -> None:
    text = (
        "Survey results released\n\nBETHESDA, Md., May 3, 2024 - The Household Health Office "
        "today published its annual survey, with interviews in every state and the District of "
        "Columbia, a study of more than one hundred and twenty words of method and findings "
        "for the year.\n\nAbout 7.1% of adults used cannabis in 2023."
    )
    assert figure(text, "About 7.1%").regions == ("United States",)
    local = text.replace("in every state and the District of Columbia", "in the county")
    assert figure(local, "About 7.1%").regions == ("Maryland",)


def test_a_dateline_in_a_philippine_city_places_the_report() -> None:
    text = (
        "Board statistics\n\nQUEZON CITY, 20 May 2024 - The Board released its statistics.\n\n"
        "Centres admitted 5,614 patients in 2023."
    )
    assert figure(text, "5,614").regions == ("Philippines",)
    elsewhere = text.replace("QUEZON CITY", "RIVERTON")
    assert figure(elsewhere, "5,614").regions != ("Philippines",)


def test_months_without_a_year_are_the_latest_such_months() -> None:
    assert labels("Police seized 310 kilograms in January-September, the ministry said.") == [
        ("2024-01-01/2024-09-30", False)
    ]
    assert labels("Police seized 310 kilograms in the six months to June.") == [("2024-H1", False)]
    dated = "Police seized 310 kilograms in January-September 2023, the ministry said."
    assert labels(dated) == [("2023-01-01/2023-09-30", False)]


def test_a_sentence_opening_on_since_a_year_counts_from_it() -> None:
    text = (
        "Annual report 2023\n\nIn 2023, police seized 412 kilograms of cocaine. Since 2019, "
        "police have dismantled 57 laboratories."
    )
    assert figure(text, "57", date(2024, 3, 1)).period == "2019-01-01/2023-12-31"
    record = text.replace("Since 2019, police have", "It was the most since 2019: police")
    assert figure(record, "57", date(2024, 3, 1)).period == "2023"


def test_the_same_period_a_year_earlier_opening_a_sentence_is_a_year_back() -> None:
    text = (
        "Police seized 412 kilograms of cocaine in the six months to June. In the same period "
        "a year earlier, they seized 380 kilograms."
    )
    assert figure(text, "380").period == "2023-H1"
    same = text.replace(" a year earlier", "")
    assert figure(same, "380").period == "2024-H1"


def test_a_force_named_after_a_shared_place_name_places_only_its_own_bulletin() -> None:
    text = "Kent Police: county lines results\n\nKent Police closed 64 county lines in 2023."
    assert figure(text, "64").regions == ("England",)
    met = text.replace("Kent Police", "The Metropolitan Police")
    assert figure(met, "64").regions == ("England",)
    american = (
        "Cleveland Police Department results\n\nCLEVELAND, Ohio - The Cleveland Police "
        "Department seized 64 pounds of fentanyl in 2023."
    )
    assert figure(american, "64").regions == ("Ohio",)


def test_the_previous_year_inside_parentheses_is_the_year_before_the_figures() -> None:
    text = "Police arrested 4,260 people in 2023 (previous year: 4,011)."
    assert figure(text, "4,011").period == "2022"
    last = "Police arrested 4,260 people in 2023 (last year: 4,011)."
    assert figure(last, "4,011", date(2024, 3, 1)).period == "2022"
    plain = "Police arrested 4,260 people in 2023 (of whom 4,011 were men)."
    assert figure(plain, "4,011").period == "2023"


def test_the_same_period_last_year_is_a_year_before_the_sentences_period() -> None:
    text = (
        "Police arrested 4,260 people between January and June, compared to 4,011 during the "
        "same period last year."
    )
    assert figure(text, "4,011", date(2024, 9, 1)).period == "2023-H1"
    corresponding = (
        "Police arrested 4,260 people in the first half of 2024, compared with 4,011 in the "
        "corresponding period of 2023."
    )
    assert figure(corresponding, "4,011", date(2024, 9, 1)).period == "2023-H1"
    assert figure(corresponding, "4,260", date(2024, 9, 1)).period == "2024-H1"


def test_a_span_of_years_counts_every_year_of_it() -> None:
    assert labels("In the three years to 2023, police seized 3.1 tonnes.") == [
        ("2021-01-01/2023-12-31", False)
    ]
    assert labels("Police seized 3.1 tonnes in 2021-2023.") == [("2021-01-01/2023-12-31", False)]
    assert labels("Police seized 3.1 tonnes in 2022-2023.") == [("FY2023", False)]  # split year
    assert labels("Police seized 3.1 tonnes in three years.") == []


def test_a_year_after_times_the_amount_is_a_base() -> None:
    text = "Seizures reached 190 tonnes in 2023, four times the amount seized in 2019."
    assert labels(text) == [("2023", False), ("2019", True)]
    assert labels("Police seized 190 tonnes four times in 2019.") == [("2019", False)]
    long = "It is four times the number of cases that reported cocaine in 2017."
    assert labels(long) == [("2017", True)]


def test_a_korean_or_japanese_dateline_city_places_the_report() -> None:
    text = (
        "Customs release\n\nDAEJEON - The Customs Service said it seized 580 kilograms of drugs "
        "in 2023."
    )
    assert figure(text, "580", date(2024, 2, 1)).regions == ("South Korea",)
    osaka = text.replace("DAEJEON", "OSAKA")
    assert figure(osaka, "580", date(2024, 2, 1)).regions == ("Japan",)


def test_the_months_a_surveys_interviews_ran_stand_for_its_year() -> None:
    text = "The survey's interviews were carried out between March and October 2023 in 40 towns."
    assert labels(text, date(2025, 2, 1)) == [("2023", False)]
    police = "Police seized 41 kilograms of heroin between March and October 2023."
    assert labels(police, date(2025, 2, 1)) == [("2023-03-01/2023-10-31", False)]


def test_a_year_after_against_a_figure_is_a_base_for_later_sentences() -> None:
    text = (
        "Officers intercepted 116 tonnes of cocaine in 2023, against 110 in 2022. The port of "
        "Rotterdam reported 46 tonnes."
    )
    assert figure(text, "46").period == "2023"
    assert figure(text, "110").period == "2022"


def test_from_is_the_earlier_figure_of_a_change_only() -> None:
    source = "Police seized 612,000 plants from 1,930 indoor plantations in 2023."
    assert figure(source, "1,930").period == "2023"
    change = "In 2023, seizure incidents rose to 412 from 287."
    assert figure(change, "287").period == "2022"
    pair = "Seizures rose from 240 kilograms to 610 kilograms in 2023."
    assert figure(pair, "240").period == "2022"


def test_a_legend_gives_bracketed_figures_its_period() -> None:
    text = (
        "Agency results 2023-24\n\nSeizures by drug (2023-24, with 2022-23 in brackets):\n"
        "Cocaine: 19.8 tonnes (16.2 tonnes)\nHeroin: 1,140 kg (1,390 kg)"
    )
    assert figure(text, "16.2", date(2024, 9, 1)).period == "FY2023"
    assert figure(text, "19.8", date(2024, 9, 1)).period == "FY2024"
    plain = text.replace(", with 2022-23 in brackets", "")
    assert figure(plain, "16.2", date(2024, 9, 1)).period == "FY2024"


# after the second batch's first sight


def test_a_change_after_an_earlier_figure_in_parentheses_is_of_the_figure_before() -> None:
    text = "There were 2,125 deaths in 2023 (2022: 2,357), a decrease of 10 percent."
    fact = figure(text, "10 percent", date(2024, 6, 1))
    assert fact.period == "2023"
    compared = "There were 2,125 deaths in 2023, against 2,357, a decrease of 10 percent."
    assert figure(compared, "10 percent", date(2024, 6, 1)).period == "2023"


def test_as_on_a_day_is_a_stock_at_that_day() -> None:
    text = "As on 31 March 2024, 2,215 persons were in judicial custody."
    assert labels(text) == [("2024-03-31", False)]
    assert labels("As on other days, 2,215 persons were in judicial custody.") == []


def test_a_quarter_named_by_its_months_and_a_year() -> None:
    text = "Crews answered 5,066 calls in the October to December quarter of 2023."
    assert labels(text) == [("2023-Q4", False)]


def test_a_running_total_since_an_event_ends_with_the_reports_period() -> None:
    text = (
        "Annual Report 2023-24\n\nDuring 2023-24 the bureau registered 1,032 cases.\n\nSince the "
        "disposal campaign began in June 2022, agencies have destroyed 14,000 kilograms."
    )
    assert figure(text, "14,000", date(2024, 10, 8)).period == "2022-06-01/2024-03-31"
    month = text.replace("Since the disposal campaign began in June 2022", "Since June 2022")
    # round 28: a bare "since" month before the report's period ends with it too (docs/facts.md)
    assert figure(month, "14,000", date(2024, 10, 8)).period == "2022-06-01/2024-03-31"


def test_south_america_is_no_mention_of_the_united_states() -> None:
    text = (
        "Cocaine crosses Senegal on its way from South America. Police seized 1.6 tonnes in 2023."
    )
    assert figure(text, "1.6").regions != ("United States",)
    plain = "Cocaine reaches Europe from America. Police there seized 1.6 tonnes in 2023."
    assert figure(plain, "1.6").regions == ("United States",)


def test_a_total_by_the_end_of_the_year_of_something_launched_in_it() -> None:
    text = (
        "Annual Report 2023-24\n\nDuring 2023-24 the bureau registered 1,032 cases. The "
        "helpline, launched in July 2023, received 10,400 calls by the end of the financial year."
    )
    assert figure(text, "10,400", date(2024, 10, 8)).period == "2023-07-01/2024-03-31"
    during = text.replace("by the end of the financial year", "during the financial year")
    assert figure(during, "10,400", date(2024, 10, 8)).period == "FY2024"
