"""Round 15: the drug a mass figure sits beside in a list, when its own words name none.

Writers list seizures by drug in many shapes: "…, of which methamphetamine (ice) 212.7
kilograms, ketamine 58.4 kilograms", "marijuana: 22.4 tonnes", "cocaine (1,046 kilograms) and
methamphetamine (288 kilograms)", "…, while heroin …, with just 9 pounds seized", "of which
26,904 kilograms were marijuana". In each the words between the figure before and this one (or
a copula right after it) name one drug, which is the one the figure weighs; a sibling's noun
borrowed across the list ("seized all kinds of drugs 486.3 kilograms, of which …") is not.
"""

from __future__ import annotations

import itertools
import re

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import DRUG_WORDS, STREET_NAMES
from narcokg.extract.text import Sentence

#: A copula right after a figure naming what it is: "26,904 kilograms were marijuana".
_NAMED_AFTER = re.compile(r"^\s*(?:were|was)\s+(?:(?:of|all)\s+)?(\w+)", re.I)


def drug_beside(sentence: Sentence, mentions: list[Mention], index: int) -> str | None:
    """The one drug named between the figure before ``mentions[index]`` in its sentence and it,
    or by a copula right after it; ``None`` when no figure stands before it in the sentence,
    or when no drug or more than one is named there."""
    if index == 0:
        return None
    m = mentions[index]
    after = _NAMED_AFTER.match(sentence.text[m.end - sentence.start :])
    if after and (named := drugs_in(after[1])):
        return named[0]
    between = sentence.text[mentions[index - 1].end - sentence.start : m.start - sentence.start]
    named = drugs_in(between)
    if len(named) == 1:
        return named[0]  # round 16: "hashish 1,140 kilograms" weighs resin, not all cannabis
    drugs = {STREET_NAMES.get(n, n) for n in named}
    return drugs.pop() if len(drugs) == 1 else None  # "herbal cannabis and hashish": cannabis


def bracketed(sentence: Sentence, mentions: list[Mention], index: int) -> bool:
    """Whether ``mentions[index]`` is an earlier level in brackets right after the figure before
    it ("cocaine 1,205 kg (947 kg)", "(2023: 24 pounds)"): it weighs the same drug."""
    if index == 0:
        return False
    between = sentence.text[
        mentions[index - 1].end - sentence.start : mentions[index].start - sentence.start
    ]
    return bool(_BRACKET.fullmatch(between))


_BRACKET = re.compile(r"[^()\d]{0,12}\(\s*(?:(?:19|20)\d\d(?:[-/]\d{2,4})?\s*:\s*)?")


def drugs_between(sentence: Sentence, mentions: list[Mention], first: int) -> list[str]:
    """The drugs named, in order, between the figure before ``mentions[first]`` (or the
    sentence's start) and it: the items of a "respectively" run that starts there ("Opium made
    up 812 tonnes, followed by hashish and heroin with 131 tonnes and 27 tonnes respectively")."""
    start = mentions[first - 1].end if first > 0 else sentence.start
    return drugs_in(sentence.text[start - sentence.start : mentions[first].start - sentence.start])


def drugs_in(text: str) -> list[str]:
    """The specific drugs a text names, in order, each once ("drugs" in general is none)."""
    names: list[str] = []
    for m in DRUG_WORDS.finditer(text):
        name = m[1].lower()
        if name[:4] != "drug" and name not in names:
            names.append(name)
    return names


def names_a_good(noun: str) -> bool:
    """Whether a mass's own words name what it weighs by themselves ("of precursor chemicals"),
    so no drug beside it is its own."""
    from narcokg.extract.measures import classify

    read = classify(noun, "", "kilogram", True)
    return bool(noun.strip()) and read.known and read.measure != "drugs-seized"


def paired_run(
    sentence: Sentence, mentions: list[Mention], run: list[int]
) -> tuple[list[int], list[str]]:
    """Round 17: the figures of ``run`` (masses naming no drug, in a row) that the drugs named
    right before them pair with in order, and those drugs; empty lists when none do. With
    "respectively" the pairing may start after the run's first figure ("Cocaine made up 4,100 kg,
    while heroin and opium reached 320 and 95 kg respectively"); without it, a list of N drugs
    right before N masses joined only by commas and "and" pairs the same way ("Seizures of
    heroin and cocaine came to 41 kg and 17 kg")."""
    respectively = "respectively" in sentence.text
    for k in range(len(run) - 1):
        tail = run[k:]
        drugs = drugs_between(sentence, mentions, tail[0])
        if len(drugs) != len(tail):
            continue
        if respectively or _listed(sentence, [mentions[i] for i in tail]):
            return tail, drugs
    return [], []


def _listed(sentence: Sentence, figures: list[Mention]) -> bool:
    """Whether ``figures`` form one list: commas between them and "and" before the last ("310
    kg, 45 kg and 12 kg"; not "310 kg, 45 kg more than in 2022")."""
    joins = [
        sentence.text[a.end - sentence.start : b.start - sentence.start]
        for a, b in itertools.pairwise(figures)
    ]
    return all(_COMMA.fullmatch(j) for j in joins[:-1]) and bool(_AND.fullmatch(joins[-1]))


_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s*,?\s*and\s*")
