"""(round 27, issue 14) A machine translation's year end opening its sentence (截至2025年底):
"Up to end of 2025 year", "Until end of 2025 year", "By 2025 year end" count a stock on that
year's last day, as "As of the end of 2025" does (:data:`.patterns.PERIODS`' "end_of_year")."""

from __future__ import annotations

from narcokg.extract.lang.en import translated_days
from narcokg.extract.lang.en.patterns import YEAR

PERIODS = (
    (
        "end_of_year",
        rf"(?:^|(?<=\n)|(?<=\.\s))(?:up\s+to|until|till|by)\s+(?:(?:the\s+)?end\s+of\s+"
        rf"(?P<y>{YEAR})\s+year|(?P<y2>{YEAR})\s+year[-\s]end)\b",
    ),
    *translated_days.PERIODS,  # (round 52) "Up to 2025 year December 31,"
)
