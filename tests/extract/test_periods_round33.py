"""Issue 14 round 33 (periods, branch eng-pe34): a part counted out of the figure before it
("78 county lines, 31 of them in the final quarter") keeps its own period to itself, and the
verbs of beginning the two "since" readers share. Made-up sentences; each rule has a case it must
not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.periods import find_periods
from tests.extract import sentences

MAY = date(2031, 5, 12)
#: a made-up force's release on its financial year (April to March)
FISCAL = (
    "Harbourside Constabulary: drug enforcement figures for 2030-31\n\nHarbourside Constabulary "
    "has published its drug enforcement figures for the 2030-31 financial year (1 April 2030 to "
    "31 March 2031), its busiest on record.\n\n"
)


def test_a_part_of_them_keeps_its_quarter_from_the_whole_and_the_next_sentence() -> None:
    found = sentences.by_quote(
        FISCAL + "During the financial year, officers arrested 412 people and closed 78 county "
        "lines, 31 of them in the final quarter from January to March. Of those arrested, 339 "
        "were charged with supplying Class A drugs.",
        MAY,
    )
    assert sentences.starting(found, "412").period == "FY2031"
    assert sentences.starting(found, "78").period == "FY2031"
    assert sentences.starting(found, "339").period == "FY2031"
    # the part itself keeps the quarter it names
    assert sentences.starting(found, "31").period == "2031-Q1"


def test_a_part_of_them_in_a_calendar_year_report() -> None:
    found = sentences.by_quote(
        "Harbourside Health: treatment bulletin 2030\n\nHarbourside Health published its "
        "treatment figures for 2030 today, with new data on waiting times and on admissions.\n\n"
        "Over the year, 1,164 people started treatment, 318 of them in the October to December "
        "quarter. The median wait was 12 days.",
        date(2031, 3, 2),
    )
    assert sentences.starting(found, "1,164").period == "2030"
    assert sentences.starting(found, "12").period == "2030"
    assert sentences.starting(found, "318").period == "2030-Q4"


def test_an_example_and_a_part_of_a_running_total_read_as_before() -> None:
    found = sentences.by_quote(
        "Harbourside Police: annual drug report 2030\n\nHarbourside Police made 512 drug "
        "arrests in 2030, the force said today in its annual review of drug enforcement.\n\n"
        "Officers seized 1,180 kilograms of cannabis, including 218 kilograms in April 2030. "
        "Since August 2022, 412 suspects have been extradited, 38 of them in 2030.",
        date(2031, 3, 2),
    )
    assert sentences.starting(found, "218").period == "2030-04"
    assert sentences.starting(found, "1,180").period == "2030"
    assert sentences.starting(found, "412").period.startswith("2022-08-01/")
    assert sentences.starting(found, "38").period == "2030"


def test_a_sentence_opening_since_its_outset_is_a_running_total() -> None:
    # "outset" was period_since_after's only; the shared list gives it to period_since too
    text = (
        "Harbourside Police: annual drug report 2030\n\nThe unit was set up in June 2027 to "
        "target supply lines. Since its outset, the unit has closed 96 lines."
    )
    labels = [p.label for p in find_periods(text, date(2031, 3, 2)) if p.running]
    assert labels == ["2027-06-01/2031-03-02"]


#: A made-up machine-translated city release published on 20 June 2031.
MONTH_END = (
    "Harbour City Public Security Bureau\nHarbour city anti-drug work results (Machine "
    "translation)\n2031-06-20\n\nThis year 1 to 5 month, the whole city cracked drug criminal "
    "cases 212 pieces. Up to May end this year, the whole city existing drug-taking personnel "
    "6,120 people; drug abstinence three years not relapse 4,010 people."
)


def test_a_month_before_end_is_a_stock_on_that_months_last_day() -> None:
    found = sentences.by_quote(MONTH_END, date(2031, 6, 20))
    assert sentences.starting(found, "6,120").period == "2031-05-31"
    assert sentences.starting(found, "4,010").period == "2031-05-31"
    # the flow before it keeps the months
    assert sentences.starting(found, "212").period == "2031-01-01/2031-05-31"


def test_the_end_of_a_month_reads_as_before() -> None:
    labels = [p.label for p in find_periods("Until the end of May, 5,912 people.", MAY)]
    assert labels == ["2031-05-31"]
