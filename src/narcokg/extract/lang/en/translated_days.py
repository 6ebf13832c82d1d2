"""(round 52) A machine translation's stated day opening its sentence (截至2025年12月31日): "Up to
2025 year December 31, whole city existing drug-taking personnel 3,152 people" counts a stock on
that day, as "As of December 31, 2025," does; the year alone was read, so the registered users
took the year while the keys date them at the day."""

from __future__ import annotations

from narcokg.extract.lang.en.patterns import YEAR

_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"

PERIODS = (
    (
        "as_of_date",
        rf"(?:^|(?<=\n)|(?<=\.\s))(?:up\s+to|until|till|as\s+of|by)\s+(?P<y>{YEAR})\s+year\s+"
        rf"(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\b(?P<d2>(?!))?",
    ),
)
