"""English reports, issue 14 round 18 (periods, branch pe19). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

MARCH = date(2031, 3, 2)
HEAD = "Harbour Police annual results 2030\n\nPortmere, 2 March 2031\n\n"


def figure(text: str, quote_start: str, published: date = MARCH) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_a_base_year_with_its_own_when_clause_is_the_base_of_the_other_figures() -> None:
    text = HEAD + (
        "Officers seized 84.2 kilograms of heroin, a 21% decrease from 2029, when officers "
        "seized 106.6 kilograms. Cocaine seizures totaled 12.5 kilograms.\n\n"
        "The unit arrested 2,410 people, 7.3% fewer than in 2029, when 2,600 arrests were "
        "made. Officers also cautioned 310 young people."
    )
    assert figure(text, "84.2").period == "2030"
    assert figure(text, "12.5").period == "2030"  # not carried from the base
    assert figure(text, "310").period == "2030"
    # the figures of the "when" clause keep the base year
    assert figure(text, "106.6").period == "2029"
    assert figure(text, "2,600").period == "2029"


def test_a_year_with_a_when_clause_and_no_comparison_is_a_period() -> None:
    text = HEAD + "In 2029, when the port reopened, officers seized 75 kilograms of cocaine."
    assert figure(text, "75").period == "2029"
