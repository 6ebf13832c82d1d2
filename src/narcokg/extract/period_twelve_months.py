"""(round 36) One test, four readers: a period label spelt as twelve whole months from the first
of a month ("2023-10-01/2024-09-30", a fiscal year written as its dates). `fiscal_years`,
`period_kinds`, `period_lead_year` and `period_fiscal_quarters` each carried their own copy."""

from __future__ import annotations

import re

_SPAN = re.compile(r"(\d{4})-(\d\d)-01/(\d{4})-(\d\d)-\d\d")


def twelve_months(label: str) -> tuple[int, int, int] | None:
    """The start year, first month and end year of ``label`` when it spans twelve whole months
    (January too: callers that want a fiscal year other than the calendar's check the month)."""
    span = _SPAN.fullmatch(label)
    if span is None:
        return None
    start, first, end, last = int(span[1]), int(span[2]), int(span[3]), int(span[4])
    return (start, first, end) if (end - start) * 12 + last - first == 11 else None
