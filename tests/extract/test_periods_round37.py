"""Issue 14 round 37 (periods, branch eng-pe38): a half of a fiscal year is its six months, and a
fiscal year the text says "ended" on a day runs to that month. Made-up releases; each rule test
fails without its rule, and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.fiscal_years import national_fiscal_years
from narcokg.extract.periods import find_periods
from tests.extract import sentences

MAY = date(2031, 5, 6)
NOVEMBER = date(2031, 11, 4)


def _labels(
    text: str, published: date, country: str | None, state: str | None = None
) -> dict[str, str]:
    found = national_fiscal_years(find_periods(text, published), country, state, published)
    return {text[p.start : p.end]: p.label for p in found}


def _of(labels: dict[str, str], words: str) -> str:
    """The label of the one mention whose words end with ``words`` (its preposition aside)."""
    found = [label for said, label in labels.items() if said.endswith(words)]
    assert len(found) == 1, labels
    return found[0]


# --- a half of a fiscal year ------------------------------------------------------------------


def test_a_named_half_is_the_first_six_months_of_the_countrys_year() -> None:
    text = "Officers seized 4,120 pounds of narcotics during the first half of fiscal year 2031."
    labels = _labels(text, MAY, "United States")
    assert _of(labels, "the first half of fiscal year 2031") == "2030-10-01/2031-03-31"
    # an April-March year's second half, and FY written short
    text = "Arrests rose in the second half of FY2031 as the unit grew."
    assert _of(_labels(text, MAY, "United Kingdom"), "the second half of FY2031") == (
        "2030-10-01/2031-03-31"
    )


def test_a_half_without_a_year_is_the_reports_own_years() -> None:
    release = (
        "Border office drug seizures in fiscal 2031\n\n"
        "LAREDO, Nov. 4, 2031 - Officers of the Ridge Port Office seized 2,460 pounds of "
        "narcotics during fiscal year 2031, which ran from Oct. 1, 2030, through Sept. 30, 2031."
        "\n\nThe pace picked up over the year. In the first half of the fiscal year, October "
        "through March, officers seized 1,020 pounds of narcotics, and 98 arrests came during "
        "those six months.\n"
    )
    found = sentences.by_quote(release, NOVEMBER)
    assert sentences.starting(found, "1,020").period == "2030-10-01/2031-03-31"
    assert sentences.starting(found, "2,460").period == "2030-10-01/2031-09-30"


def test_the_half_rule_leaves_other_halves_alone() -> None:
    text = (
        "Officers closed 31 lines in the first half of 2031 and 18 between April and September "
        "2031, the first half of the financial year ending March 2032; the plan covers the second "
        "half of the fiscal year 2030-2031."
    )
    labels = _labels(text, NOVEMBER, "United Kingdom")
    assert _of(labels, "the first half of 2031") == "2031-H1"
    assert "the first half of the financial year" not in labels
    assert not any(label.startswith("the second half of the fiscal") for label in labels)


# --- a fiscal year that "ended" on a day ---------------------------------------------------------


def test_a_year_that_ended_in_september_runs_october_to_september() -> None:
    # a report about one state whose own year runs September to August (Texas)
    text = (
        "Agents seized 9,400 pounds of narcotics during fiscal year 2031, which ended Sept. 30, "
        "compared with 8,100 pounds in fiscal year 2030."
    )
    labels = _labels(text, NOVEMBER, "United States", "Texas")
    assert _of(labels, "fiscal year 2031") == "2030-10-01/2031-09-30"
    assert _of(labels, "fiscal year 2030") == "2029-10-01/2030-09-30"
    text = (
        "The department made 640 drug arrests in fiscal year 2031, the twelve months that ended "
        "September 30."
    )
    labels = _labels(text, NOVEMBER, "United States", "Arizona")  # a state's July-June year
    assert _of(labels, "fiscal year 2031") == "2030-10-01/2031-09-30"


def test_the_ended_rule_leaves_split_and_federal_years_alone() -> None:
    # a split year is no year named alone; a federal year stays for `federal_years` to move
    text = (
        "The state seized 310 pounds in fiscal year 2030-31, which ended June 30, and the task "
        "force 90 pounds in federal fiscal year 2031."
    )
    labels = {text[p.start : p.end]: p.label for p in find_periods(text, NOVEMBER)}
    assert _of(labels, "fiscal year 2030-31") == "FY2031"
    assert _of(labels, "federal fiscal year 2031") == "FY2031"
    # a state year that ended in June leaves a federal year named beside it
    text = (
        "Troopers seized 120 pounds in state fiscal year 2031, which ended June 30; the DEA seized "
        "400 pounds in federal fiscal year 2031."
    )
    labels = {text[p.start : p.end]: p.label for p in find_periods(text, NOVEMBER)}
    assert _of(labels, "state fiscal year 2031") == "2030-07-01/2031-06-30"
    assert _of(labels, "federal fiscal year 2031") == "FY2031"


# --- a fiscal year defined in brackets after a noun it qualifies -------------------------------


def test_a_bracketed_definition_after_a_noun_fixes_the_year() -> None:
    text = (
        "Under the outreach plan funded in the city's Fiscal Year 2031 budget (October 1, 2030, "
        "through September 30, 2031), officers handed out 2,140 naloxone kits."
    )
    labels = _labels(text, NOVEMBER, "United States", "Virginia")  # a state's July-June year
    assert _of(labels, "Fiscal Year 2031") == "2030-10-01/2031-09-30"


def test_a_bracket_that_names_no_months_defines_nothing() -> None:
    text = "Officers made 615 arrests, as the fiscal year 2031 report (page 4) shows."
    labels = _labels(text, NOVEMBER, "United States", "Virginia")
    assert _of(labels, "fiscal year 2031") == "2030-07-01/2031-06-30"
