"""English reports, issue 14 round 17 (periods, branch pe18). Made-up sentences; each rule has a
case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

MIDYEAR = date(2031, 7, 9)


def figure(text: str, quote_start: str, published: date = MIDYEAR) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, published)


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
