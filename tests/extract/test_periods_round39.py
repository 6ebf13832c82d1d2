"""Issue 14 round 39 (periods, branch eng-pe40): a half of a split year and a fiscal year the lead
names before a shorter span; a headline change naming no period; a part of a group counted
before it. Made-up releases; each rule test fails without its rule, and each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

NOVEMBER = date(2032, 11, 3)
FEBRUARY = date(2032, 2, 11)

# --- a financial year the lead names first, and a half of a split year -------------------------

_FORCE = (
    "Eastshire Constabulary\n\n"
    "Force closes 31 per cent more county lines as half-year results published\n\n"
    "3 November 2032\n\n"
    "Eastshire Constabulary has published its drug supply results for the 2031/32 financial "
    "year, which ran from April 2031 to March 2032, together with its figures for the first six "
    "months of 2032/33.\n\n"
    "Between April and September 2032, officers closed 63 county lines, against 48 in the same "
    "six months of 2031.\n\n"
    "Over the year the force seized 214 firearms and safeguarded 377 children.\n"
)


def test_the_lead_s_financial_year_named_first_is_the_report_s() -> None:
    found = sentences.by_quote(_FORCE, NOVEMBER)
    # "Over the year": the 2031/32 year the lead names before the half, not the half
    assert sentences.starting(found, "214").period == "FY2032"
    assert sentences.starting(found, "377").period == "FY2032"
    assert sentences.starting(found, "63").period == "2032-04-01/2032-09-30"


def test_a_half_of_a_split_year_is_that_fiscal_year_s_half() -> None:
    text = (
        "Eastshire Constabulary\n\n"
        "First half of 2032/33\n\n"
        "The force arrested 412 people on suspicion of supplying drugs in the first half of "
        "2032/33.\n\nDuring the second six months of 2031/32, officers seized 37 firearms.\n"
    )
    found = sentences.by_quote(text, NOVEMBER)
    assert sentences.starting(found, "412").period == "2032-04-01/2032-09-30"
    assert sentences.starting(found, "37").period == "2031-10-01/2032-03-31"


def test_a_half_named_before_the_year_in_the_lead_stays_the_report_s() -> None:
    text = (
        "Eastshire Constabulary\n\n"
        "County lines closures up 20 per cent\n\n"
        "3 November 2032\n\n"
        "Eastshire Constabulary closed 60 county lines between April and September 2032, "
        "compared with 50 in the same six months of 2031, the force said today in its update.\n\n"
        "Officers also seized 41 firearms. In the financial year 2031/32, from April 2031 to "
        "March 2032, the force closed 101 county lines.\n"
    )
    found = sentences.by_quote(text, NOVEMBER)
    assert sentences.starting(found, "41").period == "2032-04-01/2032-09-30"


# --- a headline change naming no period ---------------------------------------------------------


def test_a_headline_change_without_a_period_takes_its_figure_s() -> None:
    found = sentences.by_quote(_FORCE, NOVEMBER)
    change = sentences.starting(found, "31 per cent")
    assert change.period == "2032-04-01/2032-09-30"
    assert change.change_of == sentences.starting(found, "63").id


def test_a_headline_change_with_its_own_period_keeps_it() -> None:
    text = (
        "Eastshire Constabulary\n\n"
        "Drug arrests up 20 per cent in 2031\n\n"
        "3 February 2032\n\n"
        "Eastshire Constabulary has published its review of drug enforcement in the county in "
        "2031, covering arrests, seizures and the county lines it closed.\n\n"
        "Officers arrested 600 people in 2031, compared with 500 in 2030.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    assert sentences.starting(found, "20 per cent").period == "2031"


# --- a part of a group counted before it --------------------------------------------------------

_JAIL = (
    "Ridge County drug enforcement, 2031\n\n"
    "The Ridge County Sheriff's Office today published its review of drug enforcement in the "
    "county during 2031, covering arrests, prosecutions and the county jail.\n\n"
)


def test_a_part_of_a_group_counted_at_a_day_stands_on_that_day() -> None:
    text = _JAIL + (
        "On December 31, 2031, the jail held 240 inmates. Of those, 81 were held on drug "
        "charges.\n\n"
        "The jail's population stood at 64 on December 31, and 22 of those inmates were held "
        "on drug charges.\n\n"
        "On December 31, 2031, the county's work release centre held 57 inmates, 19 of whom "
        "were serving drug sentences.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    assert sentences.starting(found, "19").period == "2031-12-31"
    assert sentences.starting(found, "81").period == "2031-12-31"
    assert sentences.starting(found, "22").period == "2031-12-31"


def test_a_part_of_a_group_counted_over_the_year_keeps_the_year() -> None:
    text = _JAIL + (
        "Deputies arrested 311 people in 2031. Of those, 97 were charged with trafficking.\n\n"
        "On December 31, 2031, 880 people were on the county's drug register. During the year, "
        "212 of them were referred to treatment.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    assert sentences.starting(found, "97").period == "2031"
    assert sentences.starting(found, "212").period == "2031"  # its own span, not the day


def test_a_part_of_the_year_s_group_takes_the_group_s_shorter_period() -> None:
    text = (
        "Ridge County Medical Examiner\n\n"
        "The Ridge County Medical Examiner today published its final count of overdose deaths "
        "for 2031, with provisional figures for the first six months of 2032.\n\n"
        "The office recorded 612 overdose deaths from January through June 2032, against 700 in "
        "the first half of 2031. Fentanyl was involved in 402 of the 2032 deaths.\n\n"
        "In 2031 the office recorded 1,390 overdose deaths; fentanyl was involved in 911 of the "
        "2031 deaths.\n"
    )
    found = sentences.by_quote(text, date(2032, 8, 20))
    assert sentences.starting(found, "402").period == "2032-H1"
    assert sentences.starting(found, "911").period == "2031"  # its group is the whole year


# --- a year dating a law's amendment ------------------------------------------------------------


def test_a_year_dating_an_amendment_is_no_figure_s_period() -> None:
    text = (
        "Harbour District Police\n\n"
        "Drug results for the year to June 2032\n\n"
        "Harbour District Police today published its drug enforcement results for the year to "
        "30 June 2032, covering seizures, arrests and people warned instead of prosecuted.\n\n"
        "A further 940 people came to Police attention for possession. Of these, 611 were "
        "warned instead of being prosecuted, as the Misuse of Drugs Act allows since its 2019 "
        "amendment. Another 85 were referred to a health service under the 2019 amendment to "
        "the Act.\n"
    )
    found = sentences.by_quote(text, date(2032, 8, 14))
    assert sentences.starting(found, "611").period == "2031-07-01/2032-06-30"
    assert sentences.starting(found, "85").period == "2031-07-01/2032-06-30"


def test_a_year_of_a_figure_before_the_word_amendment_s_law_is_kept() -> None:
    text = (
        "Harbour District Police\n\n"
        "Drug results for the year to June 2032\n\n"
        "Harbour District Police today published its drug enforcement results for the year to "
        "30 June 2032, covering seizures, arrests and people warned instead of prosecuted.\n\n"
        "Officers made 312 drug arrests in 2031, before the amendment took effect.\n"
    )
    found = sentences.by_quote(text, date(2032, 8, 14))
    assert sentences.starting(found, "312").period == "2031"
