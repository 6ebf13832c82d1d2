"""Issue 14 round 41 (periods, branch eng-pe42): the day a named year "ended on" restates the
year. Made-up releases; each rule test fails without its rule, and each rule has a case it must
not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

NOVEMBER = date(2032, 11, 2)

# --- "the financial year 2031/32, which ended on 31 March 2032" ---------------------------------

_FORCE = (
    "Northmoor Police - News\n\n"
    "Dealers charged as Northmoor Police publish drug figures\n\n"
    "Published: 2 November 2032\n\n"
    "Northmoor Police charged 212 people with drug supply in the financial year 2031/32, which "
    "ended on 31 March 2032, up from 180 in 2030/31.\n\n"
    "Officers seized 9.3 kilograms of heroin during the year, most of it from couriers stopped "
    "on the trunk roads into the county's two largest towns.\n\n"
    "April to September 2032\n\n"
    "In the six months from April to September 2032, the force charged 118 people. Officers made "
    "640 drug arrests between April and September.\n\n"
    "Partner figures\n\n"
    "The regional unit charged 37 people linked to the county in 2031/32.\n"
)


def test_the_day_a_year_ended_on_counts_as_the_year() -> None:
    found = sentences.by_quote(_FORCE, NOVEMBER)
    # the lead's year, no longer outnumbered by the half named in a later section
    assert sentences.starting(found, "9.3").period == "FY2032"
    assert sentences.starting(found, "118").period == "2032-04-01/2032-09-30"


def test_a_day_no_year_ended_on_stays_a_day() -> None:
    text = (
        "Northmoor Police - News\n\n"
        "Published: 2 November 2032\n\n"
        "Northmoor Police charged 212 people with drug supply in the financial year 2031/32. "
        "The custody suite held 41 people on 31 March 2032.\n"
    )
    found = sentences.by_quote(text, NOVEMBER)
    assert sentences.starting(found, "41").period == "2032-03-31"


# --- "on that date", "that day": the day named before -------------------------------------------

FEBRUARY = date(2033, 2, 9)


def test_a_share_on_that_date_stands_on_the_day_named_before() -> None:
    text = (
        "Elmford County Sheriff's Office\n\n"
        "Annual drug enforcement review for 2032\n\n"
        "Deputies made 1,204 drug arrests in 2032, up from 1,090 the year before.\n\n"
        "On December 31, 2032, the county jail held 388 inmates. About 41 percent of them were "
        "held on drug charges on that date, and 57 inmates were in the jail's treatment unit "
        "that day.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    assert sentences.starting(found, "About 41").period == "2032-12-31"
    assert sentences.starting(found, "57").period == "2032-12-31"


def test_the_same_date_a_year_earlier_is_not_that_day() -> None:
    text = (
        "Elmford County Sheriff's Office\n\n"
        "Annual drug enforcement review for 2032\n\n"
        "Deputies made 1,204 drug arrests in 2032, up from 1,090 the year before.\n\n"
        "On December 31, 2032, 96 people were held awaiting trial on drug charges, compared "
        "with 71 on the same date a year earlier.\n"
    )
    found = sentences.by_quote(text, FEBRUARY)
    assert sentences.starting(found, "71").period != "2032-12-31"


# --- a machine translation's bare "compare 2031 year" -------------------------------------------

_MT = (
    "Lingshan city public security bureau hold news conference: drug cases fall\n\n"
    "Source: Lingshan Municipal Public Security Bureau   Release time: 2033-03-10 09:00\n\n"
    "On March 9, Lingshan Municipal Public Security Bureau hold news conference, notify 2032 "
    "year whole city drug prohibition work situation.\n\n"
    "2032 year, whole city public security organs cracked drug criminal cases 214 pieces, "
    "{base} fall 5.2%, arrested drug crime suspects 287 people, seized various drugs 41.3 "
    "kilograms.\n"
)


def test_compare_a_year_without_with_names_the_base_year() -> None:
    found = sentences.by_quote(_MT.format(base="compare 2031 year"), date(2033, 3, 10))
    assert sentences.starting(found, "287").period == "2032"


def test_compare_with_no_year_after_it_leaves_the_year() -> None:
    # "compare" before no year names no base: the year opening the sentence stays the figures'
    found = sentences.by_quote(_MT.format(base="compare province average"), date(2033, 3, 10))
    assert sentences.starting(found, "287").period == "2032"
