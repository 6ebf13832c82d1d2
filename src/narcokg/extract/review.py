"""A terminal review of a draft: each figure in its sentence, its drafted fields, and the fields
its review notes put in doubt marked (``?``, and in yellow on a terminal), so that a reviewer
checks a 20-figure report in minutes."""

from __future__ import annotations

import textwrap

from narcokg.extract.drafts import Draft, DraftMeasurement
from narcokg.extract.evaluate import level_of

YELLOW, BOLD, RESET = "\033[33m", "\033[1m", "\033[0m"
FIELDS = ("measure", "unit", "period", "region", "agency", "operation", "change_of")


def doubted(m: DraftMeasurement) -> set[str]:
    """The fields a review note names ("period: …", "region …", "measure …")."""
    found = set()
    for note in m.review:
        head = note.removeprefix("as its base figure: ").split()[0].rstrip(":").lower()
        found |= {name for name in FIELDS if head.startswith(name)}
        if "proposed" in note:
            found |= {"measure", "unit"}
        if "change" in note:
            found.add("change_of")
    return found


def review_table(draft: Draft, *, colour: bool) -> str:
    """The draft, one block per figure."""
    blocks = [f"{draft.doc_id}: {len(draft.measurements)} figures (? = check this field)"]
    for m in draft.measurements:
        blocks.append(_block(draft, m, colour))
    return "\n\n".join(blocks) + "\n"


def _block(draft: Draft, m: DraftMeasurement, colour: bool) -> str:
    mark = (BOLD + "[[", "]]" + RESET) if colour else ("[[", "]]")
    start, end = m.mention.start, m.mention.end
    left = draft.text.rfind("\n", 0, start) + 1
    right = draft.text.find("\n", end)
    right = len(draft.text) if right < 0 else right
    lo, hi = max(left, start - 160), min(right, end + 160)
    sentence = draft.text[lo:start] + mark[0] + draft.text[start:end] + mark[1] + draft.text[end:hi]
    lines = [f"{m.id}  confidence {m.confidence:.2f} ({level_of(m.confidence)})"]
    lines += textwrap.wrap(
        sentence, 100, initial_indent="  ", subsequent_indent="  ", break_long_words=False
    )
    doubt = doubted(m)
    values = {
        "measure": m.measure,
        "unit": m.unit,
        "period": m.period,
        "region": " + ".join(m.regions) or "-",
        "agency": m.agency or "-",
        "operation": m.operation or "-",
        "change_of": m.change_of or "-",
    }
    number = f"{m.mention.qualifier} {m.mention.number}"
    cells = [f"number={number}"]
    for name in FIELDS:
        cell = f"{name}={values[name]}"
        if name in doubt:
            cell = f"{YELLOW}{cell}?{RESET}" if colour else f"{cell}?"
        cells.append(cell)
    lines += textwrap.wrap("  ".join(cells), 100, initial_indent="  ", subsequent_indent="  ")
    lines += [f"  - check: {note}" for note in m.review]
    return "\n".join(lines)
