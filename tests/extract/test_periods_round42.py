"""Issue 14 round 42 (periods, branch eng-pe43): "the full year" after a part of a year is the
year that part is of. Made-up releases; each rule test fails without its rule, and each rule has
a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

JUNE = date(2034, 6, 4)

# --- "Over the full financial year" after the year's second half --------------------------------

_HALF = (
    "Westmarch Police - News\n\n"
    "Winter push closes more dealer lines\n\n"
    "Published: 4 June 2034\n\n"
    "Westmarch Police closed 44 county lines between October 2033 and March 2034, the second "
    "half of the 2033/34 financial year.\n\n"
    "The force has published its results for the 2033/34 financial year, which ran from April "
    "2033 to March 2034.\n\n"
    "From October to March, officers arrested 512 people for drug offences.\n\n"
    "Year in numbers\n\n"
    "Over the full financial year, the force seized 14.2 kilograms of cocaine and 61 firearms.\n"
)


def test_the_full_year_after_a_half_is_the_year_of_the_half() -> None:
    found = sentences.by_quote(_HALF, JUNE)
    assert sentences.starting(found, "512").period == "2033-10-01/2034-03-31"
    assert sentences.starting(found, "14.2").period == "FY2034"
    assert sentences.starting(found, "61").period == "FY2034"


def test_that_quarter_after_the_whole_year_is_still_the_quarter() -> None:
    text = (
        "Eastvale Police - News\n\n"
        "Published: 4 June 2034\n\n"
        "Eastvale Police closed 52 county lines in the year ending March 2034.\n\n"
        "The busiest period came in the January to March quarter, when 19 of the lines were shut "
        "down. Across the whole year the 52 closures compare with 40 a year earlier. During that "
        "quarter, officers executed 36 drugs warrants.\n"
    )
    found = sentences.by_quote(text, JUNE)
    assert sentences.starting(found, "36").period == "2034-Q1"


def test_a_full_year_named_with_its_number_is_that_year() -> None:
    text = (
        "Northfell Police - News\n\n"
        "Published: 4 June 2034\n\n"
        "In the January to March quarter, officers seized 3.1 kilograms of heroin. Figures for "
        "the full year 2034 will be published next spring; in 2033 officers seized 9.8 "
        "kilograms.\n"
    )
    found = sentences.by_quote(text, JUNE)
    assert sentences.starting(found, "3.1").period == "2034-Q1"
    assert sentences.starting(found, "9.8").period == "2033"


# --- "As of September 30, 2034, …": the stock's day, not the next sentence's flows --------------

OCTOBER = date(2034, 10, 20)

_STOCK = (
    "Redmesa Tribal Police Department\n\n"
    "Fiscal year 2034 drug enforcement report\n\n"
    "Published: October 20, 2034\n\n"
    "The Redmesa Tribal Police Department made 412 drug arrests in fiscal year 2034, the twelve "
    "months from October 1, 2033, to September 30, 2034.\n\n"
    "Detectives opened 118 narcotics investigations during the year. As of September 30, 2034, "
    "27 investigations remained open. Officers executed 36 search warrants and seized 14 "
    "firearms.\n"
)


def test_a_flow_after_a_stock_day_counts_over_the_year() -> None:
    found = sentences.by_quote(_STOCK, OCTOBER)
    assert sentences.starting(found, "27").period == "2034-09-30"
    assert sentences.starting(found, "36").period == "2033-10-01/2034-09-30"


def test_a_part_of_the_stock_keeps_its_day() -> None:
    text = _STOCK.replace(
        "Officers executed 36 search warrants and seized 14 firearms.",
        "Of the open cases, 9 involved overdose deaths.",
    )
    found = sentences.by_quote(text, OCTOBER)
    assert sentences.starting(found, "9").period == "2034-09-30"
