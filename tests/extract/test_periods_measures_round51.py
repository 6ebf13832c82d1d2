"""Issue 14 round 51 (periods and measures, branch eng-pm52): a "first semester" or "second
semester" is a calendar half-year (:mod:`narcokg.extract.period_semesters`). Made-up releases; the
rule's tests fail without it (checked by taking its patterns out of
:data:`narcokg.extract.period_fiscal_halves.PATTERNS`), and it has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

figure = sentences.starting


def release(text: str, published: date = date(2031, 1, 22)) -> dict[str, DraftMeasurement]:
    """A made-up yearly release of a national narcotics bureau on 2030."""
    return sentences.by_quote(
        "Narcotics Bureau reports its results for 2030\n\n"
        "In 2030, the bureau arrested 1,240 suspects and seized 73.5 kilograms of shabu.\n\n"
        + text,
        published,
    )


# --- "In the first semester, agents arrested 512 suspects" ---------------------------------------


def test_a_semester_with_no_year_is_the_latest_calendar_half() -> None:
    # nbi-ph grysbok162, boc-ph jaguarundi151, pcrs-br viscacha163
    found = release(
        "In the first semester, agents arrested 512 suspects and seized 30.1 kilograms of "
        "shabu. The second semester brought 728 arrests.\n"
    )
    assert figure(found, "1,240").period == "2030"
    assert figure(found, "512").period == "2030-H1"
    assert figure(found, "30.1").period == "2030-H1"
    assert figure(found, "728").period == "2030-H2"


def test_a_semester_with_its_year_or_last_year() -> None:
    found = release(
        "During the second semester of 2029, the bureau seized 41.2 kilograms of cocaine. "
        "In the first semester of this year, arrests reached 640.\n",
        date(2030, 7, 15),
    )
    assert figure(found, "41.2").period == "2029-H2"
    assert figure(found, "640").period == "2030-H1"


def test_a_school_semester_is_no_half_year() -> None:
    found = release("The bureau trained 86 cadets who were in their first semester of college.\n")
    assert figure(found, "86").period == "2030"
