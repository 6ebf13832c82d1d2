"""Patterns that match any of many names (every gazetteer place, every known agency alias),
compiled once per process.

Drafting a report looks for thousands of place names and hundreds of agency aliases. Built
afresh for each report, those patterns overflow the ``re`` module's own cache (512 patterns), so
every report compiled them again: more than half of a report's drafting time went to compiling
the same patterns (measured with cProfile on 15 corpus reports). The patterns and what they
match are unchanged; only the compiling is kept.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1024)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, kept for the process (``re``'s own cache is too small)."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=64)
def any_of_names(names: frozenset[str]) -> str:
    """An alternation of ``names``, longest first (so "West Virginia" wins over "Virginia"), each
    escaped; kept per set of names (escaping thousands of names costs as much as a small report's
    other steps)."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
