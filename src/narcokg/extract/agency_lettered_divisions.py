"""(round 49, issue 14) A national force's lettered division is the body of a release that
introduces the force in a province or territory by it ("The Royal Canadian Mounted Police in
Yukon, "M" Division, today released …", "… in Saskatchewan, known as "F" Division", "… in the
Northwest Territories ("G" Division)"). The keys give the release's figures to the division (or
name it among the body's labels); the draft gave them to the force nationwide or to "<Place> RCMP",
and never found the quoted division (three calibration reports of three rounds, 73-154). The
force's own mentions and its "<Place> RCMP" become the division; a detachment stays itself.
Internal to :mod:`.agency_late_names`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention

_QUOTED = r"[\"\u201c](?P<letter>[A-Z])[\"\u201d][ ]Division"
#: "The Royal Canadian Mounted Police in Yukon, "M" Division", "… (known as "F" Division)".
_INTRODUCED = re.compile(
    r"Royal[ ]Canadian[ ]Mounted[ ]Police[ ]in[ ](?:the[ ])?(?P<place>[A-Z][\w ]{2,40}?)"
    r"(?:,[ ](?:known[ ]as[ ])?|[ ]\()" + _QUOTED
)
_FORCE = "royal-canadian-mounted-police"


def lettered_divisions(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key the force, its "<Place> RCMP" and every quoted mention of the division to it."""
    introduced = _INTRODUCED.search(text)
    if introduced is None:
        return
    letter, place = introduced["letter"], introduced["place"]
    label = f'"{letter}" Division'
    division = Agency(agency_slug(label), label, place)
    agencies.setdefault(division.slug, division)
    for m in re.finditer(_QUOTED, text):
        if m["letter"] == letter and _free(found, m.start(), m.end()):
            found.append(Mention(m.start(), m.end(), division.slug, m.group()))
    for slug in [s for s, a in agencies.items() if _is_force(a, place)]:
        rename_agency(found, agencies, slug, division)
    found.sort(key=lambda f: f.start)


def _is_force(agency: Agency, place: str) -> bool:
    """The force itself, or the force in the division's place ("Yukon RCMP")."""
    return agency.slug == _FORCE or agency.label == f"{place} RCMP"


def _free(found: list[Mention], start: int, end: int) -> bool:
    """No mention found yet overlaps ``[start, end)``."""
    return not any(f.start < end and start < f.end for f in found)
