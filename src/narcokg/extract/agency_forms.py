"""Forms of agency names read from the text's layout (round 8): the agency a release's first
line names alone, a unit named right after its owner ("DEA Miami Field Division", "Coast Guard
Sector San Juan"), a register "kept by" an agency. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import AGENCY_NAME, HEADING_AGENCY, ISSUED_BY


def heading_agency(text: str) -> tuple[int, str] | None:
    """The agency a release's first line only names ("Hong Kong Police Force", "Europol press
    release"; a line in capitals read as a name: "NORTHERN TERRITORY POLICE, FIRE AND EMERGENCY
    SERVICES"): its start and label."""
    lines = text.split("\n", 2)
    first = _heading_line(lines[0])
    # "Oregon Health Authority\nPublic Health Division": the unit on the second line issues it
    named = first is not None or AGENCY_NAME.fullmatch(lines[0].strip()) is not None
    second = _heading_line(lines[1]) if named and len(lines) > 2 else None
    if second is not None:
        return len(lines[0]) + 1 + second[0], second[1]
    return first


def _heading_line(line: str) -> tuple[int, str] | None:
    if line.isupper():  # the same length, so offsets hold
        small = {"and", "of", "for", "the"}
        line = re.sub(
            r"[^\s,]+", lambda w: w[0].lower() if w[0].lower() in small else w[0].capitalize(), line
        )
    match = HEADING_AGENCY.match(line)
    if match is None or len(match["name"].split()) < 2 or ISSUED_BY.match(line):
        return None
    return match.start("name"), match["name"]


def unit_after(text: str, owner: Mention) -> Mention | None:
    """A unit named right after its owner's name: "DEA Miami Field Division" (the division by its
    own name), "Coast Guard Sector San Juan", "Coast Guard Seventh District" (a sector or
    district is named with its owner). ``key`` is left to the caller."""
    match = _UNIT_AFTER.match(text, owner.end)
    if match is None:
        return None
    start = match.start("unit") if match["unit"] else owner.start
    label = match["unit"] or f"{owner.text} {match['kind']}"
    return Mention(start, match.end(), owner.key, label)


_UNIT_AFTER = re.compile(
    r"[ ](?:(?P<unit>(?:[A-Z][\w'-]*[ ]+){1,3}(?:Field[ ]+)?(?:Division|Section|Squad|Branch))"
    r"|(?P<kind>(?:Sector|District)[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][a-z][\w'-]*)?"
    r"|(?:First|Second|Third|Fifth|Seventh|Eighth|Ninth|Eleventh|Thirteenth|Fourteenth"
    r"|\d{1,2}(?:st|nd|rd|th))[ ]+District))\b"
)


def kept_by(text: str, found: list[Mention]) -> None:
    """A register or system "kept by", "run by" or "maintained by" an agency is that agency ("the
    Central Registry of Drug Abuse, kept by the Narcotics Division, …")."""
    for index, mention in enumerate(list(found)):
        by = _KEPT_BY.match(text, mention.end)
        keeper = next((f for f in found if by and f.start == by.end()), None)
        if keeper is not None:
            found[index] = Mention(mention.start, mention.end, keeper.key, mention.text)


_KEPT_BY = re.compile(
    r",?\s+(?:which\s+is\s+)?(?:kept|run|maintained|managed|operated|compiled)\s+by\s+(?:the\s+)?"
)
