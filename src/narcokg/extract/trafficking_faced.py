"""Round 43: a part of people arrested or charged that faced supply charges: trafficking arrests.

"Of the 512 people charged, 203 faced charges of possession for the purpose of trafficking",
"Of the 640 arrested, 215 faced felony counts of possession with intent to deliver", "Of the 88,
31 were charged with possession with intent to distribute", "Of the 430 arrests, 97 involved
distribution", "Of those 212, 64 were for delivery": docs/facts.md keeps arrests and people
charged for supply as ``trafficking-arrests``, and the keys name such parts so (89 of 97 such
parts over calibration); the drafts read the verb (``faced``, ``faced-possession``), the whole's
``people-charged`` or ``suspects-arrested``, or the charge (``charges-laid``). Round 30's
``trafficking_part`` reads a bare "were for trafficking" and round 34's ``trafficking_charged`` a
count right before "with <supply>"; this pass reads "faced", "involved", "were (arrested) for"
and "were charged with" after a whole of people arrested or charged named at the sentence's start.
A bare "possession" is no supply ("689 were charged with possession and 402 with …": the part
ends at the next count), nor is a whole of offences or cases ("Of the 6,482 offences, …").
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename, words_around

#: Supply as a charge names it: trafficking, distribution, delivery, sale, supply, intent to sell.
_SUPPLY = (
    r"(?:traffick\w*|distribut\w*|deliver\w*|sale|supply\w*|dealing"
    r"|possession[\s-]+(?:with[\s-]+(?:the[\s-]+)?intent|for[\s-]+the[\s-]+purpose))"
)
#: The part's verb and, within a few words, its supply charge: "faced charges of possession for
#: the purpose of trafficking", "were charged with distribution", "involved delivery".
_FACED_SUPPLY = re.compile(
    r"^\s*(?:people\s+|persons\s+|individuals\s+)?(?:were\s+(?:also\s+)?charged\s+with|faced"
    rf"|involved|were\s+(?:arrested\s+)?for)\s+(?:[a-z-]+:?\s+){{0,6}}?{_SUPPLY}",
    re.I,
)
#: The whole named at the sentence's start: "Of the 1,146 people arrested, ", "Of those charged,
#: ", "Of the 392 arrests, ", "Of the 97, " (then the sentence before must count arrests).
_OF_WHOLE = re.compile(
    r"^\s*of\s+(?:the|those|these)\s+(?:\d{1,3}(?:,\d{3})*\s*)?(?P<noun>(?:(?:people|persons|individuals"
    r"|defendants)\s+)?(?:arrested|charged|arrests)|(?:drug\s+)?arrests)?\s*,\s*$",
    re.I,
)
_ARRESTED = re.compile(r"\b(?:arrest\w*|charged)\b", re.I)
#: A later count in the same sentence starts another part ("… and 162 with drug trafficking").
_NEXT_COUNT = re.compile(r"[,;]|\band\s+\d|\(")
_KEPT = frozenset({"trafficking-arrests"})


def trafficking_faced(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each part of arrests that faced supply charges ``trafficking-arrests``."""
    for fact in found:
        if fact.measure in _KEPT or fact.change_of:
            continue
        before, after = words_around(context, fact)
        if not faced_supply(before, after, _sentence_before(context, fact)):
            continue
        rename(fact, "trafficking-arrests")
        fact.unit = "person"


def faced_supply(before: str, after: str, previous: str) -> bool:
    """Whether the part after "Of the <whole>," faced supply charges.

    >>> faced_supply("Of the 90 people charged, ", " faced trafficking counts.", "")
    True
    >>> faced_supply("Of those arrested, ", " were charged with possession and 9 with sale.", "")
    False
    >>> faced_supply("Of the 40 offences, ", " involved supply.", "")
    False
    """
    whole = _OF_WHOLE.match(before)
    if whole is None:
        return False
    if not whole["noun"] and not _ARRESTED.search(previous):
        return False
    clause = _NEXT_COUNT.split(after, maxsplit=1)[0]
    return bool(_FACED_SUPPLY.match(clause))


def _sentence_before(context: DraftContext, fact: DraftMeasurement) -> str:
    """The sentence before the figure's, for a whole named only by its number ("Of the 97, ")."""
    index = fact.mention.sentence
    if index == 0:
        return ""
    sentence = context.sentences[index - 1]
    return context.text[sentence.start : sentence.end]
