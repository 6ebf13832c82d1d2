"""Issue 14 round 53 (periods and measures, branch eng-pm54): the same half of an earlier fiscal
year (:mod:`narcokg.extract.period_same_halves`). Made-up releases; each rule's tests fail
without it (checked by taking its call out of :func:`narcokg.extract.draft.report_context`), and
each rule has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.period_kinds import PeriodMention
from narcokg.extract.period_same_halves import same_fiscal_halves
from tests.extract import sentences

figure = sentences.starting


def federal_release(text: str) -> dict[str, DraftMeasurement]:
    """A made-up mid-year release of a US federal field office (October-September years)."""
    return sentences.by_quote(
        "U.S. Marshals Service, Northern District of Nevada\n\n"
        "RENO, NEVADA - The U.S. Marshals Service in Reno arrested 212 fugitives wanted on federal "
        "drug warrants in the first half of fiscal year 2031, October 2030 through March 2031. "
        + text,
        date(2031, 5, 2),
    )


# --- "up from 48 in the same six months of fiscal year 2030" ------------------------------------


def test_the_same_six_months_of_an_earlier_fiscal_year_is_its_half() -> None:
    # cbp-tfo gundi108, uscg-d5 hirola131, uscg-d14 sambar138, dea-stl puku140,
    # usao-wdmi mouflon173
    found = federal_release(
        "That was up from 170 fugitives in the same six months of fiscal year 2030.\n"
    )
    assert figure(found, "212").period == "2030-10-01/2031-03-31"
    assert figure(found, "170").period == "2029-10-01/2030-03-31"


def test_the_same_half_of_a_year_several_years_back() -> None:
    found = federal_release("Deputies also took 31 firearms (9 in the same half of fiscal 2027).\n")
    assert figure(found, "9").period == "2026-10-01/2027-03-31"


def test_a_whole_earlier_fiscal_year_keeps_its_twelve_months() -> None:
    found = federal_release("In all of fiscal year 2030, deputies arrested 398 fugitives.\n")
    assert figure(found, "398").period == "2029-10-01/2030-09-30"


def test_with_no_half_of_its_own_the_year_is_left_alone() -> None:
    text = "up from 44 in the same six months of fiscal year 2030"
    year = PeriodMention(text.index("fiscal"), len(text), "2029-10-01/2030-09-30")
    assert same_fiscal_halves(text, [year]) == [year]
    base = PeriodMention(0, 5, "2030-10-01/2031-03-31", comparison=True)
    assert same_fiscal_halves(text, [base, year])[1] == year


# --- "responded to 1,577 suspected opioid overdose calls, up 6.0 percent from 1,488" -------------


def city_release(text: str) -> dict[str, DraftMeasurement]:
    """A made-up yearly release of a small city's police."""
    return sentences.by_quote(
        "Harbourton Police Department: 2030 in review\n\nHARBOURTON - " + text, date(2031, 2, 3)
    )


def test_trimmed_nouns_of_overdose_calls_count_calls() -> None:
    # smdhu-on mouflon173, parispd-tx kudu66, srmtpd-ny tahr111
    found = city_release(
        "Paramedics and officers responded to 905 suspected opioid overdose calls in 2030. "
        "Patrol crews answered 77 suspected overdose calls inside the harbour district. "
        "Overdose calls answered by the harbour police fell from 31 to 26.\n"
    )
    for quote in ("905", "77", "31", "26"):
        assert figure(found, quote).measure == "overdose-calls-responded-to", quote
        assert figure(found, quote).unit == "call", quote


def test_a_decimal_point_does_not_cut_the_service_off_a_base() -> None:
    # klps-on mouflon173: "down 19.7 per cent from 264 in 2024"
    found = city_release(
        "Officers responded to 412 suspected overdose calls in 2030, down 12.5 per cent from "
        "471 in 2029.\n"
    )
    assert figure(found, "471").measure == "overdose-calls-responded-to"


def test_overdoses_and_unanswered_calls_are_left_alone() -> None:
    found = city_release(
        "The county recorded 58 suspected opioid overdoses in 2030. "
        "A hotline log listed 12 overdose calls about a single street.\n"
    )
    assert figure(found, "58").measure != "overdose-calls-responded-to"
    assert figure(found, "12").measure != "overdose-calls-responded-to"
