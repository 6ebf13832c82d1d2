"""(round 27, issue 14) "Since April" with no year runs to publication, unless the paragraph
before it already stated a closed span of that year holding April that ends before publication
("This year January to May, … cracked 81 cases. Since April launched the special action, the
whole city cracked 33 cases"): the count is then one of that span's, April to May, as a reader
of the release takes it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.drafts import nearest
from narcokg.extract.gazetteer import Mention as Name

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.text import Sentence

_SPAN = re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})")


def within_stated_span(context: DraftContext, sentence: Sentence, label: str) -> str:
    """``label``, a span from a month's first day to publication, cut at the end of the span
    in force before ``sentence`` in its paragraph when that holds its start."""
    since = _SPAN.fullmatch(label)
    if since is None or since[2] != context.published.isoformat():
        return label
    names = [
        Name(p.start, p.end, p.label, "")
        for p in context.periods
        if p.end <= sentence.start and not (p.comparison or p.earlier or p.running)
    ]
    found, _ = nearest(names, sentence, context, sentence.start, sentence.start)
    stated = _SPAN.fullmatch(found.key) if found else None
    if stated is None or not stated[1] <= since[1] <= stated[2] < since[2]:
        return label
    return f"{since[1]}/{stated[2]}"
