"""(round 30, issue 14) A release's closing note about its issuer ("About the X HIDTA",
"Background", "Notes to editors"): writers often name a body's area or its members only there,
once ("… covers designated counties in A, B and C", "established by A, B and C"). The note is
the text after the last such heading line in the second half of the text. Used by
:mod:`.body_areas` and :mod:`.multinational`, which read their cues there as in the lead."""

from __future__ import annotations

import re

#: A heading line of its own: "About the centre", "About MAOC-N", "Background", "BACKGROUND",
#: "Notes to editors", "Note for editors".
_HEADING = re.compile(
    r"^[ \t]*(?:About\s[^\n.]{1,60}|Background|BACKGROUND|Notes?\s+(?:to|for)\s+editors)"
    r"[ \t]*:?[ \t]*$",
    re.M,
)


def closing_note(text: str) -> tuple[int, int] | None:
    """The span of the closing note about the issuer, if a heading opens one in the text's second
    half (a section "Background" near the top is the report's own matter, not such a note)."""
    found = [m for m in _HEADING.finditer(text) if m.start() >= len(text) // 2]
    return (found[-1].end(), len(text)) if found else None
