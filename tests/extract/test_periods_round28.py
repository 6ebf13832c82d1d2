"""English reports, issue 14 round 28 (periods and change links, branch eng-pe29). Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

MARCH = date(2031, 3, 12)


#: A made-up annual release whose headline states a change the body states as a pair.
HEADLINE = (
    "Harbourside Police Department\nNews Release - March 12, 2031\n\n"
    "Cocaine seizures up 40% in 2030 as officers open new cases\n\n"
    "HARBOURSIDE - The department released its 2030 drug enforcement summary on Monday.\n\n"
    "Officers made 512 drug arrests in 2030. Officers seized 70 kilograms of cocaine in 2030, "
    "compared with 50 kilograms the year before."
)


def test_a_headline_change_links_to_the_body_figure_it_compares() -> None:
    found = sentences.drafted(HEADLINE, MARCH).measurements
    change = next(m for m in found if m.mention.number == 40)
    cocaine = next(m for m in found if m.mention.number == 70)
    assert change.change_of == cocaine.id  # not the first figure (512 arrests, no pair)
    assert change.period == cocaine.period


#: The same release whose change stands in the body, after a level figure: not a headline.
BODY = (
    "Harbourside Police Department\nNews Release - March 12, 2031\n\n"
    "Drug enforcement summary 2030\n\n"
    "Officers made 512 drug arrests in 2030. Overall, seizures rose 40%. Officers seized 70 "
    "kilograms of cocaine in 2030, compared with 50 kilograms the year before."
)


def test_a_change_after_a_level_figure_is_not_read_as_a_headline() -> None:
    found = sentences.drafted(BODY, MARCH).measurements
    change = next(m for m in found if m.mention.number == 40)
    cocaine = next(m for m in found if m.mention.number == 70)
    assert change.change_of != cocaine.id


def period_of(text: str, quote_start: str) -> str:
    return sentences.quoted_figure(text, quote_start, MARCH).period


#: A made-up annual release on 2030, published in March 2031, with a long running total.
LONG_TOTAL = (
    "Harbourside Police Department: annual drug report 2030\n\n"
    "Officers made 512 drug arrests in 2030. "
    "Since June 2024, the harbour task force has closed 120 supply lines. "
    "Since January 2031, officers have made 46 further arrests."
)


def test_a_total_since_before_the_reports_period_ends_with_that_period() -> None:
    assert period_of(LONG_TOTAL, "512") == "2030"
    assert period_of(LONG_TOTAL, "120") == "2024-06-01/2030-12-31"
    # counter-example: a total begun after the report's period runs to publication
    assert period_of(LONG_TOTAL, "46") == "2031-01-01/2031-03-12"


#: A made-up release on an operation's months: a third party's total runs to publication.
OPERATION_MONTHS = (
    "Harbourside Police Department: Operation Tidewater results\n\n"
    "Between October 2029 and March 2030, officers on Operation Tidewater made 212 arrests. "
    "The state police have seized 1,870 pounds of fentanyl since January 2029."
)


def test_an_operations_months_do_not_end_a_running_total() -> None:
    assert period_of(OPERATION_MONTHS, "212") == "2029-10-01/2030-03-31"
    assert period_of(OPERATION_MONTHS, "1,870") == "2029-01-01/2031-03-12"
