"""Issue 14 round 40 (periods, branch eng-pe41): a lead sentence ends at its line; "over the six
months" after a year and its half; "during the year" after an operation's months. Made-up
releases; each rule test fails without its rule, and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

NOVEMBER = date(2032, 11, 3)
AUGUST = date(2032, 8, 14)

# --- a lead sentence ends at its line -----------------------------------------------------------

_FORCE = (
    "Project Kestrel: more dealers charged as Westshire Police publish drug figures\n\n"
    "Wednesday 3 November 2032\n\n"
    "Westshire Police has published its drug enforcement figures for the 2031/32 financial year "
    "and for the first six months of 2032/33, showing a rise in dealers charged across the "
    "county.\n\n"
    "During 2031/32, officers working under Project Kestrel, the force's banner for its work "
    "on supply, arrested 940 people on suspicion of drug offences.\n\n"
    "Officers closed 28 county lines during the year and seized 1.2 million pounds in cash.\n\n"
    "First half of 2032/33\n\n"
    "Between April and September 2032, officers made 512 drug arrests. A further 9 county lines "
    "were closed, bringing the total closed since Project Kestrel began in April 2029 to 64.\n\n"
    "Officers also seized 8.4 kilograms of cocaine over the six months, including 3 kilograms "
    "found in a van in August.\n"
)


def test_a_lead_s_half_is_no_operation_s_span_for_the_next_paragraph_s_project() -> None:
    found = sentences.by_quote(_FORCE, NOVEMBER)
    # the lead names the year before its half: the year is the report's
    assert sentences.starting(found, "28").period == "FY2032"
    assert sentences.starting(found, "512").period == "2032-04-01/2032-09-30"


def test_a_lead_sentence_stating_a_projet_s_days_keeps_them() -> None:
    text = (
        "Service de police de Lacville\n\n"
        "Projet Ruisseau dismantles a cocaine network; drug charges up in 2031\n\n"
        "Lacville, Quebec, March 20, 2032 - The Service de police de Lacville today presented the "
        "results of Projet Ruisseau and its drug enforcement figures for 2031. Projet Ruisseau "
        "ran from March 2 to October 27, 2031.\n\n"
        "Projet Ruisseau\n\n"
        "The investigation targeted a group selling cocaine in the city's east end.\n\n"
        "Investigators seized 4.1 kilograms of cocaine and 23 firearms.\n"
    )
    found = sentences.by_quote(text, date(2032, 3, 20))
    assert sentences.starting(found, "4.1").period == "2031-03-02/2031-10-27"


# --- "over the six months" ----------------------------------------------------------------------


def test_over_the_six_months_is_the_six_months_named_last() -> None:
    found = sentences.by_quote(_FORCE, NOVEMBER)
    assert sentences.starting(found, "8.4").period == "2032-04-01/2032-09-30"


def test_over_the_six_months_opening_a_sentence_is_the_half() -> None:
    text = (
        "Eastshire Constabulary\n\n"
        "County lines: results for 2031/32 and the half-year\n\n"
        "3 November 2032\n\n"
        "Eastshire Constabulary has published its county lines results for the 2031/32 "
        "financial year, which ran from April 2031 to March 2032, with figures for April to "
        "September 2032.\n\n"
        "Officers closed 61 county lines in 2031/32.\n\n"
        "Between April and September 2032, the force closed 33 lines. Supply arrests over the "
        "six months reached 212, against 180 a year earlier.\n"
    )
    found = sentences.by_quote(text, NOVEMBER)
    assert sentences.starting(found, "212").period == "2032-04-01/2032-09-30"
    assert sentences.starting(found, "180").period == "2031-04-01/2031-09-30"


def test_a_figure_with_its_own_month_after_the_six_months_keeps_its_month() -> None:
    found = sentences.by_quote(_FORCE, NOVEMBER)
    assert sentences.starting(found, "3 kilograms").period == "2032-08"


# --- "during the year" after an operation's months ----------------------------------------------

_DISTRICT = (
    "Harbour District Police\n\n"
    "Drug results for the year to June 2032\n\n"
    "Harbour District Police today published its drug and organised crime results for the year "
    "to 30 June 2032, covering seizures, arrests and assets restrained.\n\n"
    "District staff seized 31.2 kilograms of methamphetamine, up from 24.0 kilograms in the "
    "previous year.\n\n"
    "Operation Totara\n\n"
    "Operation Totara, a joint investigation with Customs that ran from October 2031 to March "
    "2032, targeted a syndicate importing methamphetamine. The operation resulted in 12 arrests "
    "and the seizure of 21.5 kilograms of methamphetamine.\n\n"
)


def test_during_the_year_after_an_operation_s_months_is_the_report_s_year() -> None:
    text = _DISTRICT + (
        "Police also restrained $4.2 million in cash, vehicles and property during the year under "
        "the Criminal Proceeds (Recovery) Act.\n"
    )
    found = sentences.by_quote(text, AUGUST)
    assert sentences.starting(found, "$4.2").period == "2031-07-01/2032-06-30"
    assert sentences.starting(found, "21.5").period == "2031-10-01/2032-03-31"


def test_during_the_year_after_a_figure_s_own_month_keeps_the_month() -> None:
    text = _DISTRICT + (
        "In March 2032, police restrained $4.2 million in cash, the most in any month during the "
        "year.\n"
    )
    found = sentences.by_quote(text, AUGUST)
    assert sentences.starting(found, "$4.2").period == "2032-03"
