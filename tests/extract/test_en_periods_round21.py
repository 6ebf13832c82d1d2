"""English reports, issue 14 round 21 (periods, branch pe22). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

JUNE = date(2031, 6, 18)


def figure(text: str, quote_start: str, published: date = JUNE) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_the_last_quarter_of_the_year_restated_by_its_months_is_those_months() -> None:
    text = (
        "Harbour Prosecution Service drug cases 2030-31\n\nPortmere, 18 June 2031\n\n"
        "The service received 8,412 drug reports in 2030-31. In the last quarter of the year "
        "(January to March 2031), 2,047 reports were received. In the final quarter of the year "
        "(January to March 2031) prosecutors marked 611 cases for trial."
    )
    assert figure(text, "2,047").period == "2031-Q1"
    assert figure(text, "611").period == "2031-Q1"


def test_a_quarter_singled_out_by_alone_restated_by_its_months_is_those_months() -> None:
    text = (
        "Island Border Agency results 2030-31\n\nPortmere, 18 June 2031\n\n"
        "Officers seized 2,310 kilograms of cocaine in 2030-31. In the fourth quarter alone "
        "(January to March 2031), they seized 512 kg of methamphetamine."
    )
    assert figure(text, "512").period == "2031-Q1"


def test_the_last_quarter_of_the_year_without_months_stays_the_fourth_quarter() -> None:
    text = (
        "Valley Police drug results 2030\n\nPortmere, 18 June 2031\n\n"
        "In the last quarter of the year, officers arrested 214 people, and in the fourth "
        "quarter alone they searched 96 homes."
    )
    assert figure(text, "214").period == "2030-Q4"
    assert figure(text, "96").period == "2030-Q4"
