"""English reports, issue 14 round 17 (periods, branch pe18). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

MIDYEAR = date(2031, 7, 9)


def figure(text: str, quote_start: str, published: date = MIDYEAR) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


def test_a_total_since_an_undated_launch_runs_from_the_launch_an_earlier_sentence_dates() -> None:
    text = (
        "Harbour Police annual review 2030\n\n"
        "In 2030 the Harbour Police made 4,120 drug arrests.\n\n"
        "Operation Lantern, a drive against street dealing, was launched in September 2027. "
        "During 2030 it led to 610 arrests. Since its launch, 2,950 people have been arrested "
        "under the operation.\n\n"
        "The harbour's dog unit, which the force established in May 2028, has become vital. "
        "Since its establishment it has found 1,300 parcels of drugs.\n\n"
        "The river patrol was set up in 2029. In 2030 the patrol stopped 77 boats, the most "
        "since its launch."
    )
    published = date(2031, 4, 2)
    assert figure(text, "2,950 people", published).period == "2027-09-01/2030-12-31"
    assert figure(text, "1,300 parcels", published).period == "2028-05-01/2030-12-31"
    # a record ("the most since its launch") is no running total, and a count of the year is new
    assert figure(text, "77 boats", published).period == "2030"
    assert figure(text, "610 arrests", published).period == "2030"


def test_a_statutes_number_or_a_bodys_founding_year_is_no_period() -> None:
    text = (
        "Border police results for 2030\n\n"
        "In 2030 the border police seized 640 kilograms of cocaine.\n\n"
        "Under Decree 77/2016, a first possession offence may be referred to a health board; "
        "912 persons were referred in this way. Under the Narcotics Act as amended in 2019, 88 "
        "persons received a fine. Heroin seizures reached 96 kilograms, the largest amount since "
        "the unit was created in 2011. The port patrol, which dates back to 1979, searched 4,400 "
        "containers."
    )
    published = date(2031, 3, 2)
    for quote in ("912 persons", "88", "96 kilograms", "4,400 containers"):
        assert figure(text, quote, published).period == "2030", quote
