"""(issue 14, round 40) "Police also restrained $9.7 million … during the year": a figure whose
own clause ends on the year ("during the year", "over the year", "in the financial year") counts
the report's year, not the span of an operation or the day a sentence before named (round 10
read such words before the figure only)."""

from __future__ import annotations

import re

from narcokg.extract.period_counted_months import months_of

#: The figure's words up to the phrase ("$9.7 million in cash, vehicles and property during the
#: year"): no other figure, no sentence or bracket between.
_YEAR_AFTER = re.compile(
    r"[^;.()\n\d]{0,60}?\b(?:during|over|throughout|in|for)\s+the\s+(?:whole\s+|entire\s+)?"
    r"(?:(?:financial|fiscal|reporting)\s+)?year\b"
    r"(?!\s+(?:to|ending|ended|before|earlier|prior|after|of|in|when)\b)(?!\s*\d)",
    re.I,
)

#: A part of the year's whole, not a count over the year: "2.6 kilograms of the fentanyl seized
#: in the year" (the project's own part).
_PART_OF = re.compile(r"\bof\s+(?:the|all|its|their)\b", re.I)


def year_after(text: str, start: int, end: int, label: str, explicit: bool, default: str) -> str:
    """``default`` (the report's period, when it is a year) when the clause of a figure at
    ``[start, end)`` names "the year" after it and ``label``, carried from earlier text (not
    ``explicit``), is no year: a year carried ("… charges in 2025. Officers arrested 341 people
    during the year") is the year meant, whatever the report's own span."""
    if explicit or months_of(label) == 12 or months_of(default) != 12:
        return label
    phrase = _YEAR_AFTER.match(text, end)
    if phrase is None or _PART_OF.search(text, start, phrase.end()):
        return label
    return default
