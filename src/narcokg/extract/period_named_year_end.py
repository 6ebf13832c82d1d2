"""(round 52) A stock counted at the end of a named year: "the backlog fell from 836 cases at
the end of 2024 to 418 cases at the end of 2025", "63,100 at year-end 2025", "At year-end 2025,
243,900 persons were held". Round 20's :func:`.period_figure.at_year_end` reads only "the end of
the year"; with the year written out the figure took the year itself, while the keys date such
stocks at the year's last day (docs/facts.md, "Stocks"). The year must be the figure's own
period: "1,140 more than at the end of 2024", a 2025 change, keeps its year."""

from __future__ import annotations

import re

#: "at the end of 2025", "at the close of 2025", "at year-end 2025", "at year end 2025".
_AT_END = r"at\s+(?:the\s+(?:end|close)\s+of\s+|year[-\s]end\s+)(?P<y>(?:19|20)\d\d)\b"
#: The words after a figure, within its clause ("418 cases at the end of 2025").
_AFTER = re.compile(rf"[^,;.\d()]{{0,60}}?\b{_AT_END}", re.I)
#: A sentence that opens on the day with the figure as its subject ("At the end of 2025, 318
#: cases were still pending"); not "At the end of 2023, the bureau issued a reward for 10
#: fugitives", an event late in the year whose figure the keys give the year.
_OPENING = re.compile(
    rf"^\s*{_AT_END}\s*,\s*(?:a\s+total\s+of\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?\d",
    re.I,
)


def at_named_year_end(text: str, end: int, sentence: str, period: str) -> str:
    """``period``'s last day when the figure ending at ``end`` (``sentence``: its sentence up to
    there) is counted at the end of that very year; ``period`` otherwise."""
    if not re.fullmatch(r"\d{4}", period):
        return period
    named = _AFTER.match(text, end) or _OPENING.match(sentence)
    return f"{period}-12-31" if named is not None and named["y"] == period else period
