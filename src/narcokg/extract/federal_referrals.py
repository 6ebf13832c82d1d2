"""Round 34: cases referred for federal prosecution, named as the keys name them.

"referred 38 cases to the U.S. Attorney's Office for federal prosecution", "the division referred
61 cases for federal prosecution", "Of the 612 cases opened, 74 were referred to federal
prosecutors": a count of cases that its clause says went to federal prosecution is
``cases-referred-for-federal-prosecution`` (keys of three reports of two rounds: srst-dle and
hcpo-nj dikdik94, navajopd civet92); the drafts read ``cases-referred``, the act without the
prosecutor. An earlier level in the clause ("…, up from 52 a year earlier") is named alike.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The referral's goal in the figure's clause: federal prosecution or federal prosecutors (the
#: words between may name the office: "to the U.S. Attorney's Office").
_FEDERAL = re.compile(
    r"\breferred\b(?:U\.S\.|[^.;]){0,80}?"
    r"\b(?:for\s+federal\s+prosecution|to\s+federal\s+prosecutors?)\b",
    re.I,
)
_MEASURE = "cases-referred-for-federal-prosecution"
#: What the drafts read for such a count: the act alone, with or without the drug.
_READ = frozenset({"cases-referred", "drug-cases-referred"})


def federal_referrals(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of cases referred for federal prosecution (see the module)."""
    for fact in found:
        if fact.measure not in _READ or fact.unit != "case":
            continue
        if _FEDERAL.search(_clause(context, fact)):
            rename(fact, _MEASURE)


def _clause(context: DraftContext, fact: DraftMeasurement) -> str:
    """The figure's own clause: from after the last stop or semicolon before it to the next."""
    sentence = context.sentences[fact.mention.sentence]
    start = fact.mention.start
    before = context.text[sentence.start : start]
    after = context.text[start : sentence.end]
    return re.split(r";", before)[-1] + re.split(r";", after)[0]
