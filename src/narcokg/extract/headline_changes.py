"""Round 28: a headline change ("Drug arrests up 18% in 2025") changes the body's current figure.

A change stated before any level figure of a known measure (the report's title or lead) has no
base near it; the body then states the current figure beside the earlier one it is compared
with ("Police arrested 158 people in 2025, up from 134 in 2024"). The keys link the headline
change to that current figure: the first figure of the change's period that its own sentence
compares with an earlier figure of the same measure, preferring one whose measure the words
before the change name ("methamphetamine seizures up 88 per cent").
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.model.registry import registry

_CHANGE_UNITS = {"percent", "fold", "percentage-point"}
_UNSTATED = "the figure this change refers to is not stated"
#: How far back the headline's subject may start (characters).
_REACH = 60
#: Stems of a measure's name too common to tell one measure from another.
_GENERIC = {"drug", "crim", "rela", "illi", "numb", "tota"}


def headline_changes(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Link each unlinked change stated before the report's first level figure to the body's
    first compared current figure of its period (the one its words name, if any)."""
    known = registry().measures
    levels = [f.mention.start for f in found if f.unit not in _CHANGE_UNITS and f.measure in known]
    if not levels:
        return
    for change in found:
        if change.mention.start > levels[0] or not _unlinked(change):
            continue
        compared = [f for f in found if _compared_current(f, change, found)]
        if not compared and not _names_period(context, change):
            # (round 39) a headline naming no period ("closes 26 per cent more county lines as
            # half-year figures published") had the report's; the figure it changes has its own
            compared = [f for f in found if _compared_current(f, change, found, any_period=True)]
        if not compared:
            continue
        named = _stems(_subject(context, change))
        base = max(compared, key=lambda f: len(_stems(f.measure) & named))
        change.period = base.period
        change.change_of = base.id
        change.regions, change.agency = base.regions, base.agency
        change.review = [n for n in change.review if n != _UNSTATED and not n.startswith("region")]
        change.review.append(f"a headline change: linked to the body's compared figure {base.id!r}")
        if not change.regions:  # an unplaced base leaves the change unplaced: say so too
            change.review.append("no region found: add one")


def _subject(context: DraftContext, change: DraftMeasurement) -> str:
    """The words just before the change, back to a clause break: "fatal overdoses down"."""
    sentence = context.sentences[change.mention.sentence]
    before = context.text[sentence.start : change.mention.start][-_REACH:]
    return re.split(r"[:;,.\n]|\s[-\u2013\u2014]\s", before)[-1]


def _unlinked(fact: DraftMeasurement) -> bool:
    return fact.unit in _CHANGE_UNITS and not fact.change_of and _UNSTATED in fact.review


def _names_period(context: DraftContext, change: DraftMeasurement) -> bool:
    """The change's own sentence names a period."""
    sentence = context.sentences[change.mention.sentence]
    return any(sentence.start <= p.start < sentence.end for p in context.periods)


def _compared_current(
    fact: DraftMeasurement,
    change: DraftMeasurement,
    found: list[DraftMeasurement],
    *,
    any_period: bool = False,
) -> bool:
    """``fact`` is a level of the change's period (with ``any_period``, of any) after it,
    followed in its own sentence by a figure of the same measure and another period (the
    earlier figure it is compared with)."""
    if fact.mention.start <= change.mention.start or fact.unit in _CHANGE_UNITS:
        return False
    if fact.period != change.period and not any_period:
        return False
    return any(
        other.mention.sentence == fact.mention.sentence
        and other.mention.start > fact.mention.start
        and other.measure == fact.measure
        and other.period != fact.period
        for other in found
    )


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    return {w[:4] for w in words if len(w) > 2} - _GENERIC
