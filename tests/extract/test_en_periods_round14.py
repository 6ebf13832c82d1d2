"""English reports, issue 14 round 14 (the report's main period and figures' own periods).
Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.periods import default_period, find_periods

AUTUMN = date(2026, 10, 20)


def labels(text: str, published: date = AUTUMN) -> list[str]:
    return [p.label for p in find_periods(text, published) if not p.comparison]


def test_this_year_in_a_part_year_report_is_the_part_its_lead_names() -> None:
    text = (
        "Lake patrol: results for January-August 2026\n\n"
        "Since the beginning of the year, the lake patrol has stopped 312 boats. Divers lifted "
        "44 packages this year, against 30 in the same period last year."
    )
    part = "2026-01-01/2026-08-31"
    assert labels(text) == [part, part, part]
    base = [p.label for p in find_periods(text, AUTUMN) if p.comparison]
    assert base == ["2025-01-01/2025-08-31"]
    assert default_period(find_periods(text, AUTUMN), AUTUMN, text.index("\n"), text) == part


def test_this_year_keeps_the_year_when_the_lead_names_no_part_of_it() -> None:
    # a whole-year lead, and a part named only deep in the text, leave "this year" alone
    text = (
        "Lake patrol: a busy year\n\n"
        "The lake patrol stopped 312 boats this year.\n\nDivers were out daily.\n\n"
        "Nets were mended.\n\nBoats were painted.\n\n"
        "From January to March 2026, divers lifted 12 packages."
    )
    assert labels(text)[0] == "2026"
    # a part not yet over at publication is no report's period
    early = "Lake patrol: January to November 2026\n\nThe patrol stopped 312 boats this year."
    assert labels(early)[-1] == "2026"


def test_days_in_brackets_and_in_numbers_restate_a_period() -> None:
    # a calendar the registry does not know, restated by its Gregorian days
    text = (
        "Harvest results for the river year 77 (12 April 2025 to 11 April 2026)\n\n"
        "Growers delivered 410 tonnes during the year."
    )
    assert labels(text)[0] == "2025-04-12/2026-04-11"
    assert default_period(find_periods(text, AUTUMN), AUTUMN, text.index("\n"), text) == (
        "2025-04-12/2026-04-11"
    )
    numbers = "Over five months (from 16/1/2026 to 15/6/2026), wardens stopped 31 boats."
    assert labels(numbers) == ["2026-01-16/2026-06-15"]
    assert labels("Wardens stopped 31 boats between 3/1/2026 and 3/20/2026.") == [
        "2026-03-01/2026-03-20"
    ]
    # one date in numbers is a day, never its year
    assert labels("As of 15/6/2026, 12 boats were impounded.") == ["2026-06-15"]
    # a fraction is no date
    assert labels("Wardens stopped 31 boats in 2026, 3/4 of them at night.") == ["2026"]


def test_two_days_with_no_year_are_of_this_year_or_the_latest_such_span() -> None:
    text = "Wardens stopped 31 boats from February 2 to September 29 this year."
    assert labels(text) == ["2026-02-02/2026-09-29"]
    assert labels("From 1 June to 31 August, wardens stopped 31 boats.") == [
        "2026-06-01/2026-08-31"
    ]
    # not begun by publication: the year before
    assert labels("From 1 November to 15 December, wardens stopped 31 boats.") == [
        "2025-11-01/2025-12-15"
    ]
    # a year after the second day is the span's own (the span rules read it)
    assert labels("From 1 June to 31 August 2024, wardens stopped 31 boats.") == [
        "2024-06-01/2024-08-31"
    ]


def test_today_is_the_publication_day_unless_it_dates_the_announcement() -> None:
    assert labels("Today there are 14 ferry checkpoints, up from 9 in 2024.") == ["2026-10-20"]
    assert labels("The checkpoints grew from 9 in 2024 to 14 today.")[-1] == "2026-10-20"
    # the day of the announcement is no figure's period
    assert labels("The ministry today announced the results of Operation Reed.") == []
    assert labels("Wardens stopped 31 boats, the ministry said today.") == []
    assert labels("Figures for the year were tabled today.") == []
