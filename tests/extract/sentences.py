"""Drafting one made-up sentence or paragraph, for the extractor's rule tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from narcokg.extract.draft import Draft, draft_document, draft_with_frame
from narcokg.extract.drafts import DraftMeasurement

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def draft_of(text: str, published: date = date(2024, 3, 1)) -> Draft:
    """The draft of ``text`` under a one-word heading, as a release published on ``published``."""
    return draft_document(
        "Release\n\n" + text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER
    )


def figure(text: str, number: str) -> DraftMeasurement:
    """The one figure drafted with the value ``number`` (commas allowed)."""
    draft = draft_of(text)
    found = [m for m in draft.measurements if m.mention.number == Decimal(number.replace(",", ""))]
    assert len(found) == 1, [m.mention.quote for m in draft.measurements]
    return found[0]


def numbers(text: str) -> list[Decimal]:
    """The values of every figure drafted."""
    return [m.mention.number for m in draft_of(text).measurements]


def drafted(text: str, published: date) -> Draft:
    """The draft of ``text`` as it stands (its own heading), published on ``published``."""
    return draft_document(text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER)


def quoted_figure(text: str, quote_start: str, published: date) -> DraftMeasurement:
    """The one figure drafted whose quote starts with ``quote_start``."""
    measurements = drafted(text, published).measurements
    found = [m for m in measurements if m.mention.quote.startswith(quote_start)]
    assert len(found) == 1, [m.mention.quote for m in measurements]
    return found[0]


def by_quote(text: str, published: date) -> dict[str, DraftMeasurement]:
    """Every figure drafted for ``text`` as it stands, by its quote."""
    return {m.mention.quote: m for m in drafted(text, published).measurements}


# The opening of a made-up machine-translated city bureau release, for rules that read such text.
TRANSLATED_OPENING = (
    "Qujing City anti-drug work summary\n\n"
    "2031 year 1 month 20 day, the city public security bureau hold press conference.\n\n"
)


def translated(text: str) -> dict[str, DraftMeasurement]:
    """Every figure drafted for ``text`` after a translated city release's opening, by quote."""
    return by_quote(TRANSLATED_OPENING + text, date(2031, 1, 20))


def starting(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    """The first figure of ``found`` whose quote starts with ``start``."""
    return next(f for q, f in found.items() if q.startswith(start))


def agency_of(text: str, quote_start: str, published: date) -> str | None:
    """The label of the agency of the first figure whose quote starts with ``quote_start``."""
    made = drafted(text, published)
    fact = next(m for m in made.measurements if m.mention.quote.startswith(quote_start))
    return made.agencies[fact.agency].label if fact.agency else None


def publisher_of(text: str, published: date) -> str | None:
    """The label of the agency the draft of ``text`` takes as the release's publisher."""
    made = drafted(text, published)
    return made.agencies[made.publisher].label if made.publisher else None


def home_region(text: str, published: date) -> tuple[str, ...]:
    """The home region the report's FRAME guesses for ``text`` as it stands."""
    guess = draft_with_frame(text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER)[1]
    assert guess is not None
    return guess.region
