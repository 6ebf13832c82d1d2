"""(round 27) A part of the period a sentence singles out with "alone" ("In the April-June 2026
quarter alone, agents seized 11.2 pounds", "Of that total, 17 pounds were taken in the fourth
quarter alone") counts a share of the whole named before: it is that sentence's own, and the
next sentence ("Agents also took 214,000 pills …") is of the whole period again."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext
from narcokg.extract.period_kinds import PeriodMention

#: "alone" a few words after the part ("the April-June 2026 quarter alone") or right before a
#: restatement of its months ("In the fourth quarter alone, April through June 2026, …").
_ALONE_AFTER = re.compile(r"[^.;:\n\d]{0,12}?\balone\b", re.I)
_ALONE_BEFORE = re.compile(r"\balone\s*,\s*$", re.I)


def singled_out(text: str, period: PeriodMention) -> bool:
    """The words of ``period`` single it out as a part counted "alone"."""
    before = text[max(0, period.start - 40) : period.start]
    return bool(_ALONE_AFTER.match(text, period.end) or _ALONE_BEFORE.search(before))


def part_sentence(context: DraftContext, period: PeriodMention) -> int | None:
    """The start of the sentence singling ``period`` out as a part, or None: every period that
    sentence names (the part, its months restated) is its own."""
    if not singled_out(context.text, period):
        return None
    told = next((s for s in context.sentences if s.start <= period.start < s.end), None)
    return told.start if told is not None else None
