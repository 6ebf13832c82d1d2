"""(round 20, issue 14) A figure counted "in the three countries" or by "units of both countries"
of a joint action is the set of those countries (docs/facts.md "Sets": a joint operation's
countries): the report's own country and the partners' countries its sentence names ("a joint
action with the police forces of A and B … resulted in 184 arrests … in the three countries"), or,
when that sentence names none, the sentence before ("… with the police of A and B. In those five
days, 41 couriers were detained in the three countries"). Only when the count of countries found
is the count the text states; only for a figure in the clause of the words (", and the A police
alone seized …" is that partner's). Internal to :mod:`.placing`."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from narcokg.extract.gazetteer import WORLD, world_countries
from narcokg.extract.lang.en.cities import COUNTRY_FORMS, MORE_DEMONYMS
from narcokg.extract.lang.en.names import DEMONYMS

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.figures import Mention
    from narcokg.extract.text import Sentence

_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: "in the three countries", "of both countries", "across all four countries".
_CUE = re.compile(
    r"\b(?:in|of|across|from)\s+(?:the\s+|all\s+)?(?P<n>both|two|three|four|five|six|seven)"
    r"(?:\s+partner)?\s+countries\b",
    re.I,
)
#: What ends a clause between the figure and the words: another clause with its own subject.
_CLAUSE_END = re.compile(r";|,\s+(?:and|while|but|whereas)\b")


def joint_countries(context: DraftContext, sentence: Sentence, mention: Mention) -> tuple[str, ...]:
    """The countries of "in the N countries" for ``mention``, or nothing."""
    text = context.text
    for cue in _CUE.finditer(text, sentence.start, sentence.end):
        low, high = sorted((cue.start(), mention.start))
        if _CLAUSE_END.search(text, low, high):
            continue
        wanted = _COUNTS[cue["n"].lower()]
        home = [context.countries.get(k) or k for k in context.home]
        before = _countries(context, sentence.start, cue.start())
        previous = context.sentences[sentence.index - 1] if sentence.index else None
        if not before and previous is not None and previous.paragraph == sentence.paragraph:
            before = _countries(context, previous.start, previous.end)
        found = tuple(dict.fromkeys(k for k in [*home, *before] if k and k != WORLD))
        if before and len(found) == wanted:
            return found
    return ()


def _countries(context: DraftContext, start: int, end: int) -> list[str]:
    """The countries named between ``start`` and ``end``, partners' too ("with the police forces
    of A and B", "with the Colombian Navy"), which the region mentions leave out."""
    names = _names()
    return [names[m[0]] for m in _pattern().finditer(context.text, start, end)]


@cache
def _names() -> dict[str, str]:
    """Countries by name, other name (the gazetteer's map: round 21) and adjective
    ("Colombian")."""
    return world_countries() | COUNTRY_FORMS | DEMONYMS | MORE_DEMONYMS


@cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(_names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{names})(?!\w)")
