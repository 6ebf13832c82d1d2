"""The whole an earlier phrase named, for a figure that names it by its bare head noun.

A report names what it counts in full once ("commenced 4,318 treatment episodes", "episodes of
alcohol and other drug treatment") and then by the head alone ("2,106 episodes", "63% of
episodes"). Round 22 read that earlier phrase twice, in two ways: ``earlier_heads.py`` from the
last earlier registry count, ``share_wholes.py`` from the text. :func:`earlier_whole` is the one
reading both use: the last earlier registry count whose noun phrase ends in the head after a
modifier, else a phrase of the text before the figure that the registry's trigger names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narcokg.extract.drafts import DraftContext, DraftMeasurement

#: Units of changes, shares and rates: a count never counts what they measure.
_NOT_COUNTS = frozenset({"percent", "fold", "percentage-point", "per-mille"})
#: The last word of a noun phrase, before any "of …" it continues with.
_WORD = re.compile(r"[a-z]+")
#: Wholes a text names with a modifier, by their bare head: the phrase and its registry measure
#: (the registry's own trigger for ``treatment-admissions`` reads both forms).
_TEXT_WHOLES: dict[str, tuple[re.Pattern[str], str]] = {
    "episodes": (
        re.compile(
            r"\btreatment\s+episodes?\b|\bepisodes?\s+of\s+(?:[a-z-]+\s+){0,5}?treatment\b", re.I
        ),
        "treatment-admissions",
    ),
}


@dataclass(frozen=True)
class Whole:
    """What an earlier phrase named: its registry measure, and the figure that named it, if any."""

    measure: str
    figure: DraftMeasurement | None


def earlier_whole(
    context: DraftContext, found: list[DraftMeasurement], fact: DraftMeasurement, head: str
) -> Whole | None:
    """The whole that the last phrase before ``fact`` naming ``head`` with a modifier named: an
    earlier registry count ("treatment episodes" drafted ``treatment-admissions``), else the text
    ("… episodes of alcohol and other drug treatment …")."""
    from narcokg.model.registry import registry

    known = registry().measures
    position = next((i for i, other in enumerate(found) if other is fact), len(found))
    earlier = found[:position]
    for other in reversed(earlier):
        if other.measure in known and _counts(other) and _named_with_modifier(other, head):
            return Whole(other.measure, other)
    named = _TEXT_WHOLES.get(head)
    if named is not None and named[0].search(context.text[: fact.mention.start]):
        return Whole(named[1], None)
    return None


def own_words(fact: DraftMeasurement) -> list[str]:
    """The words of a figure's noun phrase before any "of …", without a participle after its
    head ("treatment episodes commenced": treatment, episodes)."""
    words = _WORD.findall(fact.mention.noun.lower().split(" of ")[0])
    while len(words) > 1 and words[-1].endswith("ed"):
        words.pop()
    return words


def _counts(fact: DraftMeasurement) -> bool:
    """A count, not a change, share or rate."""
    return fact.unit not in _NOT_COUNTS and not fact.unit.startswith("per-")


def _named_with_modifier(other: DraftMeasurement, head: str) -> bool:
    """``other``'s noun phrase ends in ``head`` after at least one word ("treatment episodes")."""
    words = own_words(other)
    return len(words) >= 2 and words[-1] == head
