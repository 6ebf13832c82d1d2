"""The whole of "Of the M deaths, N involved …" named again (round 14). The keys of every writer
keep M as the part's denominator and do not count it a second time when the text stated M
before; M stated there first is a figure of its own (dev and calibration keys alike).

:func:`drop_restated_wholes` removes such a restated whole from a document's figures.
"""

from __future__ import annotations

import re
from decimal import Decimal

from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence

#: Right before the whole: "Of the ", "Among those " at the start of a sentence or a clause
#: (round 23: also inside a quotation, '"Of the 31 laboratories, 19 …', and "Out of 5,931 …").
_WHOLE_BEFORE = re.compile(
    r"(?:^|[\n:;]\s*)[\"\u201c']?(?:(?:Of|Among)\s+(?:the|those|these)|Out\s+of(?:\s+the)?)\s+$"
)
#: After it: its noun phrase, a comma, then the part ("deaths, 1,210 involved"; round 23: a few
#: words before the part, "deaths, heroin contributed to 214", and commas inside the noun
#: phrase, "offenders sentenced for supply, production or importation, 5,830 …").
_PART_AFTER = re.compile(
    r"[^,.;:\d]{0,100}(?:\([^)]*\))?[^,.;:\d]{0,40},\s*[^.;:\d]{0,80}?"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+)?\d"
)


def drop_restated_wholes(
    sentences: list[Sentence], mentions: list[list[Mention]]
) -> list[list[Mention]]:
    """``mentions`` (one list per sentence) without the wholes of "Of the M …, N" whose number
    an earlier sentence already stated."""
    seen: set[tuple[Decimal, str | None]] = set()
    kept: list[list[Mention]] = []
    for sentence, found in zip(sentences, mentions, strict=True):
        kept.append([m for m in found if not _restated(sentence, m, seen)])
        seen.update((m.number, m.unit) for m in found)
    return kept


def _restated(sentence: Sentence, mention: Mention, seen: set[tuple[Decimal, str | None]]) -> bool:
    """Round 23: a mass restated in its own unit ("Of the 1,146 kilograms seized, …") too."""
    if mention.denominator:
        return False
    if mention.unit is None and all(number != mention.number for number, _ in seen):
        return False
    if mention.unit is not None and (mention.number, mention.unit) not in seen:
        return False
    before = sentence.text[: mention.start - sentence.start]
    after = sentence.text[mention.end - sentence.start :]
    return bool(_WHOLE_BEFORE.search(before) and _PART_AFTER.match(after))
