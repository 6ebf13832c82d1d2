"""(round 25) A national police force's detachment or division named by its place before the
force's acronym: "Richmond RCMP", "the Yukon RCMP", "Alberta RCMP". Keys name such a unit as a
body of its own ("<Place> RCMP", part of the force, in that place), as docs/facts.md's "issuing
sub-unit" rule reads it; the acronym alone stays the force. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.model.regions import region_slug

#: Acronyms of national forces whose local units are named "<Place> <ACRONYM>".
_FORCES = {"RCMP": "royal-canadian-mounted-police"}
#: One or two capitalised place words (or a province's initials, "BC") right before the acronym,
#: on one line; not a sentence's function word ("The RCMP", "With RCMP help").
_DETACHMENT = re.compile(
    r"\b(?P<place>(?:[A-Z][a-z]+[ ]){0,1}[A-Z][a-z]+|[A-Z]{2})[ ](?P<force>"
    + "|".join(_FORCES)
    + r")\b"
)
_NOT_PLACE = re.compile(
    r"^(?:The|A|An|And|By|From|With|Of|For|To|In|On|At|Former|Local|Federal|National|Canadian"
    r"|Said|Says|Both|Two|Three|Four|Several|Other|All|Many|Some|Our|Its|Their)\b"
)


def place_detachments(text: str, region_names: set[str]) -> list[tuple[int, int, Agency]]:
    """Each "<Place> <ACRONYM>" of a national force: (start, end, the detachment)."""
    found = []
    for m in _DETACHMENT.finditer(text):
        place = m["place"]
        if _NOT_PLACE.match(place):
            continue
        label = f"{place} {m['force']}"
        where = place if place in region_names else None
        agency = Agency(region_slug(label), label, where, _FORCES[m["force"]])
        found.append((m.start(), m.end(), agency))
    return found
