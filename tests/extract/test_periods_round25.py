"""English reports, issue 14 round 25 (periods, branch eng-pe). Made-up sentences; each rule has
a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.periods import find_periods
from tests.extract import sentences

JULY = date(2031, 7, 2)


def labels(text: str, published: date = JULY) -> dict[str, str]:
    """Each period the text names, by its words."""
    return {text[p.start : p.end]: p.label for p in find_periods(text, published)}


def period_of(text: str, quote_start: str, published: date = JULY) -> str:
    return sentences.quoted_figure(text, quote_start, published).period


#: A translated mid-year release on last year and on this year's first five months.
RELEASE = (
    "Lakeside police anti-drug results: first five months drug cases fall\n\n"
    "Source: Lakeside Municipal Public Security Bureau   Release time: 2031-07-02\n\n"
    "On July 2, the bureau reported the 2030 year and this year anti-drug work situation.\n\n"
    "2030 year, the city police cracked drug cases 410 pieces.\n\n"
    "This year, the police checked delivery parcels. January to May, checked parcels 52,000 "
    "pieces, found drug-related parcels 7 pieces.\n\n"
    "The police carried out hair drug testing 2,700 person-times, found positive 15 people."
)


def test_a_bare_span_of_months_opening_a_clause_is_the_latest_such_months() -> None:
    assert labels("Notice. January to May, the city cracked 88 cases.") == {
        "January to May": "2031-01-01/2031-05-31"
    }
    assert period_of(RELEASE, "52,000") == "2031-01-01/2031-05-31"
    # counter-examples: a span restating a period just named, and one with its own year
    restated = "The first quarter of 2030, January to March, was the busiest."
    assert "January to March" not in labels(restated)
    assert labels("Notice. January to May 2029, the city cracked 88 cases.") == {
        "January to May 2029": "2029-01-01/2029-05-31"
    }


def test_first_months_with_no_year_are_this_years_so_far() -> None:
    # in July the first three quarters are last year's, the latest all begun by publication
    july = labels("In the first three quarters, the city cracked 612 cases.")
    assert july == {"In the first three quarters": "2030-01-01/2030-09-30"}
    october = labels("In the first three quarters, the city cracked 612 cases.", date(2031, 10, 9))
    assert october == {"In the first three quarters": "2031-01-01/2031-09-30"}
    # the headline's part of the year is the report's own period: a figure naming none takes it
    assert period_of(RELEASE, "2,700") == "2031-01-01/2031-05-31"
    # counter-example: "the first six months after its launch" is no part of a calendar year
    assert labels("In the first six months after its launch, the unit made 12 arrests.") == {}


def test_two_full_dates_with_their_years_are_a_span_of_days() -> None:
    covering = "The semiannual report covers October 1, 2030, through March 31, 2031."
    assert labels(covering) == {"October 1, 2030, through March 31, 2031": "2030-10-01/2031-03-31"}
    assert labels("Figures for the year 1 April 2029 to 31 March 2030 show a fall.") == {
        "1 April 2029 to 31 March 2030": "FY2030"
    }
    # counter-example: a change between two months' figures names two months, no span
    assert labels("Arrests rose from 12 in June 2029 to 30 in May 2030.") == {
        "in June 2029": "2029-06",
        "in May 2030": "2030-05",
    }


#: A translated release whose operation ran for months of this year, then a stock at their end.
ACTION = (
    "Riverton police anti-drug results\n\n"
    "Source: Riverton Municipal Public Security Bureau   Release time: 2031-07-02\n\n"
    "From March to May 2031, the city carried out Operation Clear Stream, destroyed drug "
    "trafficking networks 11.\n\n"
    "As of the end of May 2031, the city had registered drug users 9,412 people."
)


def test_a_stock_at_the_end_of_an_operations_dates_is_not_the_operations() -> None:
    made = sentences.drafted(ACTION, JULY)
    slugs = {op.slug: op.label for op in made.operations}
    networks = sentences.quoted_figure(ACTION, "11", JULY)
    assert networks.operation is not None and slugs[networks.operation] == "Operation Clear Stream"
    users = next(m for m in made.measurements if m.mention.quote.startswith("9,412"))
    assert users.measure == "drug-users-registered"
    assert users.operation is None
