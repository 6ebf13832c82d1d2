"""Issue 14 round 36 (periods, branch eng-pe37): a flow beside a stock's "as of <date>" day is of
the report's year, not of that day. Made-up releases; the rule has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

NOVEMBER = date(2031, 11, 4)
#: a made-up tribal police release on its federal fiscal year
FISCAL = (
    "Pine Hollow Tribal Police drug results for fiscal 2031\n\n"
    "PINE HOLLOW, Nov. 4, 2031 - The Pine Hollow Tribal Police made 410 drug arrests during "
    "fiscal year 2031, which ran from Oct. 1, 2030, through Sept. 30, 2031.\n\n"
    "{body}\n"
)
YEAR = "2030-10-01/2031-09-30"


def _periods(body: str) -> dict[str, str]:
    draft = sentences.drafted(FISCAL.format(body=body), NOVEMBER)
    return {str(m.mention.number): m.period for m in draft.measurements}


def test_a_flow_before_the_as_of_day_and_the_next_sentence_keep_the_year() -> None:
    by_number = _periods(
        "Detectives opened 87 narcotics investigations and, as of September 30, 2031, 23 of them "
        "remained open. Officers executed 61 search warrants and seized 14 firearms."
    )
    assert by_number["87"] == YEAR
    assert by_number["61"] == YEAR
    assert by_number["14"] == YEAR


def test_the_stock_keeps_its_day() -> None:
    by_number = _periods(
        "Detectives opened 87 narcotics investigations and, as of September 30, 2031, 23 of them "
        "remained open."
    )
    assert by_number["23"] == "2031-09-30"


def test_a_flow_after_an_opening_as_of_keeps_the_day() -> None:
    # the day opens the figure's own sentence: the text dates this count, the rule leaves it
    by_number = _periods("As of September 30, 2031, detectives had seized 37 firearms.")
    assert by_number["37"] == "2031-09-30"
