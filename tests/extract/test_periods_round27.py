"""English reports, issue 14 round 27 (periods, branch eng-pe28). Made-up sentences; each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

MARCH = date(2031, 3, 12)


def period_of(text: str, quote_start: str, published: date = MARCH) -> str:
    return sentences.quoted_figure(text, quote_start, published).period


#: A made-up annual release whose stocks open on their day.
ANNUAL = (
    "Riverton Police Department: drug enforcement in 2030\n\n"
    "Officers made 212 drug arrests in 2030. "
    "As of December 31, 2030, the Vice Unit had 38 cases open, down from 45 a year earlier. "
    "At 31 December 2030, 17 investigations were still open. "
    "As of 31 December 2030, a total of 9,120 drug users were registered, of whom 640 were "
    "newly found during the year."
)


def test_a_sentence_opening_on_a_day_counts_its_figures_on_that_day() -> None:
    assert period_of(ANNUAL, "38 cases") == "2030-12-31"
    assert period_of(ANNUAL, "17 investigations") == "2030-12-31"
    assert period_of(ANNUAL, "45") == "2029-12-31"  # a stock a year back
    # counter-examples: a part counted in a clause of its own, a flow of the year
    assert period_of(ANNUAL, "640") == "2030"
    assert period_of(ANNUAL, "212") == "2030"


#: A made-up state agency's fiscal-year release with one quarter singled out.
FISCAL = (
    "Westland Bureau of Narcotics: fiscal year 2030 results\n\n"
    "JACKSONVILLE, Westland - The Bureau seized 52 kilograms of fentanyl in fiscal year 2030 "
    "(July 1, 2029, to June 30, 2030). In the April-June 2030 quarter alone, agents seized 19.5 "
    "kilograms. Agents also took 7,400 counterfeit pills and 212 kilograms of cocaine. "
    "In the April-June 2030 quarter, agents arrested 64 couriers. Agents also made 38 arrests "
    "at the airport."
)


def test_a_part_singled_out_alone_is_not_carried_to_the_next_sentence() -> None:
    whole = period_of(FISCAL, "52")
    assert period_of(FISCAL, "19.5") == "2030-Q2"
    assert period_of(FISCAL, "7,400") == whole != "2030-Q2"
    # counter-example: a quarter not singled out still holds the next sentence
    assert period_of(FISCAL, "38") == "2030-Q2"


#: A made-up annual release whose comparisons name the year before.
COMPARED = (
    "Lakeview Police Service: drug enforcement in 2030\n\n"
    "In 2030, officers laid 940 drug charges.\n\n"
    "Officers seized 31.5 kilograms of cocaine and 4.2 kilograms of heroin, compared with 22.4 "
    "and 3.8 kilograms respectively in 2029. "
    "Officers also seized $215,000 in cash.\n\n"
    "In 2029, the unit seized 12 firearms. The unit also seized 8 vehicles."
)


def test_an_earlier_year_of_a_comparison_is_not_carried_to_the_next_sentence() -> None:
    assert period_of(COMPARED, "22.4") == "2029"
    assert period_of(COMPARED, "$215,000") == "2030"
    below = (
        "Eastfield Police: drug enforcement in 2030\n\nIn 2030, officers laid 512 charges.\n\n"
        "Heroin seizures, at 3.6 kilograms, were 30 percent below 2029, when officers seized 5.1 "
        "kilograms. Officers also seized 44 firearms."
    )
    assert period_of(below, "44") == "2030"
    # counter-example: a sentence telling of the earlier year itself holds the next one
    assert period_of(COMPARED, "8 vehicles") == "2029"


#: A made-up annual release whose earlier figures name the year before in their own words.
YEAR_BEFORE = (
    "Northshire Police: drug crime in 2030\n\n"
    "In 2030 the police recorded 5,210 drug offences, 4 per cent more than in the previous "
    "year, when 5,010 offences were recorded. Officers seized 3.1 million pills, double the "
    "1.5 million pills seized the year before. Customs seized 640 kilograms of cannabis in "
    "2030, when 212 kilograms of cocaine were also seized."
)


def test_a_figure_its_own_words_tie_to_the_year_before_is_that_years() -> None:
    assert period_of(YEAR_BEFORE, "5,010") == "2029"
    assert period_of(YEAR_BEFORE, "1.5 million") == "2029"
    # counter-examples: the current figures, and a "when" clause after a year of its own
    assert period_of(YEAR_BEFORE, "5,210") == "2030"
    assert period_of(YEAR_BEFORE, "212") == "2030"


def test_more_than_a_number_is_no_comparison_of_years() -> None:
    text = (
        "Southport Police: drug enforcement in 2030\n\nIn 2030, officers laid 512 charges.\n\n"
        "Nationally, agents seized more than 41 million pills in calendar year 2029. Tests "
        "found that six out of ten of the pills held a lethal dose."
    )
    assert period_of(text, "more than 41") == "2029"
    assert period_of(text, "six") == "2029"  # the year carried to the next sentence
