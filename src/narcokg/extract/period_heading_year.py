"""(round 34) A section headed by a year ("2025 results", "2025 in review") in a release that
first reports a project's months: the section's figures that name no period of their own are
that year's, not the project's span the lead made the report's period ("Officers arrested 341
people for drug offences during the year" under "2025 results")."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext
from narcokg.extract.period_kinds import OPERATION_SENTENCE
from narcokg.extract.period_sections import heading_before
from narcokg.extract.text import Sentence


def section_year(context: DraftContext, sentence: Sentence, label: str) -> str:
    """The one calendar year the heading of ``sentence``'s section names, when ``label`` is the
    report's default period, a span of months or days inside that year; else ``label``."""
    if label != context.default_period or not _SPAN.fullmatch(label):
        return label
    heading = heading_before(context, sentence)
    if heading is None or OPERATION_SENTENCE.search(heading.text):
        return label  # "Operation Harbour 2025": the operation's own section
    lead = _LEAD.search(context.text)
    if lead is None or heading.start < lead.start():
        return label  # a title or a letterhead line, not a section's heading
    years = {
        p.label for p in context.periods
        if heading.start <= p.start < heading.end and not p.comparison
    }  # fmt: skip
    if len(years) != 1 or not re.fullmatch(r"\d{4}", year := years.pop()):
        return label
    return year if label[:4] == year and label[11:15] == year else label


#: The lead: the first line of 100 characters or more.
_LEAD = re.compile(r"[^\n]{100,}")
#: A span of months or days spelt as dates ("2025-03-03/2025-10-29").
_SPAN = re.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")
