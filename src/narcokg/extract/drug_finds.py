"""Round 37: the searches or warrants that found drugs are a part named by its whole and the find.

"Drugs were found in 49 of the 58 warrants executed", "Officers executed 27 search warrants, and
drugs were found in 22 of the 27", "The unit executed 38 search warrants, 31 of which turned up
drugs", "drugs were found in 2,467 of them" (after stop and searches): keys of seven calibration
reports of six rounds (brantfordps-on markhor98, cps-pe duiker105, torontopolice quagga72,
northumbriapol nyala87, southyorkspolice serow74, sps-pe and wmatpd-az coypu107) name the part
``<whole>-with-drugs-found`` in the whole's unit; the drafts read a share ("share-of-warrants") or
the whole's own measure (``search-warrants-executed``). The whole is the part's own noun ("of the
389 searches"), else the whole figure before it in the sentence.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The find, before the count: "drugs were found in", "narcotics were seized in".
_FOUND_IN = re.compile(
    r"\b(?:drugs|narcotics)\s+(?:were|was)\s+(?:found|located|recovered)\s+in\s+$", re.I
)
#: The find, after the count and its part's words: "31 of which turned up drugs", "Twenty-three
#: of the 28 searches turned up drugs".
_FOUND_AFTER = re.compile(
    r"^\s*(?:of\s+(?:which|them|these|those)\s+|of\s+the\s+[\d,]+\s+(?:[a-z-]+\s+){0,3}?)?"
    r"(?:turned\s+up|found|yielded|uncovered)\s+(?:drugs|narcotics)\b",
    re.I,
)
#: A part, by the words of its quote: "49 of the 58 warrants", "22 of the 27", "of them".
_PART = re.compile(r"^[\w,-]+\s+of\s+(?:the\s+[\d,]+\b|which\b|them\b|these\b|those\b)", re.I)
#: Wholes the keys name, by the noun that counts them.
_WHOLES = (
    (re.compile(r"\bstop(?:s)?[\s-]+and[\s-]+search(?:es)?\b", re.I), "stop-and-searches"),
    (re.compile(r"\b(?:search\s+)?warrants\b", re.I), "search-warrants"),
    (re.compile(r"\bsearches\b", re.I), "searches"),
)
#: A whole figure's measure and the name its parts take.
_WHOLE_MEASURES = (
    (re.compile(r"^stop-and-searches"), "stop-and-searches"),
    (re.compile(r"^search-warrants"), "search-warrants"),
    (re.compile(r"^searches"), "searches"),
)


def drug_finds(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each part of searches or warrants that found drugs (see the module)."""
    for fact in found:
        if fact.unit == "person" or fact.change_of or fact.measure.endswith("-with-drugs-found"):
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start]
        quote = context.text[fact.mention.start : fact.mention.end]
        after = context.text[fact.mention.end : sentence.end]
        own = _PART.match(quote) or re.match(r"^\s*of\s+(?:which|them|the\s+[\d,]+)", after)
        found_after = _FOUND_AFTER.match(re.sub(r"^[\w,-]+", "", quote) + after)
        if not (_FOUND_IN.search(before) or (own and found_after)):
            continue
        whole = _named_whole(quote + after[:40]) or _earlier_whole(fact, found)
        if whole is not None:
            rename(fact, f"{whole}-with-drugs-found")


def _named_whole(words: str) -> str | None:
    """The whole the part's own words name ("of the 389 searches"), up to the find."""
    words = re.split(r"\b(?:turned|found|yielded|uncovered|led|,|;)\b", words)[0]
    for pattern, whole in _WHOLES:
        if pattern.search(words):
            return whole
    return None


def _earlier_whole(fact: DraftMeasurement, found: list[DraftMeasurement]) -> str | None:
    """The whole named by the nearest figure before the part in its sentence."""
    earlier = [
        f
        for f in found
        if f.mention.sentence == fact.mention.sentence and f.mention.start < fact.mention.start
    ]
    for other in reversed(earlier):
        for pattern, whole in _WHOLE_MEASURES:
            if pattern.search(other.measure):
                return whole
    return None
