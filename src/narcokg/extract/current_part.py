"""(round 27, issue 14) A release on two periods, last year and this year's months so far ("notify
the 2025 year and this year January to May anti-drug work"), tells the year first and then this
year's months; once it has turned to those months ("This year January to May, …") and not gone
back to the year, a later paragraph's figure that names no period ("In the social aspect, the
police carried out hair testing 2,418 person-times") is one of those months, not the year the
document defaults to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.period_kinds import PeriodMention
    from narcokg.extract.text import Sentence


def current_part(context: DraftContext, sentence: Sentence, start: int, label: str) -> str:
    """``label``, the document's default year, or the part of the next year the lead names
    with it when the text turned to that part before ``sentence``'s paragraph."""
    if label != context.default_period or not label.isdigit():
        return label
    named = [p for p in context.periods if not (p.comparison or p.earlier or p.running)]
    part = _lead_part(context, named)
    if part is None:
        return label
    first = min(s.start for s in context.sentences if s.paragraph == sentence.paragraph)
    if any(first <= p.start < start for p in named):
        return label  # its paragraph names a period: that one holds
    turned = [p.start for p in named if p.label == part.label and part.end <= p.start < first]
    back = [p for p in named if p.label == label and turned and turned[-1] < p.start < start]
    return part.label if turned and not back else label


def _lead_part(context: DraftContext, named: list[PeriodMention]) -> PeriodMention | None:
    """The part of the year after the default one that the paragraph first naming the default
    year names too ("the 2025 year and this year January to May")."""
    year = context.default_period
    lead = next((p for p in named if p.label == year), None)
    if lead is None:
        return None
    paragraph = _paragraph(context, lead.start)
    return next(
        (
            p
            for p in named
            if _paragraph(context, p.start) == paragraph
            and p.label.startswith(f"{int(year) + 1}-01-01/")
            and p.label[-10:] < context.published.isoformat()
        ),
        None,
    )


def _paragraph(context: DraftContext, at: int) -> int:
    return next((s.paragraph for s in context.sentences if s.start <= at < s.end), -1)
