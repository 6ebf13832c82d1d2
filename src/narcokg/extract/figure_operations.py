"""The operation of each figure: the one its sentence names before it (or "as part of" after
it), the last one named earlier in its paragraph, or the report's only operation when the
paragraph refers back to "the operation" (moved out of :mod:`.context` in round 24).

(issue 14, round 24) An operation its sentence does not name: a report on an operation states
its dates where it names it ("Operation Pacific Shield … deployed 4,300 troops from 16 February
to 29 March 2026", "Project Coulee ran from March 3 to September 19, 2025") and then counts what
was done "during the six weeks", "over the course of the project", in a list of what "police
seized:", on one action day inside those dates. A figure whose period lies inside the span of
days stated in a sentence naming an operation, before the figure, is that operation's when no
other operation's span holds it. Not a figure of a whole year, a base year or a span running
past those dates; not a span still running at publication ("Since the … special action was
launched in May") nor one opening on 1 January, the year's months so far (docs/facts.md: an
operation's figures are those of its own run)."""

from __future__ import annotations

import re
from datetime import date

from narcokg.errors import FactError
from narcokg.extract.drafts import DraftContext, DraftOperation, nearest
from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence
from narcokg.model.periods import parse_period


def figure_operation(
    context: DraftContext,
    sentence: Sentence,
    mention: Mention,
    period: str,
    operations: list[DraftOperation],
    measure: str = "",
) -> str | None:
    """The slug of the operation of the figure ``mention`` of ``period``, or None."""
    named = _operation(context, sentence, mention, operations)
    if named is not None or _is_stock(measure):
        # (round 25) a stock ("As of the end of May, 9,412 registered drug users") counts what
        # is there on a day, not what an operation whose dates hold that day did
        return named
    return operation_by_span(context, mention.start, period, operations)


def _is_stock(measure: str) -> bool:
    from narcokg.model.registry import registry

    entry = registry().measures.get(measure)
    return entry is not None and entry.nature == "stock"


def _operation(
    context: DraftContext, sentence: Sentence, mention: Mention, operations: list[DraftOperation]
) -> str | None:
    name, _ = nearest(
        context.operations, sentence, context, mention.start, mention.end, before_only=True
    )
    later = [n for n in context.operations if mention.end <= n.start < sentence.end]
    if later and _PART_OF.search(context.text[mention.end : later[0].start]):
        name = later[0]  # "arrested 41 people ... as part of Operation Marteau"
    if name is None and len({n.key for n in context.operations}) == 1:
        paragraph = [s.text for s in context.sentences if s.paragraph == sentence.paragraph]
        if _refers_back(" ".join(paragraph), context, sentence):
            name = context.operations[0]  # the only operation, referred to as "the operation"
    if name is None:
        return None
    return next((op.slug for op in operations if op.label == name.key), None)


def _refers_back(paragraph: str, context: DraftContext, sentence: Sentence) -> bool:
    """The paragraph speaks of "the operation"; (round 24) or of "those charged" once a sentence
    of the body before ``sentence`` named it (not only the headline: "WRPS releases 2025
    year-end drug statistics and results of Project …")."""
    if _REFERS_BACK.search(paragraph):
        return True
    told = [s for s in context.sentences[: sentence.index] if s.text.endswith((".", ":"))]
    return bool(_THOSE.search(paragraph)) and any(
        s.start <= n.start < s.end for s in told for n in context.operations
    )


_PART_OF = re.compile(r"\b(?:as\s+part\s+of|under|during|in|through)\s+(?:the\s+)?$")


_REFERS_BACK = re.compile(  # (round 24) not a name ("the Project Coulee seizures")
    r"\b(?:the|an|this)\s+(?:operation|investigation|strike\s+force|project|raids?)\b"
    r"(?!\s+(?-i:[A-Z]))",
    re.I,
)
_THOSE = re.compile(r"\bthose\s+(?:arrested|charged)\b", re.I)


def operation_by_span(
    context: DraftContext, start: int, period: str, operations: list[DraftOperation]
) -> str | None:
    """The slug of the one operation named before ``start`` whose stated span of days holds
    ``period``, else None."""
    if not period or _PART_OF_YEAR.fullmatch(period):
        return None  # a quarter or half is the force's reporting period, not an action's days
    holding = {
        label
        for label, span in _stated_spans(context, start)
        if _inside(period, span, context.published)
    }
    if len(holding) != 1:
        return None
    label = holding.pop()
    return next((op.slug for op in operations if op.label == label), None)


def _stated_spans(context: DraftContext, start: int) -> set[tuple[str, str]]:
    """(operation label, span) for each span of days stated in a sentence, before ``start``,
    that names an operation (not a base, an earlier year's part or a running total)."""
    found: set[tuple[str, str]] = set()
    for name in (n for n in context.operations if n.start < start):
        sentence = next(s for s in context.sentences if s.start <= name.start < s.end)
        found.update(
            (name.key, p.label)
            for p in context.periods
            if sentence.start <= p.start < sentence.end
            and not (p.comparison or p.earlier or p.running)
            and _SPAN.fullmatch(p.label)
        )
    return found


def _inside(period: str, span: str, published: date) -> bool:
    """Whether ``period`` lies within ``span``, a span of days ("2026-02-16/2026-03-29") that
    ended before publication and did not open on 1 January."""
    # from 1 January: the year's months so far ("since this year, the city carried out the …
    # special action; from January to October it cracked …"), not the run of an operation
    if span[5:10] == "01-01":
        return False
    try:
        inner, outer = parse_period(period), parse_period(span)
    except FactError:
        return False
    return outer.start <= inner.start and inner.end <= outer.end < published


#: A quarter or a half of a year ("2026-Q2", "2026-H1").
_PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")
#: A span of days spelt as dates, not a year, a quarter or a label.
_SPAN = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")
