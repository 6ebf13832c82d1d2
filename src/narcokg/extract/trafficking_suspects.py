"""Round 38: suspects of drug trafficking among those arrested are ``trafficking-arrests``.

"arrested criminal suspects 356 people, among them drug trafficking suspects 188 people", the
translation's "the trafficking drugs suspects 536 people": the count's own words name the offence
its suspects were arrested for, so it is the arrests for trafficking, a part of the arrests, not
their whole. The drafts read the bare "suspects" (``suspects-arrested``): keys of changchun
zorilla91, ganzhou hutia95, weifang gaur100 and henan pangolin (all four such calibration figures).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import EARLIER_LEVEL, rename_with_earlier_level

_MEASURE = "trafficking-arrests"
#: The count's own words: "(drug) trafficking (drugs) suspects", "suspects of drug trafficking".
_TRAFFICKING_SUSPECTS = re.compile(
    r"\b(?:drugs?\s+)?trafficking(?:\s+(?:of\s+)?drugs?)?\s+suspects\b"
    r"|\bsuspects\s+(?:of|for)\s+(?:drug\s+)?trafficking\b",
    re.I,
)
#: The same words right before the count, the translation's order ("suspects 188 people").
_RIGHT_BEFORE = re.compile(rf"(?:{_TRAFFICKING_SUSPECTS.pattern})\s*$", re.I)


def trafficking_suspects(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of suspects of trafficking ``trafficking-arrests`` (see the module)."""
    for fact in found:
        if fact.measure != "suspects-arrested" or fact.unit != "person" or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        # the translation's order puts the noun before the count ("suspects 188 people")
        before = context.text[sentence.start : fact.mention.start]
        words = f"{fact.mention.noun}|{fact.mention.quote}"
        if _TRAFFICKING_SUSPECTS.search(words) or _RIGHT_BEFORE.search(before):
            earlier = frozenset({fact.measure})
            rename_with_earlier_level(context, found, fact, _MEASURE, earlier, EARLIER_LEVEL)
