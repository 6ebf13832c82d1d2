"""A terminal review of a draft: each figure in its sentence, its drafted fields, and the fields
its review notes put in doubt marked (``?``, and in yellow on a terminal), so that a reviewer
checks a 20-figure report in minutes."""

from __future__ import annotations

import re
import textwrap

from narcokg.extract.drafts import Draft, DraftMeasurement
from narcokg.extract.evaluate import level_of
from narcokg.extract.frame_answers import FrameGuess, resting_on_frame
from narcokg.extract.frame_guess import sureness

YELLOW, BOLD, RESET = "\033[33m", "\033[1m", "\033[0m"
FIELDS = ("measure", "unit", "period", "region", "agency", "operation", "change_of")


def doubted(m: DraftMeasurement) -> set[str]:
    """The fields a review note puts in doubt: those it names ("period: …", "no region found",
    "the earlier figure of a 'from … to …' comparison: period assumed …"), the measure and unit
    of a proposed measure, the number of a share or a repaired garble, the change link."""
    found = set()
    for note in m.review:
        lowered = note.lower()
        found |= {name for name in FIELDS if re.search(rf"\b{name}\b", lowered)}
        if "proposed" in lowered:
            found |= {"measure", "unit"}
        if "change" in lowered or "linked" in lowered or "respectively" in lowered:
            found.add("change_of")
        if (
            lowered.startswith(("a share", "repaired", "a figure in the title"))
            or "garble" in lowered
        ):
            found.add("number")
        if lowered.startswith("a headline figure"):
            found |= {"period", "region"}
    return found


#: The guessed frame (with the answers already given) and the command that corrects it.
FrameView = tuple[FrameGuess, str]


def review_table(draft: Draft, *, colour: bool, frame: FrameView | None = None) -> str:
    """The draft, one block per figure; first the report's frame when ``frame`` is given."""
    blocks = [frame_block(draft, *frame)] if frame is not None else []
    blocks += [f"{draft.doc_id}: {len(draft.measurements)} figures (? = check this field)"]
    for m in draft.measurements:
        blocks.append(_block(draft, m, colour))
    return "\n\n".join(blocks) + "\n"


def frame_block(draft: Draft, guess: FrameGuess, command: str) -> str:
    """The report's frame, to settle first: the home region, main period and issuer every figure
    placed from the context takes, each with why, how sure, and how many figures rest on it."""
    answers = guess.answers
    resting = resting_on_frame(draft.measurements)
    rows = [
        ("region", " + ".join(guess.region) or "-", guess.region_why, " + ".join(answers.region)),
        ("period", guess.period, guess.period_why, answers.period or ""),
        ("agency", guess.agency or "-", guess.agency_why, answers.agency or ""),
    ]
    lines = ["FRAME: settle these first; every figure placed from the context takes them"]
    for name, value, why, answered in rows:
        if answered:
            lines.append(f"  {name:<7} {answered}  (your answer; the rules guessed {value}: {why})")
            continue
        lines.append(f"  {name:<7} {value}  why: {why}")
        took = f"{resting[name]} of {len(draft.measurements)} figures took it"
        lines.append(f"  {'':<7} {sureness(name, why)}; {took}")
    lines.append(f"  to correct: {command}")
    return "\n".join(lines)


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
        sentence,
        100,
        initial_indent="  ",
        subsequent_indent="  ",
        break_long_words=False,
        break_on_hyphens=False,  # a quote such as "twelve-fold" stays whole on its line
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
    if m.denominator is not None:
        number += f" out of {m.denominator}"
    cells = [_cell("number", number, "number" in doubt, colour)]
    cells += [_cell(name, values[name], name in doubt, colour) for name in FIELDS]
    lines += textwrap.wrap("  ".join(cells), 100, initial_indent="  ", subsequent_indent="  ")
    lines += [f"  - check: {note}" for note in m.review]
    return "\n".join(lines)


def _cell(name: str, value: str, doubt: bool, colour: bool) -> str:
    cell = f"{name}={value}"
    if doubt:
        return f"{YELLOW}{cell}?{RESET}" if colour else f"{cell}?"
    return cell
