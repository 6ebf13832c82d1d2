"""The words around a figure, as the learned measure model reads them.

One function, :func:`features`, shared by training (from an answer key's quote) and drafting
(from a drafted figure's span), so that both see a figure the same way. It reads only the text:
the figure's clause split at the number into the words on its left and on its right (unigrams
and bigrams, each tagged with its side), the words right after the number (the unit or the
counted noun), the word right before it, the nearest verb-like word on each side, the drug words
of the sentence and the sentence's other words. Every word is lowercased and crudely lemmatised
(:func:`lemma`) so that "seizures" and "seized" share more with "seizure" and "seize".
"""

from __future__ import annotations

import itertools
import re

from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.model.numbers import SCALES, WORD_NUMBER

#: A number as written: digits (with an optional scale word) or a spelled-out number.
_NUMBER = re.compile(
    rf"(?:\d[\d,.]*\d|\d)(?:\s*(?:{'|'.join(SCALES)})\b)?|{WORD_NUMBER}", re.IGNORECASE
)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[#%‰$£€]")
#: Where a sentence ends: a full stop, question or exclamation mark before a space, or a new line.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: Where a clause ends: a semicolon, colon, bracket, dash or a comma that is not inside a number.
_CLAUSE_END = re.compile(r"[;:()\n]|\s[-\u2013\u2014]\s|,(?!\d)|[.!?](?=\s)")
_WINDOW = 8  # words of the clause kept on each side of the number
_REACH = 300  # characters searched for the sentence's ends


def lemma(word: str) -> str:
    """A crude lemma: plural -s/-es/-ies and -ed/-ing stripped from longer words.

    >>> [lemma(w) for w in ("seizures", "seized", "seizing", "cases", "bodies", "gross")]
    ['seizure', 'seiz', 'seiz', 'case', 'body', 'gross']
    """
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")) and len(word) > 5:
        return word[:-2] if not word.endswith("ses") else word[:-1]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    return word


def anchor(text: str, start: int, end: int) -> tuple[int, int]:
    """The number written inside ``[start, end)`` (the first one), else the span itself."""
    found = _NUMBER.search(text, start, end)
    return (found.start(), found.end()) if found else (start, end)


def features(text: str, start: int, end: int) -> list[str]:
    """The features of the figure whose number is written inside ``[start, end)`` of ``text``:
    sorted and without repeats."""
    at, until = anchor(text, start, end)
    sentence_start, sentence_end = _bounds(text, at, until, _SENTENCE_END)
    clause_start, clause_end = _bounds(text, at, until, _CLAUSE_END)
    left = _tokens(text[clause_start:at])[-_WINDOW:]
    right = _tokens(text[until:clause_end])[:_WINDOW]
    before, after = [lemma(w) for w in left], [lemma(w) for w in right]
    found = _grams("L", before) | _grams("R", after)
    found |= {f"N1:{w}" for w in after[:1]} | {f"N2:{'_'.join(after[:2])}" for w in after[1:2]}
    found |= {f"P1:{w}" for w in before[-1:]}
    found |= {f"VL:{w}" for w in _verb(left[::-1])} | {f"VR:{w}" for w in _verb(right)}
    sentence = text[sentence_start:sentence_end]
    found |= {f"D:{lemma(m.group(0).lower())}" for m in DRUG_WORDS.finditer(sentence)}
    found |= {f"S:{lemma(w)}" for w in _tokens(sentence)}
    return sorted(found)


def _bounds(text: str, at: int, until: int, ends: re.Pattern[str]) -> tuple[int, int]:
    """The stretch around ``[at, until)`` that no match of ``ends`` interrupts."""
    low = max(0, at - _REACH)
    before = [m.end() for m in ends.finditer(text, low, at)]
    after = ends.search(text, until, until + _REACH)
    return (before[-1] if before else low), (after.start() if after else until + _REACH)


def _tokens(text: str) -> list[str]:
    """Lowercase words and signs; every other number is "#"."""
    return _WORD.findall(_NUMBER.sub(" # ", text).lower())


def _grams(side: str, words: list[str]) -> set[str]:
    bigrams = {f"{side}B:{a}_{b}" for a, b in itertools.pairwise(words)}
    return {f"{side}:{w}" for w in words} | bigrams


def _verb(words: list[str]) -> list[str]:
    """The lemma of the first of ``words`` (nearest first) ending in -ed or -ing, if any."""
    return next(([lemma(w)] for w in words if len(w) > 4 and w.endswith(("ed", "ing"))), [])
