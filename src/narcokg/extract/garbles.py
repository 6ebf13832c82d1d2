"""The machine-translation garbles of Chinese numbers, found in running text and repaired with
the rules of :mod:`narcokg.model.numbers` (so the build reads the same value back):

- ``split-wan-decimal``: "4 drug crime cases will be cracked across the countryMore than 20,000
  cases" is "4.2万余起", more than 42,000 cases;
- ``lost-decimal-point``: "25 drugs of various types were seized9 tons" is 25.9 tonnes.

Both leave the same signature: a lower-case letter glued to what follows it ("countryMore",
"seized9"). The integer part is the last number before it in the same clause.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.nouns import noun_phrase
from narcokg.extract.text import Sentence
from narcokg.model.numbers import (
    MASS_UNITS,
    naive_readings,
    repair_lost_decimal_point,
    repair_split_wan_decimal,
)

_WORDS = r"(?:[A-Za-z][A-Za-z'-]*\s+){0,12}?[A-Za-z'-]*[a-z]"
_MASS = "|".join(sorted((re.escape(u) for u in MASS_UNITS), key=len, reverse=True))
SPLIT_WAN = re.compile(
    rf"(?<![\d.,])(?P<int>\d+)\s+{_WORDS}"
    r"(?P<qual>(?:More|Over|Nearly|About|Almost|Approximately)\s+(?:than\s+)?)?"
    r"(?P<frac>\d{1,3}(?:,\d{3})+)(?=\s+[a-z])"
)
LOST_POINT = re.compile(rf"(?<![\d.,])(?P<int>\d+)\s+{_WORDS}(?P<frac>\d+)\s*(?:{_MASS})\b")


def find_garbles(sentence: Sentence) -> list[Mention]:
    """Repaired figures of the sentence, each quoting the whole garbled stretch."""
    found: list[Mention] = []
    for pattern, rule in ((SPLIT_WAN, "split-wan-decimal"), (LOST_POINT, "lost-decimal-point")):
        for match in pattern.finditer(sentence.text):
            if any(_overlaps(match, m, sentence.start) for m in found):
                continue
            mention = _repaired(sentence, match, rule)
            if mention is not None:
                found.append(mention)
    return found


def _overlaps(match: re.Match[str], mention: Mention, offset: int) -> bool:
    return match.start() + offset < mention.end and mention.start < match.end() + offset


def _repaired(sentence: Sentence, match: re.Match[str], rule: str) -> Mention | None:
    end = match.end()
    if rule == "split-wan-decimal":
        end, _ = noun_phrase(sentence.text, end)
        end = _first_word_end(sentence.text, match.end()) if end == match.end() else end
    quote = sentence.text[match.start() : end]
    try:
        figure = (
            repair_split_wan_decimal(quote)
            if rule == "split-wan-decimal"
            else repair_lost_decimal_point(quote)
        )
    except ValueError:
        return None
    unit = figure.unit
    head = quote[len(match["int"]) :]
    return Mention(
        start=sentence.start + match.start(),
        end=sentence.start + end,
        quote=quote,
        number=figure.number,
        qualifier=figure.qualifier,
        unit=unit,
        noun=head.strip(),
        sentence=sentence.index,
        repair=rule,
        naive=naive_readings(quote),
        notes=(f"garbled number repaired by {rule}: check the value against another source",),
    )


def _first_word_end(text: str, position: int) -> int:
    match = re.compile(r"\s+[A-Za-z]+").match(text, position)
    return match.end() if match else position
