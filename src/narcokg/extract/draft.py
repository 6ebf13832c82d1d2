"""Assemble a reviewable fact file from a report: every statistic with its exact quote, measure,
value and bounds, unit, period, region, agency, operation, a confidence, and ``review`` notes for
whatever a person should check. Uncertain facts are kept and flagged, never dropped or guessed
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from narcokg.extract import actors, gazetteer, measures, nonstats, periods
from narcokg.extract.figures import Mention, find_figures
from narcokg.extract.garbles import find_garbles
from narcokg.extract.placing import home_region
from narcokg.extract.text import Sentence, split_sentences


@dataclass(frozen=True)
class DraftOperation:
    slug: str
    label: str
    quote: str
    within: str | None
    regions: tuple[str, ...]
    regions_complete: bool
    period: str
    conducted_by: tuple[str, ...]


@dataclass
class DraftMeasurement:
    id: str
    mention: Mention
    measure: str
    unit: str
    period: str
    regions: tuple[str, ...]
    agency: str | None = None
    operation: str | None = None
    within: str | None = None
    change_of: str | None = None
    confidence: float = 0.9
    review: list[str] = field(default_factory=list)


@dataclass
class Draft:
    doc_id: str
    file: str
    title: str
    published: date
    text: str
    publisher: str | None
    translated_from: str | None
    agencies: dict[str, actors.Agency]
    operations: list[DraftOperation]
    measurements: list[DraftMeasurement]


@dataclass(frozen=True)
class _Context:
    """Everything found in the document that figures take their context from."""

    text: str
    sentences: list[Sentence]
    published: date
    regions: list[gazetteer.Mention]
    country: str | None
    home: str | None
    periods: list[periods.PeriodMention]
    default_period: str
    agencies: list[gazetteer.Mention]
    operations: list[gazetteer.Mention]
    #: the figures of each sentence, by sentence index (filled once they are found)
    figures: dict[int, list[Mention]] = field(default_factory=dict)


def draft_document(
    text: str, doc_id: str, published: date, *, file: str, gazetteer_file: Path
) -> Draft:
    """The draft fact file of one document."""
    from narcokg.extract.assemble import assemble_measurements, operations_of

    sentences = split_sentences(text)
    context, agencies = _context(text, sentences, published, gazetteer_file)
    mentions = [sentence_mentions(s) for s in sentences]
    context.figures.update(enumerate(mentions))
    operations = operations_of(context)
    found = assemble_measurements(context, mentions, operations)
    repaired = any(m.mention.repair for m in found)
    return Draft(
        doc_id=doc_id,
        file=file,
        title=_title(text, file),
        published=published,
        text=text,
        publisher=context.agencies[0].key if context.agencies else None,
        translated_from="zh" if repaired else None,
        agencies=agencies,
        operations=operations,
        measurements=found,
    )


def _context(
    text: str, sentences: list[Sentence], published: date, gazetteer_file: Path
) -> tuple[_Context, dict[str, actors.Agency]]:
    known = gazetteer.load_regions(gazetteer_file)
    country = gazetteer.main_country(gazetteer.find_regions(text, known, None), known)
    regions = gazetteer.find_regions(text, known, country)
    named = periods.national_fiscal_years(periods.find_periods(text, published), country)
    agency_mentions, agencies = actors.find_agencies(text, list(known))
    context = _Context(
        text=text,
        sentences=sentences,
        published=published,
        regions=regions,
        country=country,
        home=home_region(regions, known, country),
        periods=named,
        default_period=periods.default_period(named, published),
        agencies=agency_mentions,
        operations=actors.find_operations(text),
    )
    return context, agencies


def sentence_mentions(sentence: Sentence) -> list[Mention]:
    """The statistics of one sentence: repaired garbles first, then the plain figures."""
    found = find_garbles(sentence)
    for match, mention in find_figures(sentence):
        if any(m.start < mention.end and mention.start < m.end for m in found):
            continue
        if nonstats.reason_not_statistic(sentence.text, match) is not None:
            continue
        if match["den"]:
            mention = mention.with_notes(f"a share: {match.group()!r}; the value is the part")
        found.append(mention)
    from narcokg.extract.bare import borrow_nouns

    return borrow_nouns(sentence, sorted(found, key=lambda m: m.start))


def _title(text: str, file: str) -> str:
    first = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first) <= 160 and not re.search(r"[.!?]$", first):
        return first
    return f"Draft of {file}"


def measure_of(mention: Mention, sentence: Sentence) -> measures.Counted:
    """The measure and unit a (non-change) figure counts."""
    if mention.unit in {"percent", "per-mille"}:
        rate = measures.rate_measure(mention.noun, sentence.text)
        return measures.Counted(rate.measure, mention.unit, rate.known)
    mass = mention.unit in {"tonne", "kilogram", "gram", "pound", "milligram"}
    offset = mention.start - sentence.start
    before = " ".join(sentence.text[:offset].split()[-1:])
    after = re.split(r"[,;.]", sentence.text[mention.end - sentence.start :], maxsplit=1)[0]
    around = f"{before}|{after}"  # the verb before it, then the clause after it
    return measures.classify(mention.noun, sentence.text, mention.unit, mass, around=around)
