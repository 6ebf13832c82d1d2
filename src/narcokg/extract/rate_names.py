"""Round 13: a figure per 100,000 (or per million, per 10,000) is a rate, never a share of its
population. When the rules of :mod:`.rates` find no rate and would propose ``share``, it is
named ``<what>-rate`` after the nearest rate its sentence names ("the highest opioid offence rates
were recorded in …"), else the one the sentence before names ("… The rate in the north was
higher, at …"); a rate named by no word stays the share the rules proposed.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted
from narcokg.extract.rates import rate_measure


def per_n_rate(
    mention: Mention, sentence: str, before: str, after: str, previous: str
) -> Counted | None:
    """``<what>-rate`` for a per-N figure the rate rules would propose as a share, or ``None``."""
    if not rate_measure(mention.noun, sentence, before, after).measure.startswith("share"):
        return None  # a rate the rate rules name stays theirs
    name = rate_named(before) or rate_named(previous)
    return Counted(name, mention.unit or "per-100000", False) if name else None


def rate_named(text: str) -> str | None:
    """The last rate ``text`` names by its words: "the highest drug offence rates" ->
    ``drug-offence-rate``, "the rate of drug misuse deaths" -> ``drug-misuse-death-rate``; a rate
    named by no noun ("the national rate", "a rate of 31.2") names nothing."""
    for found in reversed(list(_RATE.finditer(text))):
        kind = _words(found["of"] or "") or _words(found["front"] or "", keep_last=True)
        if kind:
            return "-".join([*kind[:-1], _singular(kind[-1]), "rate"])
    return None


def _words(phrase: str, *, keep_last: bool = False) -> list[str]:
    """The words of a rate's noun: after an adjective or determiner (``keep_last``: the run of
    nouns right before "rate"), or from the start of a phrase after "rate of"."""
    words = phrase.lower().split()
    if keep_last:
        run: list[str] = []
        for word in reversed(words):
            if word in _NOT_THE_NOUN:
                break
            run.insert(0, word)
        return run
    taken: list[str] = []
    for word in words:
        if word in _NOT_THE_NOUN:
            break
        taken.append(word)
    return taken


def _singular(word: str) -> str:
    return word[:-1] if re.fullmatch(r"[a-z-]+[^su]s", word) else word


#: "<up to three words> rate(s)" or "rate(s) of <up to three words>".
_RATE = re.compile(
    r"(?P<front>(?:(?<![\w'\u2019])[A-Za-z][a-z-]*\s+){0,3})rates?\b"
    r"(?:\s+of\s+(?P<of>(?:[a-z][a-z-]*\s*){1,3}))?"
)
#: Words that are not a rate's noun: determiners, ranks, adjustments, places and verbs.
_NOT_THE_NOUN = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "any", "whose"}
    | {"highest", "lowest", "high", "low", "higher", "lower", "average", "overall", "national"}
    | {"state", "statewide", "provincial", "regional", "county", "annual", "same", "crude"}
    | {"age-adjusted", "age-standardised", "age-standardized", "comparable", "current", "new"}
    | {"was", "were", "is", "are", "had", "has", "of", "in", "at", "and", "or", "with", "for"}
    | {"per", "by", "to", "from", "which", "whole", "country's", "nation's"}
)
