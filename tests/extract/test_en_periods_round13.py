"""English reports, issue 14 round 13 (figure-level periods): a statute's year names no period,
and a figure of a year not over at publication, in a report counting part of it, is of that
part. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.periods import find_periods
from tests.extract import sentences

WINTER = date(2024, 12, 9)


def figure(text: str, quote_start: str, published: date = WINTER) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def labels(text: str, published: date = WINTER) -> list[str]:
    return [p.label for p in find_periods(text, published)]


def test_a_statutes_year_after_of_and_its_number_names_no_period() -> None:
    assert labels("Rangers detained 41 people under the Wildlife Protection Act of 1988.") == []
    assert labels("Under the Border Control Act No. 7 of 2011, agents froze 12 accounts.") == []
    assert labels("Royal Decree 118 of 1999 lists 20 substances.") == []
    # a year after "of" that dates no statute stays a period
    assert labels("Officers seized 30 kilograms in the spring of 2023.") == ["2023"]


def test_this_year_in_a_report_of_part_of_the_year_is_that_part() -> None:
    text = (
        "Harbour police results, January to October 2024\n\n"
        "From January to October 2024, harbour police arrested 2,140 people.\n\n"
        "Divers recovered 88 packages this year."
    )
    assert figure(text, "88 packages").period == "2024-01-01/2024-10-31"
    # a report of a whole year already over keeps the calendar year of a dated figure
    whole = (
        "Harbour police results for 2023\n\n"
        "In 2023, harbour police arrested 2,140 people.\n\n"
        "Divers recovered 88 packages in 2024 so far."
    )
    assert figure(whole, "88 packages").period != "2023-01-01/2023-10-31"


def test_a_compared_figure_keeps_the_period_its_own_words_end_on() -> None:
    text = "Rangers seized 840 parrots in 2023, a 5% fall from the 884 parrots rescued in 2022."
    assert figure(text, "884 parrots").period == "2022"
    assert figure(text, "840 parrots").period == "2023"
    bracket = "Coroners registered 2,310 deaths in 2023 (2,105 in 2022)."
    assert figure(bracket, "2,105").period == "2022"
    assert figure(bracket, "2,310").period == "2023"


def test_a_compared_figures_period_is_no_other_figures() -> None:
    text = (
        "Customs results for 2024\n\n"
        "The death rate was 8.1 per 100,000 residents, down from 9.4 per 100,000 in 2022."
    )
    assert figure(text, "8.1 per").period == "2024"
    assert figure(text, "9.4 per").period == "2022"
    total = (
        "Customs results for 2024\n\n"
        "Officers seized 12 tonnes of khat, twice the 2021 total. "
        "They also seized 310 kilograms of heroin."
    )
    assert figure(total, "310 kilograms").period == "2024"
    # "more than" is a qualifier, not a comparison: its figure keeps the year after it
    plain = "Customs results for 2024\n\nOfficers seized more than 300 kilograms in 2022."
    assert figure(plain, "more than 300").period == "2022"


def test_a_stock_at_a_stated_day_or_at_the_close_of_the_year() -> None:
    text = "Divers found 12 wrecks in March 2024. At 30 September 2024, 41 boats were impounded."
    assert figure(text, "41 boats").period == "2024-09-30"
    assert figure(text, "12 wrecks").period == "2024-03"
    closing = (
        "In 2023 the tribunal heard 610 appeals, and 95 appeals were pending at the close of "
        "the year."
    )
    assert figure(closing, "95 appeals").period == "2023-12-31"
    assert figure(closing, "610 appeals").period == "2023"


def test_a_since_clause_naming_a_year_counts_from_it_in_its_own_sentence_only() -> None:
    text = (
        "Harbour police annual report 2023\n\n"
        "In 2023 divers found 75 packages. Since the dive team was formed in 2016, "
        "it has recovered 1,204 packages. Divers also trained 38 recruits."
    )
    assert figure(text, "1,204 packages").period == "2016-01-01/2023-12-31"
    assert figure(text, "38 recruits").period == "2023"
    # a year that is no "since" clause's stays a plain year
    assert figure(text, "75 packages").period == "2023"


def test_a_legend_of_its_own_brackets_gives_them_the_earlier_year() -> None:
    legend = (
        "Harbour police annual report 2023\n\n"
        "Packages recovered (2022 figures in brackets): cocaine, 310 kilograms (290 kilograms); "
        "heroin, 41 kilograms (58 kilograms)."
    )
    assert figure(legend, "290 kilograms").period == "2022"
    assert figure(legend, "310 kilograms").period == "2023"
    # with no legend, a bracket in the figure's unit keeps its period (round 9)
    bare = "Harbour police annual report 2023\n\nDivers recovered 310 kilograms (290 kilograms)."
    assert figure(bare, "290 kilograms").period == "2023"


def test_the_year_before_as_a_comparisons_base_is_not_the_figures_period() -> None:
    text = (
        "Harbour police annual report 2023\n\n"
        "Divers recovered 640 packages, 120 packages more than in the previous year."
    )
    assert figure(text, "120 packages").period == "2023"
    ratio = "Harbour police annual report 2023\n\nArrests were 1.8 times the previous year's."
    assert figure(ratio, "1.8 times").period == "2023"
    # the year before's own figure still is of the year before
    own = (
        "Harbour police annual report 2023\n\n"
        "Divers recovered 640 packages, up from 410 the previous year."
    )
    assert figure(own, "410").period == "2022"
