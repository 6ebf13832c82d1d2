"""English reports, issue 14 round 11 (the report's frame again): a quarter of an April-March
year named with its split year, the same part of an earlier year as a period of its own that
later sentences do not inherit, "the operation" after its paragraph stated its months, a local
body's report in the one state it names, places a sentence names after its figure's clause not
carried to the next sentence. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import find_periods
from tests.extract import sentences

AUTUMN = date(2025, 11, 14)


def figure(text: str, quote_start: str, published: date = AUTUMN) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def labels(text: str, published: date = AUTUMN) -> list[str]:
    return [p.label for p in find_periods(text, published)]


# a quarter of an April-March year


def test_a_quarter_of_a_split_financial_year_is_its_calendar_quarter() -> None:
    text = "Figures for the second quarter of the 2025/2026 financial year were tabled today."
    assert labels(text) == ["2025-Q3"]


def test_a_plain_financial_year_keeps_its_label() -> None:
    # counter-example: no quarter, and the year is not the second half of a split year
    assert labels("Spending rose in the 2025 financial year.") == ["FY2025"]


def test_the_same_quarter_of_the_previous_financial_year_is_a_year_back() -> None:
    text = (
        "Customs figures for the second quarter of the 2025/2026 financial year\n\n"
        "Officers intercepted 318 parcels of cannabis in the quarter, up from 244 in the same "
        "quarter of the previous financial year."
    )
    assert figure(text, "244").period == "2024-Q3"
    assert figure(text, "318").period == "2025-Q3"


def test_a_quarter_named_as_an_adjective_before_a_split_year_is_a_fiscal_quarter() -> None:
    text = "The minister tabled fourth-quarter crime figures for 2024/25 in Parliament."
    assert labels(text) == ["2025-Q1"]


def test_a_quarter_of_a_plain_year_is_that_calendar_quarter() -> None:
    # counter-example: a plain year is the calendar year, counted from January
    assert labels("Customs made 40 seizures in the fourth quarter of 2024.") == ["2024-Q4"]


def test_q3_of_the_financial_year_is_a_quarter_of_the_reports_year() -> None:
    text = (
        "Border results for the 2024/25 financial year\n\n"
        "Officers seized 61 firearms in Q3 of the financial year."
    )
    assert figure(text, "61").period == "2024-Q4"


def test_a_quarter_of_fy_and_a_split_year_is_a_fiscal_quarter() -> None:
    assert labels("Arrests rose in the third quarter of FY 2024/25.") == ["2024-Q4"]


def test_a_quarter_of_fy_and_one_year_is_not_read_as_a_split_year() -> None:
    # counter-example: "FY2025" names the year it ends in, not a split year
    assert labels("Arrests rose in the third quarter of FY2025.") == ["2024-Q4"]


# the same part of an earlier year


def test_the_same_period_of_a_named_year_is_that_years_months() -> None:
    text = (
        "Results from January to August 2025\n\n"
        "Between January and August, rangers arrested 77 poachers carrying drugs. In the same "
        "period of 2024, they had arrested 52."
    )
    assert figure(text, "52").period == "2024-01-01/2024-08-31"
    assert figure(text, "77").period == "2025-01-01/2025-08-31"


def test_a_later_sentence_does_not_inherit_the_earlier_years_part() -> None:
    text = (
        "Results from January to August 2025\n\n"
        "Between January and August, rangers arrested 77 poachers carrying drugs. In the same "
        "period of 2024, they had arrested 52 poachers. Rangers also seized 19 kilograms of "
        "cannabis."
    )
    assert figure(text, "19").period == "2025-01-01/2025-08-31"


def test_a_sentence_after_a_plain_named_month_still_inherits_it() -> None:
    # counter-example: a month the report names for its own figures is carried as before
    text = (
        "Results for 2025\n\n"
        "In March 2025, rangers arrested 77 poachers carrying drugs. They also seized 19 "
        "kilograms of cannabis."
    )
    assert figure(text, "19").period == "2025-03"


# "the operation" after its stated months


def test_the_operation_takes_the_months_its_paragraph_stated() -> None:
    text = (
        "Harbour police review 2024\n\n"
        "Harbour police arrested 410 people in 2024.\n\n"
        "From May to July 2024, detectives followed a ring that hid pills in fish crates. In "
        "the operation, detectives arrested 12 people."
    )
    assert figure(text, "12").period == "2024-05-01/2024-07-31"


def test_the_operation_with_no_stated_months_is_the_reports_period() -> None:
    # counter-example: the paragraph names no months, so the report's own year stands
    text = (
        "Harbour police review 2024\n\n"
        "Harbour police arrested 410 people in 2024.\n\n"
        "Detectives followed a ring that hid pills in fish crates. In the operation, "
        "detectives arrested 12 people."
    )
    assert figure(text, "12").period == "2024"


# a local body's report


def test_a_county_sheriffs_report_is_in_the_one_state_it_names() -> None:
    text = (
        "Lamar County Sheriff's Office narcotics summary 2024\n\n"
        "Deputies of the Lamar County Sheriff's Office made 212 drug arrests in 2024. Cases "
        "that cross county lines go to the Oklahoma Bureau of Narcotics."
    )
    assert figure(text, "212").regions == ("Oklahoma",)


def test_a_national_agencys_report_naming_one_state_stays_national() -> None:
    # counter-example: no local body issues it, so a state in a partner's name is no region
    text = (
        "Drug Enforcement Administration narcotics summary 2024\n\n"
        "Agents of the Drug Enforcement Administration made 212 drug arrests in 2024. Cases "
        "on tribal land go to the Oklahoma Bureau of Narcotics."
    )
    assert figure(text, "212").regions == ("United States",)


# places named after the figure's clause


def test_states_where_raids_happened_are_not_carried_to_the_next_sentence() -> None:
    text = (
        "Federal drug results, January to June 2025\n\n"
        "MEXICO CITY, 3 July 2025. Federal police seized 6.1 tonnes of cocaine in the six "
        "months, with the largest raids in Sinaloa, Sonora and Durango. Agents also seized "
        "840 kilograms of heroin."
    )
    assert figure(text, "840").regions == ("Mexico",)


def test_a_state_that_placed_the_sentences_figure_is_carried() -> None:
    # counter-example: the state placed the earlier figure, so the next one is there too
    text = (
        "Federal drug results, January to June 2025\n\n"
        "MEXICO CITY, 3 July 2025. In Sonora, federal police seized 6.1 tonnes of cocaine. "
        "Agents also seized 840 kilograms of heroin."
    )
    assert figure(text, "840").regions == ("Sonora",)


# a national body's release naming one province


def test_a_national_agencys_results_stay_national_beside_one_provinces_operation() -> None:
    text = (
        "Bureau reports 2024 results; Kerala operation breaks a cannabis ring\n\n"
        "KOCHI, 3 March 2025: The Coastal Drugs Bureau, the national narcotics agency of the "
        "Union government, released its 2024 results at its Kochi office today.\n\n"
        "The Bureau arrested 904 persons during the year.\n\n"
        "In Kerala, officers of the Kochi office seized 310 kilograms of ganja from a boat."
    )
    assert figure(text, "904", date(2025, 3, 3)).regions == ("India",)
    assert figure(text, "310", date(2025, 3, 3)).regions == ("Kerala",)


def test_a_states_own_body_stays_in_its_state() -> None:
    # counter-example: nothing calls the issuer national, so its state stays the report's
    text = (
        "Kerala Excise results for 2024\n\n"
        "KOCHI, 3 March 2025: The Kerala Excise Department released its 2024 results in Kerala "
        "today.\n\n"
        "The department arrested 904 persons during the year."
    )
    assert figure(text, "904", date(2025, 3, 3)).regions == ("Kerala",)


def test_an_earlier_year_told_in_the_past_perfect_is_not_carried() -> None:
    text = (
        "Sheriff's narcotics report 2024\n\n"
        "Deputies made 480 arrests in 2024. In 2023, deputies had seized 129 pounds of "
        "methamphetamine. Deputies also seized 22 firearms."
    )
    assert figure(text, "129", date(2025, 1, 30)).period == "2023"
    assert figure(text, "22", date(2025, 1, 30)).period == "2024"


def test_an_earlier_year_told_as_the_paragraphs_own_is_carried() -> None:
    # counter-example: no past perfect, so the year frames the paragraph's later figures too
    text = (
        "Sheriff's narcotics report, 2022 to 2024\n\n"
        "Deputies made 480 arrests in 2024. In 2023, deputies seized 129 pounds of "
        "methamphetamine. Deputies also seized 22 firearms."
    )
    assert figure(text, "22", date(2025, 1, 30)).period == "2023"


# a quarter named with no year


def test_a_bare_quarter_is_the_fiscal_quarter_the_report_names() -> None:
    text = (
        "Rangers' results for the first quarter of the 2025/26 financial year\n\n"
        "NAIROBI, 10 November 2025 - Rangers arrested 212 poachers in Q1, and seized 35 "
        "kilograms of heroin during the quarter. In the first quarter of the previous financial "
        "year, rangers had arrested 160 poachers."
    )
    assert figure(text, "212").period == "2025-Q3"
    assert figure(text, "35").period == "2025-Q3"
    assert figure(text, "160").period == "2024-Q3"


def test_a_bare_quarter_with_no_fiscal_quarter_named_is_the_latest_calendar_one() -> None:
    # counter-example: nothing names a fiscal quarter, so "Q1" is the latest first quarter
    text = "Rangers' results for 2025\n\nRangers arrested 212 poachers in Q1."
    assert figure(text, "212").period == "2025-Q1"
