"""English reports, issue 14 round 15, second iteration (figure-level periods). Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)


def figure(text: str, quote_start: str, published: date = SPRING) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_a_count_whose_own_clause_names_a_period_is_no_part_of_the_running_total() -> None:
    text = (
        "River patrol annual report 2025\n\n"
        "Since the patrol was formed in 2013, it has towed 5,210 boats, and in 2025 alone "
        "it towed 640 boats. Since the hotline opened in 2018, wardens have logged 9,300 calls, "
        "and 410 calls in the first half of 2025 alone.\n\n"
        "Some 815 poachers were handed to the courts since May 2014, 57 of them in 2025."
    )
    assert figure(text, "640 boats").period == "2025"
    assert figure(text, "410 calls").period == "2025-H1"
    assert figure(text, "57").period == "2025"
    # the running totals themselves keep their spans
    assert figure(text, "5,210 boats").period == "2013-01-01/2025-12-31"
    assert figure(text, "9,300 calls").period == "2018-01-01/2025-12-31"
    assert figure(text, "Some 815 poachers").period.startswith("2014-05-01/")
    # a period the total runs "through" ends the total; it is no count of its own
    until = (
        "River patrol annual report 2025\n\n"
        "Since the patrol was formed in 2013, it has towed 5,210 boats through 2025."
    )
    assert figure(until, "5,210 boats").period == "2013-01-01/2025-12-31"


def test_the_same_months_point_back_to_a_span_of_that_length_not_to_a_day() -> None:
    text = (
        "Island police: results for January to June 2026\n\n"
        "Officers seized 410 kilograms of cannabis in the first six months of 2026. In one "
        "operation, from 3 to 14 March, officers arrested 47 people. Customs intercepted 22 "
        "parcels in the same six months.\n\n"
        "Wardens found 31 boats from January to May. At present, 12 boats are impounded. "
        "Divers lifted 9 nets in the same period."
    )
    assert figure(text, "22 parcels", date(2026, 8, 10)).period == "2026-H1"
    # "the same period": the last span named, not the day a stock was counted on
    assert figure(text, "9 nets", date(2026, 8, 10)).period == "2026-01-01/2026-05-31"
    # the operation's own days stay its own
    assert figure(text, "47 people", date(2026, 8, 10)).period == "2026-03-03/2026-03-14"
