"""Round 17: the earlier level of a share is the same share ("found fentanyl in 64% of them, up
from 52% in 2023", "accounted for 46% of all drug offences, compared with 71% a decade
earlier"): a percentage right after a comparison cue whose own words name no whole or part
takes the measure of the share it is compared with, the level before it in its sentence.
Round 23: also of a rate a proposal named by its own words ("the immediate custody rate stood at
31%, against 29% in 2024", "a rate of 146.2 per 100,000 population, up from 140.8"), in its unit.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: A comparison right before the earlier level: "up from", "down from", "compared with".
_COMPARED = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+(?:\w+\s+)?from"
    r"|\bcompared\s+(?:with|to)|\bagainst|\bversus"
    r"|\bto\s+[\d.]+\s*(?:%|per\s?cent)\s+from)"  # round 20: "rose to 8.1% from 6.0%"
    r"\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)


def share_bases(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each earlier level of a share the measure of the share it is compared with."""
    for index, fact in enumerate(found):
        if not _bare_share(fact) or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        if not _COMPARED.search(context.text[sentence.start : fact.mention.start]):
            continue
        current = _level_before(found[:index], fact)
        if current is None or not _narrower(current.measure, fact.measure):
            continue
        rename(fact, current.measure)
        fact.review.append(f"measure: the earlier level of {current.id!r}, the same share")


def _bare_share(fact: DraftMeasurement) -> bool:
    if fact.unit == "per-100000":
        return fact.measure == "share"  # round 23: a bare level per 100,000 names nothing
    return fact.unit == "percent" and fact.measure.startswith("share")


def _level_before(
    earlier: list[DraftMeasurement], fact: DraftMeasurement
) -> DraftMeasurement | None:
    """The last share of the sentence before ``fact`` that is a level, not a change."""
    same = [f for f in earlier if f.mention.sentence == fact.mention.sentence]
    last = same[-1] if same else None
    if last is None or last.change_of or last.unit != fact.unit:
        return None
    named = _registry_level(last.measure) or _NAMED_RATE.search(last.measure)
    return last if (_bare_share(last) and last.unit == "percent") or named else None


#: Round 23: a rate a proposal named by its own words ("immediate-custody-rate").
_NAMED_RATE = re.compile(r"^(?!share\b|percentage-)[a-z-]+-(?:rate|ratio)$")


def _registry_level(measure: str) -> bool:
    """Round 20: a level the registry names ("drug-use-prevalence", "conviction-rate"), not a
    change ("percentage-increase")."""
    from narcokg.model.registry import registry

    return measure in registry().measures and not measure.startswith("percentage-")


def _narrower(current: str, own: str) -> bool:
    """The share compared with names more than the earlier level's own words ("share" or only
    the whole, "share-of-deaths", against "share-of-deaths-benzodiazepines"); round 20: a
    registry level names more than a bare "share"."""
    if _registry_level(current) or _NAMED_RATE.search(current):
        return own == "share"
    return current != own and (own == "share" or current.startswith(own + "-"))
