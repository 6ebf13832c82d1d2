"""What a reviewer should check about a drafted figure, and the confidence that follows.

A figure is drafted with **high** confidence (>= 0.90) only when every end-to-end field is
unambiguous by these rules, each of which otherwise adds a review note:

- measure: a measure of the registry, read from the figure's own words (not borrowed by a bare
  number, read from a vague noun's clause, or the catch-all "drugs seized" for words that name
  no drug), not proposed;
- number: not a repaired machine-translation garble, not the part of a share;
- unit: a unit the text states (a mass, a rate) or the count unit of the counted noun;
- period: stated in the figure's sentence, the only period that sentence names; not the earlier
  side of a "from ... to ..." comparison;
- region: stated in the figure's sentence, by one name or group not taken from an agency's name,
  and not a worldwide cue; a figure whose region or period comes from the context is medium at
  best;
- a change: its direction stated and its base figure the one before it in its sentence;
- not in the title (a headline restates a body figure).

Notes on the agency only do not lower confidence: the agency is not an end-to-end field.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.lang.en.words import COUNT_UNITS, DRUG_WORDS

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext, DraftMeasurement
    from narcokg.extract.text import Sentence

#: Notes that do not touch the end-to-end fields (measure, number, slot, unit, period, region).
_MINOR = ("agency ",)
#: Notes that were wrong more often than right on the development split: they cost double.
_GRAVE = re.compile(r"^a share|worldwide|figure after the change|earlier figure of a")
_STATED_UNITS = {
    "tonne",
    "kilogram",
    "gram",
    "pound",
    "milligram",
    "percent",
    "per-mille",
    "fold",
    "percentage-point",
}


def confidence(known: bool, review: list[str]) -> float:
    """High (>= 0.9) only for a known measure with nothing to check on an end-to-end field."""
    serious = [note for note in review if not note.startswith(_MINOR)]
    grave = [note for note in serious if _GRAVE.search(note)]
    score = 0.95 - (0.0 if known else 0.3) - 0.15 * len(serious) - 0.15 * len(grave)
    return round(max(score, 0.2), 2)


def uncertain_fields(
    context: DraftContext, sentence: Sentence, fact: DraftMeasurement, known: bool
) -> list[str]:
    """Notes for what the drafting rules leave open that no earlier step noted."""
    notes: list[str] = []
    mention = fact.mention
    if sentence.index == 0:
        notes.append("a figure in the title: check it is not a restatement of a body figure")
    if known and fact.measure == "drugs-seized" and not DRUG_WORDS.search(mention.noun):
        notes.append("measure: 'drugs seized' (all drugs): does the sentence name one drug?")
    if known and fact.unit not in _STATED_UNITS and fact.unit not in set(COUNT_UNITS.values()):
        notes.append(f"unit {fact.unit!r}: read from the noun's head word: check")
    own = [r for r in context.regions if sentence.start <= r.start < sentence.end]
    in_agency = {r.key for r in own if any(a.start <= r.start < a.end for a in context.agencies)}
    outside = {r.key for r in own if r.key not in in_agency}
    if set(fact.regions) & in_agency and not set(fact.regions) & outside:
        notes.append("region: only named in an agency's name here: is that where it acted?")
    return notes
