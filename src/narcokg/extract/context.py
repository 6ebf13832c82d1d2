"""One figure -> one drafted measurement: measure, unit, period, region, agency, operation,
confidence and review notes."""

from __future__ import annotations

import re

from narcokg.extract import periods
from narcokg.extract.changes import Change
from narcokg.extract.drafts import (
    DraftContext,
    DraftMeasurement,
    DraftOperation,
    measure_of,
    nearest,
    period_of,
)
from narcokg.extract.figures import Mention
from narcokg.extract.measures import count_unit
from narcokg.extract.text import Sentence
from narcokg.model.regions import region_slug

MASS = {"tonne", "kilogram", "gram", "pound", "milligram"}


def figure_fact(
    context: DraftContext,
    sentence: Sentence,
    mention: Mention,
    operations: list[DraftOperation],
    change: Change | None,
    base: DraftMeasurement | None,
) -> DraftMeasurement:
    review = list(mention.notes)
    if change is not None:
        measure, unit, known = _change_measure(mention, change, review)
    else:
        counted = measure_of(mention, sentence)
        measure, unit, known = counted.measure, counted.unit, counted.known
    if not known:
        review.append(
            f"measure {measure!r} is proposed: map it to a measure of the ontology "
            "or add the concept"
        )
    fact = DraftMeasurement(
        id="", mention=mention, measure=measure, unit=unit, period="", regions=()
    )
    if base is not None:
        fact.period, fact.regions = base.period, base.regions
        fact.agency, fact.operation, fact.change_of = base.agency, base.operation, base.id
    else:
        _place(fact, context, sentence, mention, operations, review)
    fact.within = _within(context.text, mention, sentence)
    fact.review = review
    fact.confidence = _confidence(known, review)
    fact.id = _slug(fact)
    return fact


def _change_measure(mention: Mention, change: Change, review: list[str]) -> tuple[str, str, bool]:
    direction = change.direction.rstrip("?")
    if change.direction.endswith("?"):
        review.append("the text does not say whether this change is a rise or a fall")
    review.extend(change.notes)
    if mention.unit == "fold":
        return f"fold-{direction}", "fold", True
    if mention.unit == "percent":
        return f"percentage-{direction}", "percent", True
    kind = "mass" if mention.unit in MASS else "absolute"
    unit = mention.unit or count_unit(mention.noun) or "case"
    return f"{kind}-{direction}", unit, True


def _place(
    fact: DraftMeasurement,
    context: DraftContext,
    sentence: Sentence,
    mention: Mention,
    operations: list[DraftOperation],
    review: list[str],
) -> None:
    fact.period, explicit = period_of(context, sentence, mention.start, mention.end)
    before = context.text[max(0, mention.start - 6) : mention.start]
    if re.search(r"\bfrom\s+$", before) and (earlier := periods.previous_year(fact.period)):
        if not _period_right_after(context, mention):
            fact.period = earlier
            review.append(
                "the earlier figure of a 'from … to …' comparison: period assumed "
                "to be the one before"
            )
    elif not explicit:
        review.append(f"period {fact.period!r} taken from the context, not the sentence")
    region, _own = nearest(context.regions, sentence, context, mention.start, mention.end)
    if region is None and context.country:
        review.append(f"region {context.country!r} is the document's country, not stated here")
    fact.regions = (region.key,) if region else ((context.country,) if context.country else ())
    if not fact.regions:
        review.append("no region found: add one")
    agency, _ = nearest(
        context.agencies, sentence, context, mention.start, mention.end, before_only=True
    )
    fact.agency = agency.key if agency else None
    fact.operation = _operation(context, sentence, mention, operations)


def _period_right_after(context: DraftContext, mention: Mention) -> bool:
    return any(0 <= p.start - mention.end <= 1 for p in context.periods)


def _operation(
    context: DraftContext, sentence: Sentence, mention: Mention, operations: list[DraftOperation]
) -> str | None:
    name, _ = nearest(
        context.operations, sentence, context, mention.start, mention.end, before_only=True
    )
    if name is None:
        return None
    return next((op.slug for op in operations if op.label == name.key), None)


def _within(text: str, mention: Mention, sentence: Sentence) -> str | None:
    if text.count(mention.quote) <= 1:
        return None
    return sentence.text


def _confidence(known: bool, review: list[str]) -> float:
    score = 0.95 - (0.0 if known else 0.3) - 0.1 * len(review)
    return round(max(score, 0.2), 2)


def _slug(fact: DraftMeasurement) -> str:
    region = region_slug(fact.regions[0]) if fact.regions else "unknown"
    return f"{region}-{fact.measure}"[:60].rstrip("-")
