"""(round 19) The unit that ran a release's operation. A force's release often opens on a
project one of its units ran ("The Organized Crime Unit of the X Police Service has concluded
Project Y", "an investigation by the Z Section of the X Police", "Detectives from X Police's Drug
Taskforce have charged …") and then gives the force's own results under a heading ("2025
results"). The figures between the lead and that heading are the unit's (docs/facts.md, the
issuing sub-unit); those the draft would give the force, the publisher, go to the unit.
Internal to :mod:`.draft` and :mod:`.attribution`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention


def operation_unit(
    text: str,
    lead_end: int,
    mentions: list[Mention],
    agencies: dict[str, Agency],
    publisher: Mention | None,
) -> tuple[Mention, int] | None:
    """The unit of the publisher its lead says ran a project or operation, and where the
    section about it ends (the first heading line after the lead, else the text's end)."""
    if publisher is None:
        return None
    lead_start = text.rfind("\n", 0, lead_end) + 1
    heading = _HEADING_LINE.search(text, lead_end)
    end = heading.start() if heading else len(text)
    if not _OPERATION.search(text, lead_start, end):  # a named operation in the section
        return None
    for unit in mentions:
        if not lead_start <= unit.start < lead_end:
            continue
        if agencies[unit.key].part_of != publisher.key:
            continue
        ran = _RAN_AFTER.match(text, unit.end) or _RAN_BEFORE.search(text[lead_start : unit.start])
        if ran:
            return unit, end
    return None


#: A named project or operation ("Project Ironwood", "Operation Halyard").
_OPERATION = re.compile(r"\b(?:Project|Operation)\s+[A-Z]")
#: After the unit: it ran the work ("… (EDGE) has concluded", "… have charged").
_RAN_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z-]{1,7}\))?\s+(?:has|have)\s+(?:concluded|completed|dismantled"
    r"|charged|arrested|disrupted)\b"
)
#: Before the unit: "an investigation by the", "Detectives from Victoria Police's".
_RAN_BEFORE = re.compile(
    r"(?:\b(?:investigation|operation|probe)\s+(?:led\s+|conducted\s+)?by"
    r"|\b(?:Investigators|Detectives|Officers|Members)\s+(?:from|of)"
    r"(?:\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5}['\u2019]s)?)\s+(?:the\s+)?$"
)
#: A section heading: a short line of its own without closing punctuation ("2025 results").
_HEADING_LINE = re.compile(r"(?<=\n\n)(?![-\u2022*])[^\n]{3,50}(?<![.!?:;,\"\u201d])(?=\n)")
