"""Issue 14 round 32 (periods, branch eng-pe33): a running total whose "since" follows its figure
in the sentence, and a translation's "compare with last year same period N". Made-up sentences;
each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

MARCH = date(2031, 3, 12)
HEADING = (
    "Harbourside Police Department: annual drug report 2030\n\nOfficers made 512 arrests in 2030. "
)


def periods(text: str, published: date = MARCH) -> dict[str, str]:
    return {q: m.period for q, m in sentences.by_quote(HEADING + text, published).items()}


def test_a_mid_sentence_since_dated_by_its_year_is_a_running_total() -> None:
    found = periods("The centre has trained 1,900 officers since the program's founding in 2027.")
    # from the year's first day to the end of the report's own year (2030, ended by publication)
    assert found["1,900 officers"] == "2027-01-01/2030-12-31"


def test_an_undated_since_takes_the_event_its_sentence_dates() -> None:
    found = periods(
        "The task force, set up in 2026 to target supply networks, has closed 611 lines since it "
        "began. Under the initiative, which the unit launched in March 2028, patrols have stopped "
        "214 attempts since the start."
    )
    assert found["611 lines"] == "2026-01-01/2030-12-31"
    assert found["214 attempts"] == "2028-03-01/2030-12-31"


def test_a_record_since_a_dated_event_stays_the_figures_own_period() -> None:
    found = periods(
        "Seizures reached 64 kilograms in 2030, the largest amount since the agency was created "
        "in 2012. The unit seized 40 kilograms since the start of the year."
    )
    assert found["64 kilograms"] == "2030"  # a record: no running total
    assert found["40 kilograms"] == "2031-01-01/2031-03-12"  # the start of the year, as before


#: A made-up machine-translated city release published on 26 May 2031.
TRANSLATED = (
    "Harbour City Public Security Bureau\nHarbour city anti-drug work results (Machine "
    "translation)\n2031-05-26\n\nThis year January to April, the whole city cracked drug criminal "
    "cases 318 pieces, compare with last year same period 351 pieces; arrested criminal suspects "
    "427 people."
)


def test_compare_with_last_year_same_period_gives_the_next_figure_that_period() -> None:
    found = sentences.by_quote(TRANSLATED, date(2031, 5, 26))
    assert sentences.starting(found, "351").period == "2030-01-01/2030-04-30"
    # the figures before and after it keep this year's months
    assert sentences.starting(found, "318").period == "2031-01-01/2031-04-30"
    assert sentences.starting(found, "427").period == "2031-01-01/2031-04-30"


def test_a_sentence_opening_at_the_years_end_counts_on_its_last_day() -> None:
    found = periods(
        "At year's end, 1,630 participants were active in the program. At year end, the unit "
        "had 46 drug files open. At the end of December, 1,108 submissions were awaiting analysis."
    )
    assert found["1,630 participants"] == "2030-12-31"
    assert found["46 drug files open"] == "2030-12-31"
    assert found["1,108 submissions"] == "2030-12-31"
    # a year-end in the middle of a clause is no opening: the figure keeps its year
    assert periods("The unit seized 9 kilograms at year-end parties.")["9 kilograms"] == "2030"


def test_a_statutes_year_is_no_figures_period() -> None:
    found = periods(
        "Officers filed 612 cases under the Narcotic Drugs Act of Freedonia 2015, up 11.7%. "
        "A total of 1,046 individuals were apprehended. Of them, 742 were charged under Law No. "
        "19.172 of 2013, which permits possession. Seizures totalled 1,120 pounds, which the "
        "department links to the Territory's 2023 cannabis law. Officers also seized 82 firearms."
    )
    assert found["1,046 individuals"] == "2030"
    assert found["742"] == "2030"
    assert found["82 firearms"] == "2030"
    # a year before "law enforcement" is still the figure's year
    assert periods("In 2028 law enforcement officers seized 44 boats.")["44 boats"] == "2028"
