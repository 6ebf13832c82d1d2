"""Phrases that single out part of a figure and carry their own period: "seized 1,180 kilograms,
including 218 kilograms … in April 2022"; (round 33) "closed 78 county lines, 31 of them in the
final quarter from January to March": the quarter is the 31's only, not the 78's nor a later
sentence's."""

from __future__ import annotations

import re

#: a phrase's cue: an example ("including", "such as") or a count of the figure before it ("31 of
#: them", "602 of those", "40% of them"), which starts at its own number
EXAMPLE = re.compile(
    r"\b(?:including|among\s+them|of\s+which|such\s+as)\b"
    r"|\b\d[\d,.]*\s*(?:%|per\s*cent)?\s+of\s+(?:them|those|these)\b",
    re.I,
)
