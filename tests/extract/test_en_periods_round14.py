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
