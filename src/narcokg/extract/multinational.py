"""The home of a multinational body's report (round 17; moved out of :mod:`.scope` in round 23,
which had reached its 400 lines): the European Union for one of the Union's own bodies whose lead
speaks of the Union as a whole, else the member countries an international body's lead lists.
Internal to :mod:`.placing`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.closing_notes import closing_note
from narcokg.extract.gazetteer import CUE_ONLY, EU
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.reporting_members import members_window
from narcokg.extract.scope import groups
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency


def multinational(
    text: str,
    opening: tuple[int, int],
    names: list[Name],
    regions: dict[str, Region],
    publisher: Agency | None,
) -> tuple[str, ...]:
    """(round 17) The home of a multinational body's report, which its seat's dateline
    ("Warsaw", "Lisbon") does not make a member's: the European Union for one of the Union's
    bodies ("European … Agency", "Europol", "Frontex") whose lead speaks of the Union as a whole
    ("27 EU Member States", "the EU's external borders") and whose title names no one country;
    else the member countries an international body's lead lists."""
    title_end, lead_end = opening
    if publisher is None or publisher.jurisdiction is None:
        label = publisher.label if publisher else ""
        one = len({n.key for n in names if n.end <= title_end and n.key not in CUE_ONLY}) == 1
        union = _UNION_BODY.match(label) and _UNION_WHOLE.search(text, title_end, lead_end)
        if union and EU in regions and not one:  # not "Germany: Country Drug Report"
            return (EU,)
        return members(text, title_end, lead_end, names, regions)
    return ()


#: The Union's own bodies: agencies named "European …" and the ones known by a short name.
_UNION_BODY = re.compile(r"(?:European|EU)\s|(?:Europol|Eurojust|Frontex)\b")
#: The Union as a whole in a lead: its member states, its possessions, EU-wide.
_UNION_WHOLE = re.compile(
    r"\bEU[- ]wide\b|\b(?:EU|European\s+Union)\s+[Mm]ember\s+[Ss]tates\b"
    r"|\b(?:the\s+)?(?:EU|European\s+Union)['\u2019]s\s+(?!drugs?\s+agency)"
    r"|\b(?i:across|throughout|within)\s+the\s+(?:European\s+Union|EU)\b"
)


def members(
    text: str, title_end: int, lead_end: int, names: list[Name], regions: dict[str, Region]
) -> tuple[str, ...]:
    """(round 17) The member countries a multinational body's lead lists ("The centre brings
    together officers of A, B and C", "its members are A, B and C"): its report is theirs as a
    whole, not its seat's country."""
    # (round 30) also the paragraph after a headline the lead stopped at ("PRESS RELEASE /
    # Lisbon, 21 April 2026 / <headline> / The centre, through which A, B and C …")
    spans = [(title_end, lead_end), (lead_end, members_window(text, lead_end))]
    if note := closing_note(text):
        spans.append(note)  # (round 30) "About MAOC-N: … established by A, B and C"
    for start, end in spans:
        if found := _listed(text, (start, end), names, regions):
            return found
    return ()


def _listed(
    text: str, span: tuple[int, int], names: list[Name], regions: dict[str, Region]
) -> tuple[str, ...]:
    """The first list of two countries or more right after a members' cue within ``span``."""
    for cue in _MEMBERS.finditer(text, *span):
        stop = text.find(". ", cue.end(), span[1])
        stop = span[1] if stop < 0 else stop
        inside = [n for n in names if cue.end() <= n.start < stop and n.key in regions]
        countries = [n for n in inside if regions[n.key].part_of is None and n.key not in CUE_ONLY]
        for group in groups(text, countries)[:1]:
            right_after = _RIGHT_AFTER.fullmatch(text, cue.end(), group[0].start)
            if len(group) >= 2 and (cue["passing"] is None or right_after):
                return tuple(dict.fromkeys(n.key for n in group))
    return ()


_MEMBERS = re.compile(
    r"\b(?:brings?\s+together|(?:its\s+)?(?:members|member\s+(?:states|countries))"
    r"\s+(?:are|include)"
    # (round 30) members named once in passing: "the centre through which A, B and C
    # coordinate …", "a centre established by A, B and C"
    r"|(?P<passing>through\s+which|(?:established|set\s+up|founded|created)\s+by))\b",
    re.I,
)
#: (round 30) Such a cue in passing names the members right after it: "established by A, B …".
_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?")
