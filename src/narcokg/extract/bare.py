"""Bare numbers whose noun stands elsewhere in the sentence: "from 358 in 2020-21 to 298 in
2021-22 [laboratories]", "14,100 and 9,800 pounds of fentanyl", "27,000 pounds of fentanyl,
compared with 14,700 pounds", "the number of drug arrests (48,206)".

A bare figure borrows the counted noun of a sibling figure of the same kind in its sentence (the
next one when only "and", "or", "to" or a comma stand between, else the previous one), or else
the words before it in its clause. Only the noun used to classify the figure changes: its span
and quote stay as the text has them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence

MASS = {"tonne", "kilogram", "gram", "pound", "milligram"}
_JOIN = re.compile(r"^\s*(?:,|and|or|to|,\s*and)\s*$")
_CLAUSE = re.compile(r"[,;:()]|\b(?:and|while|whereas|but)\b")


def _kind(m: Mention) -> str:
    if m.unit in MASS:
        return "mass"
    return "count" if m.unit is None else "rate"


def _bare(m: Mention) -> bool:
    return not m.noun.strip() and _kind(m) != "rate"


def borrow_nouns(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in text order) with bare figures given the noun they count."""
    result = list(mentions)
    for index, m in enumerate(mentions):
        if not _bare(m):
            continue
        noun = _sibling_noun(sentence, mentions, index) or _clause_words(sentence, m)
        if noun:
            result[index] = replace(m, noun=noun)
    return result


def _sibling_noun(sentence: Sentence, mentions: list[Mention], index: int) -> str | None:
    m = mentions[index]
    later = mentions[index + 1 :]
    for other in later[:2]:
        between = sentence.text[m.end - sentence.start : other.start - sentence.start]
        if _kind(other) == _kind(m) and other.noun.strip() and _JOIN.match(between):
            return other.noun
    for other in reversed(mentions[:index]):
        if _kind(other) == _kind(m) and other.noun.strip():
            return other.noun
    return None


def _clause_words(sentence: Sentence, m: Mention) -> str:
    """The words before the figure in its clause, without "the number of"."""
    before = sentence.text[: m.start - sentence.start]
    parts = _CLAUSE.split(before)
    words = parts[-1] if parts[-1].strip() or len(parts) < 2 else parts[-2]
    words = re.sub(r"^.*\bnumber\s+of\s+", "", words.strip(), flags=re.I)
    return " ".join(words.split()[-6:])
