"""Round 38: a mass "of the drug" is the drug named before it, never one named after it.

"Methamphetamine led the year's seizures. Police seized 9.2 tonnes of the drug in crystal and
tablet form, up 12 per cent from 8.2 tonnes in 2024": "the drug" points back, to the one drug
the sentence names before it, else the one drug the sentence before names. The drafts read the
sentence's later or generic drug words instead ("…, along with 14,210 pounds of cocaine" gave the
list's drug; "synthetic drug assessments" left ``drugs-seized``), and a subject "seizures of the
drug stood at 6.65 tonnes" was not resolved at all: keys of unodc-covn tenrec110 (three
figures), unodc-coidn fennec113 and cbp-lrd cuscus104 name the drug (``methamphetamine-seized``).
The earlier levels the sentence compares with the figure ("up from 8.2 tonnes") are named alike.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.measures import classify
from narcokg.extract.renamed_levels import rename_with_earlier_level
from narcokg.extract.tied import drug_name
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

#: "of the drug" ending its phrase (a stop, a preposition or a verb follows), not "the drug trade".
_THE_DRUG = re.compile(
    r"\bof\s+(?:the|this|that)\s+drug(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|from|with|and|or|to"
    r"|during|since|over|inside|hidden|concealed|was|were|is|are|had|have|stood|rose|fell"
    r"|reached|totall?ed|amounted|climbed|dropped|increased|decreased|grew|came)\b)",
    re.I,
)
#: An earlier level compared with the figure, between the two figures.
_COMPARED = re.compile(
    r"(?:compared\s+with|up\s+from|down\s+from|from|than|times|twice|\()\s*(?:the\s+)?$", re.I
)


def anaphoric_drugs(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each seized mass "of the drug" by the drug named before the anaphor (the module)."""
    for fact in found:
        if fact.unit not in MASS or not fact.measure.endswith("-seized") or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        anaphor = _anaphor(context.text, sentence.start, fact)
        if anaphor is None:
            continue
        drugs = _named(context.text[sentence.start : anaphor])
        if not drugs and fact.mention.sentence > 0:
            before = context.sentences[fact.mention.sentence - 1]
            drugs = _named(context.text[before.start : before.end])
        if len(drugs) != 1:
            continue
        measure = classify(drugs.pop(), "", fact.unit, True)
        if measure.known and measure.measure not in {fact.measure, "drugs-seized"}:
            earlier = frozenset({fact.measure, "drugs-seized"})
            rename_with_earlier_level(context, found, fact, measure.measure, earlier, _COMPARED)


def _anaphor(text: str, start: int, fact: DraftMeasurement) -> int | None:
    """Where the figure's "of the drug" starts: its own words ("9.2 tonnes of the drug"), or its
    clause's subject before it ("seizures of the drug stood at"); ``None`` when neither says it."""
    own = _THE_DRUG.search(text, fact.mention.start)
    if own is not None and own.start() < fact.mention.end:
        return fact.mention.start
    clause = re.split(r"[,;:(]", text[start : fact.mention.start])[-1]
    subject = _THE_DRUG.search(clause)
    return fact.mention.start - len(clause) + subject.start() if subject else None


def _named(text: str) -> set[str]:
    """The drugs ``text`` names by a drug's own name (no "drugs", "narcotics"), each in the words
    it is written in ("hashish" is cannabis resin), one word per drug."""
    words = {drug_name(m): m[1].lower() for m in DRUG_WORDS.finditer(text)}
    return {word for name, word in words.items() if name != "drug"}
