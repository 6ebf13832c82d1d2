"""(issue 14, round 22) The span of an operation's section: a heading on a line of its own that
names a project or an operation ("Project Lantern", "Operation Sandpiper") opens a section, and
the first span of months or days the section states ("From March to October 2025, the unit
investigated a network …", "The project ran from June 2 to October 24, 2025.") is the period of
the section's later figures that name none of their own: "During the project, the unit arrested
11 people", the items of "During the project, police seized:", "Officers also seized 312
kilograms …" after an action day. Used by :mod:`.period_pairs`."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext
from narcokg.extract.period_kinds import OPERATION_SENTENCE
from narcokg.extract.text import Sentence


def section_span(context: DraftContext, sentence: Sentence) -> str | None:
    """The span the section of ``sentence`` states for the operation its heading names, or None
    when the heading names none or the section states no span before the sentence."""
    heading = heading_before(context, sentence)
    if heading is None or not (
        OPERATION_SENTENCE.search(heading.text) or _NAMED_IN_FRENCH.search(heading.text)
    ):
        return None
    spans = [
        p for p in context.periods
        if heading.end <= p.start < sentence.start
        and not p.comparison and not p.running and not p.earlier and _SPAN.fullmatch(p.label)
    ]  # fmt: skip
    return spans[0].label if spans else None


def heading_before(context: DraftContext, sentence: Sentence) -> Sentence | None:
    """The last heading before the paragraph of ``sentence``: a paragraph of one short sentence
    with no full stop (not a list's lead-in, whose items share its paragraph)."""
    for previous in reversed(context.sentences[: sentence.index]):
        if previous.paragraph == sentence.paragraph:
            continue
        alone = sum(s.paragraph == previous.paragraph for s in context.sentences) == 1
        if alone and _HEADING.fullmatch(previous.text):
            return previous
    return None


#: (round 30) A French-speaking force's project or operation ("Projet Verrou", "Opération
#: Hiver"), which English releases keep in its own name.
_NAMED_IN_FRENCH = re.compile(r"\b(?:projet|op[ée]ration)\b", re.I)
#: A heading: a short line with no full stop, not ending on a colon ("Drug Section: 2025 in
#: review" is one).
_HEADING = re.compile(r"[^.!?;\n]{2,60}(?<!:)")
#: A span of months or days spelt as dates ("2025-03-01/2025-10-31"), not a year or a label.
_SPAN = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")
