"""Round 24: percentages named in the plural before a list of their levels ("the three prisons
had positive rates of 26.4%, 21.2% and 17.8% respectively", "the services' completion rates were
61%, 58% and 49% respectively"): each level is that rate, ``<what>-rate``, as one level after
"the positive rate was" is (sps-scot kinkajou40, dod-ddrp xerus53, doj-wa ocelot44). Rates per
100,000 are left to the rules that name them from the deaths they count.
"""

from __future__ import annotations

import re

#: The rate's words, plural "rates" or "ratios", then "of", "were" or "are" and the levels of the
#: list before the figure.
_RATES_LISTED = re.compile(
    r"\b((?:(?!the\b|a\b|an\b|had\b|recorded\b)[a-z-]+\s+)?(?!the\b|a\b|an\b)[a-z-]+)\s+"
    r"(rate|ratio)s\s+(?:of|were|are)\s+"
    r"(?:[\d.,]+\s*(?:%|per\s?cent|percent)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.I,
)
_NOT_THE_RATE = frozenset({"the", "of", "total", "all", "their", "its", "our"})


def listed_rate(noun: str, before: str) -> str | None:
    """``<what>-rate`` for a level with no noun of its own in such a list, else ``None``."""
    found = _RATES_LISTED.search(before)
    if noun.strip() or found is None:
        return None
    words = [w for w in found[1].lower().split() if w not in _NOT_THE_RATE]
    return "-".join([*words, found[2].lower()]) if words else None
