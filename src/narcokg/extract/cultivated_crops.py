"""Round 36 (issue 14): the crop of an area "under cultivation" that names none before the word.

Round 9's proposal took the word before "cultivation" as the crop, so "the area under cultivation
is 8 per cent larger" drafted ``under-cultivation`` and "86 per cent of national cultivation, or
37,700 hectares" ``national-cultivation``; the crop is the one the sentence or the one before it
names ("The area under coca bush cultivation … reached 31,800 hectares. Compared with 2020, …").
"""

from __future__ import annotations

import re

#: A crop word as `kinds._CROP` reads it, with hemp and ganja (named as written).
_CROP = re.compile(r"\b(coca|opium|poppy|cannabis|marijuana|hemp|ganja)\b", re.I)
_NAMES = {"poppy": "opium", "marijuana": "cannabis"}
#: "<word> (bush|poppy) cultivation": the word is the crop only when `_CROP` reads it.
_BEFORE = re.compile(r"\b(\w+)\s+(?:bush\s+|poppy\s+)?cultivation\b", re.I)
#: An area named without "cultivation" ("the area under coca bush at 253,000 hectares").
_AREA = re.compile(r"\barea\s+(?:under|of)\s+(coca|opium|poppy|cannabis)\b", re.I)


def cultivated_crop(sentence: str, previous: str) -> str | None:
    """The crop of a hectares figure in a sentence on cultivation: the word before
    "cultivation" when it is a crop (kept as written, as round 9 did), else the first crop the
    sentence names, else the one the sentence before names; ``None`` when no cultivation is
    named or no crop is found."""
    before = _BEFORE.search(sentence)
    if before is None:
        area = _AREA.search(sentence)
        return area[1].lower() if area else None
    if _CROP.fullmatch(before[1]):
        return before[1].lower()
    for text in (sentence, previous):
        if found := _CROP.search(text):
            word = found[1].lower()
            return _NAMES.get(word, word)
    return None
