"""Qualifier phrases kept apart from values, and their scope.

A qualifier qualifies only the number directly after it: in "1,200 addicts who stayed clean for
more than two years", "more than" bounds the criterion (two years), not the count (1,200 exactly).
"just" is emphasis ("just 12 cases" is exact); "just over"/"just under" take the inner word.
"""

from __future__ import annotations

import re

from narcokg.model.numbers import QUALIFIER_PHRASES

#: Phrases that may stand directly before a number, longest first.
PHRASES: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((words, slug) for words, slug in QUALIFIER_PHRASES if not words.startswith("a total")),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)
PATTERN = "|".join(re.escape(words).replace(r"\ ", r"\s+") for words, _ in PHRASES)


def qualifier_slug(phrase: str | None) -> str:
    """The qualifier slug of a phrase found before a number (``exact`` when there is none).

    >>> qualifier_slug("More  than"), qualifier_slug("almost"), qualifier_slug(None)
    ('more-than', 'nearly', 'exact')
    """
    if not phrase:
        return "exact"
    wanted = " ".join(phrase.lower().split())
    return next(slug for words, slug in PHRASES if words == wanted)
