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
