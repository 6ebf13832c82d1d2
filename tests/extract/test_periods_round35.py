"""Issue 14 round 35 (periods, branch eng-pe36): quarters an October-September fiscal year counts
by ordinal take their own calendar quarter, each figure of a list its own ordinal. Made-up
releases; the rule has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

NOVEMBER = date(2031, 11, 4)
#: a made-up tribal police release on its federal fiscal year
FISCAL = (
    "Pine Hollow Tribal Police drug arrests rise in fiscal 2031\n\n"
    "PINE HOLLOW, Nov. 4, 2031 - The Pine Hollow Tribal Police made 410 drug arrests during "
    "fiscal year 2031, which ran from Oct. 1, 2030, through Sept. 30, 2031.\n\n"
    "{quarters}\n\n"
    "Officers executed 55 search warrants during the fiscal year.\n"
)


def _periods(quarters: str) -> dict[str, str]:
    draft = sentences.drafted(FISCAL.format(quarters=quarters), NOVEMBER)
    return {str(m.mention.number): m.period for m in draft.measurements}


def test_a_respectively_list_shares_the_ordinals() -> None:
    by_number = _periods(
        "Officers made 91, 104, 117 and 98 drug arrests in the first, second, third and fourth "
        "quarters of the fiscal year, respectively."
    )
    assert by_number["91"] == "2030-Q4"
    assert by_number["104"] == "2031-Q1"
    assert by_number["117"] == "2031-Q2"
    assert by_number["98"] == "2031-Q3"
    # the year's own figures keep the year
    assert by_number["55"] == "2030-10-01/2031-09-30"


def test_each_figure_takes_the_ordinal_after_or_before_it() -> None:
    by_number = _periods(
        "Officers made 91 drug arrests in the first quarter (October through December 2030), "
        "104 in the second and 117 in the third, before a busy summer brought the fourth "
        "quarter to 98."
    )
    assert by_number["91"] == "2030-Q4"
    assert by_number["104"] == "2031-Q1"
    assert by_number["117"] == "2031-Q2"
    assert by_number["98"] == "2031-Q3"


def test_an_ordinal_quarter_alone_is_the_fiscal_years() -> None:
    by_number = _periods("The fourth quarter, July through September, added 98 arrests.")
    assert by_number["98"] == "2031-Q3"


def test_months_stated_with_their_year_hold() -> None:
    # the stated months outrank the count: the ordinal is not recomputed
    by_number = _periods(
        "In the first quarter of the fiscal year, October to December 2030, officers made 91 "
        "drug arrests."
    )
    assert by_number["91"] == "2030-Q4"


def test_a_calendar_year_report_is_left_alone() -> None:
    text = FISCAL.replace(
        "during fiscal year 2031, which ran from Oct. 1, 2030, through Sept. 30, 2031",
        "in 2031",
    ).format(
        quarters="Officers made 91, 104, 117 and 98 drug arrests in the first, second, third "
        "and fourth quarters, respectively."
    )
    draft = sentences.drafted(text.replace("fiscal 2031", "2031"), NOVEMBER)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    # no October-September year: no quarter of one
    assert "2030-Q4" not in {by_number[n] for n in ("91", "104", "117", "98")}


JULY = date(2031, 7, 9)
#: a made-up machine-translated city bureau release on last year and this year's first half
TRANSLATED = (
    "Lakeview city public security bureau notify drug prohibition work\n\n"
    "On July 8, Lakeview City Public Security Bureau held news release meeting, notify 2030 year "
    "and this year January to June whole city drug prohibition work situation.\n\n"
    "This year January to June, the city's public security organs cracked drug criminal cases "
    "143 pieces, arrested criminal suspects 188 people.\n\n"
    "{since}\n"
)


def test_a_running_total_since_the_year_an_action_launched() -> None:
    text = TRANSLATED.format(
        since='Since 2028 "River Guard" special action launched, whole city public security '
        "organs cumulative destroyed drug trafficking networks 19, cut off several channels."
    )
    draft = sentences.drafted(text, JULY)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["19"] == "2028-01-01/2031-06-30"


def test_a_year_not_opening_on_since_stays_a_year() -> None:
    text = TRANSLATED.format(
        since='The "River Guard" special action launched in 2028 has destroyed networks 19, '
        "cut off several channels."
    )
    draft = sentences.drafted(text, JULY)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert not by_number["19"].startswith("2028-01-01/")


MAY = date(2031, 5, 14)
#: a made-up force's year-ending-March release with an operation over one quarter
OPERATION_QUARTER = (
    "Harbourside Constabulary closes 61 county lines in a year\n\n"
    "Harbourside Constabulary closed 61 county lines in the year ending 31 March 2031, new "
    "figures published today show, with many shut during a winter operation.\n\n"
    "Operation Lantern ran throughout the October to December quarter and targeted lines run "
    "into the county's towns. {during} officers closed 17 county lines, arrested 122 people for "
    "supply offences and charged 80 of them.\n\n"
    "Over the year, officers executed 240 drugs warrants.\n"
)


def test_the_operation_refers_back_to_its_quarter() -> None:
    text = OPERATION_QUARTER.format(during="During the operation")
    draft = sentences.drafted(text, MAY)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["122"] == "2030-Q4"
    assert by_number["80"] == "2030-Q4"
    # the year's own figures keep the year
    assert by_number["240"] == "FY2031"


def test_a_year_long_operation_is_no_span_to_refer_back_to() -> None:
    # a whole year is no span of the operation's: "During the operation" keeps the report's year
    text = OPERATION_QUARTER.replace("the October to December quarter", "2030").format(
        during="During the operation"
    )
    draft = sentences.drafted(text, MAY)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["122"] == "FY2031"


def test_a_since_heading_does_not_take_the_clause_below_it() -> None:
    # the heading "Since 2028" is its own line: the clause below dates its event by its month
    text = TRANSLATED.format(
        since="Since 2028\n\nSince the programme began its strategy in March 2028, officers "
        "have dismantled 19 networks."
    )
    draft = sentences.drafted(text, JULY)
    by_number = {str(m.mention.number): m.period for m in draft.measurements}
    assert by_number["19"].startswith("2028-03-01/")
