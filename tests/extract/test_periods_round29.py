"""English reports, issue 14 round 29 (periods of other calendars and change links, branch
eng-pe30). Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.periods import find_periods
from tests.extract import sentences

AUGUST = date(2031, 8, 20)


def labels(text: str, published: date = AUGUST) -> list[str]:
    return [p.label for p in find_periods(text, published)]


def test_an_ethiopian_fiscal_year_is_the_gregorian_span_it_covers() -> None:
    text = "Customs officers seized 812 kilograms of khat in 2023 E.C., against 640 in 2022 E.C."
    assert labels(text) == ["2030-07-08/2031-07-07", "2029-07-08/2030-07-07"]
    assert labels("The bureau opened 90 cases in EFY 2023.") == ["2030-07-08/2031-07-07"]
    assert labels("The bureau opened 90 cases in 2023.") == ["2023"]


def test_a_nepali_fiscal_year_is_the_gregorian_span_it_covers() -> None:
    assert labels("Police registered 402 cases in fiscal year 2080/81.") == [
        "2023-07-17/2024-07-15"
    ]
    assert labels("Police registered 402 cases in FY 2081/82.") == ["2024-07-16/2025-07-16"]
    # two figures, not two consecutive years
    assert labels("Police registered 2081/95 cases in 2024.") == ["2024"]


def test_an_iranian_year_is_read_only_where_the_report_names_that_calendar() -> None:
    named = "Results for the Iranian year 1403. Seizures rose 6 percent on 1,020 in 1402."
    assert labels(named) == ["2024-03-20/2025-03-20", "2023-03-21/2024-03-19"]
    # "in 1402" in a report that never names the Iranian calendar is no period
    assert labels("Officers made 77 arrests in 1402.") == []


def period_of(text: str, quote_start: str) -> str:
    return sentences.quoted_figure(text, quote_start, AUGUST).period


#: A made-up release on an Ethiopian fiscal year whose figures take the year's span.
ETHIOPIAN = (
    "FEDERAL ANTI-NARCOTICS BUREAU\n\n"
    "Annual results for 2023 E.C.\n\n"
    "The bureau has released its annual figures for the Ethiopian fiscal year 2023 E.C., which "
    "ran from 8 July 2030 to 7 July 2031 in the Gregorian calendar.\n\n"
    "Officers seized 812 kilograms of khat during the fiscal year, against 640 kilograms in "
    "2022 E.C."
)


def test_a_figure_of_an_ethiopian_fiscal_year_report_takes_its_span() -> None:
    assert period_of(ETHIOPIAN, "812 kilograms") == "2030-07-08/2031-07-07"
    assert period_of(ETHIOPIAN, "640 kilograms") == "2029-07-08/2030-07-07"


#: A made-up release whose changes are measured against an older year's figure.
OLDER_BASE = (
    "Lakeland Police\nNews Release - March 12, 2031\n\n"
    "Annual drug enforcement figures 2030\n\n"
    "LAKELAND - Officers recorded 5,400 drug offences in 2030, against 5,000 in 2029, an "
    "increase of 8 percent. Compared with 4,000 offences in 2026, the rise is 35 percent.\n\n"
    "Officers seized 90 kilograms of heroin in 2030. In 2027, officers seized 60 kilograms of "
    "heroin, up 20 percent on 2026 (50 kilograms)."
)


def test_a_change_against_an_older_base_is_of_the_current_figure() -> None:
    found = sentences.drafted(OLDER_BASE, date(2031, 3, 12)).measurements
    change = next(m for m in found if m.mention.number == 35)
    current = next(m for m in found if m.mention.number == 5400)
    assert change.change_of == current.id
    assert change.period == "2030"


def test_a_change_of_an_older_figure_against_its_own_base_stays() -> None:
    found = sentences.drafted(OLDER_BASE, date(2031, 3, 12)).measurements
    change = next(m for m in found if m.mention.number == 20)
    assert change.period == "2027"  # of the 60 kilograms, not of the 90 of 2030


#: A made-up half-year release: a stock at publication beside a flow of the half-year.
STOCK_AND_FLOW = (
    "Lakeland police figures for the first half of 2031\n\n"
    "Lakeland, July 9, 2031\n\n"
    "In the first half of 2031, the city police solved 212 drug cases across the city.\n\n"
    "At present, the city has 4,100 registered drug users; 180 drug users were newly "
    "registered, a decrease of 9.5% year-on-year."
)


def test_a_stock_is_no_current_figure_of_a_flows_change() -> None:
    found = sentences.drafted(STOCK_AND_FLOW, date(2031, 7, 9)).measurements
    change = next(m for m in found if m.mention.number == 9.5)
    assert change.period == "2031-H1"
