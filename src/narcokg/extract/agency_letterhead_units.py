"""(round 52, issue 14) A unit the letterhead names under or after its owner keeps that name:
"NATIONAL POLICE OF X / Anti-Drug Brigade" or "Judicial Police - Narcotics Investigation
Brigade" over a lead "The Anti-Drug Brigade of the National Police of X (PNX) seized …". The
name grammar read the lead's "<unit> of the <owner>" as one name, or the letterhead's owner, and
the unit's later "the Brigade" was not read at all, so the figures went to the owner or the
ministry above it; the keys name the unit as the text first gives it in full, on its letterhead
line, without its owner (docs/facts.md "Agency ids"). Internal to :mod:`.agency_late_names`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention

#: A letterhead line's last part (after a dash, or the whole line), a capitalised name.
_PART = re.compile(
    r"^(?:.*[ ][-\u2013\u2014][ ])?(?P<unit>[A-Z][\w'-]*(?:[ ](?:of|and|for|[A-Z][\w'-]*)){1,6})$"
)
#: Where the owner's name on a letterhead line ends: its acronym or the dash before its unit.
_OWNER_CUT = re.compile(r"[ ]\(|[ ][-\u2013\u2014][ ]")
#: The lines a letterhead fills before the title or the dateline.
_LETTERHEAD_LINES = 5


def letterhead_units(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Give a unit the lead names "of the" its owner the name its letterhead line gives it, when
    the owner the lead names heads that line or the line above it."""
    lines = [line.strip() for line in text.split("\n", _LETTERHEAD_LINES)[:_LETTERHEAD_LINES]]
    for number, line in enumerate(lines):
        part = _PART.match(line)
        if part is None or part["unit"].isupper():
            continue
        unit = part["unit"]
        lead = re.search(rf"(?<![\w-])[Tt]he[ ]{re.escape(unit)}[ ]of[ ](?:the[ ])?", text)
        above = line[: part.start("unit")] or (lines[number - 1] if number else "")
        owner = _OWNER_CUT.split(above, maxsplit=1)[0].removeprefix("The ").strip().lower()
        # a unit under another unit of its owner (a department's division) is not cut from it
        if lead is None or not owner or not text[lead.end() :].lower().startswith(owner):
            continue
        start, end = lead.start() + 4, lead.start() + 4 + len(unit)
        # the name the grammar read from inside the unit's name on past it ("… of the owner")
        read = [f for f in found if start <= f.start < end < f.end and f.key in agencies]
        if not read or agency_slug(unit) == read[0].key:
            continue
        old = agencies[read[0].key]
        new = Agency(agency_slug(unit), unit, old.jurisdiction, old.part_of)
        rename_agency(found, agencies, old.slug, new)
        _back_references(text, found, agencies, new.slug, unit)


def _back_references(
    text: str, found: list[Mention], agencies: dict[str, Agency], slug: str, unit: str
) -> None:
    """ "The Brigade opened …": the unit's head word after "the", when no other body's name has
    that word ("the Directorate" of an owner "General Directorate of Security")."""
    head = re.split(r"[ ](?:of|for|and)[ ]", unit)[0].rsplit(" ", 1)[-1]
    if any(head in a.label.split() for s, a in agencies.items() if s != slug):
        return
    for use in re.finditer(rf"(?<![\w-])[Tt]he[ ]{head}(?![\w-])", text):
        if not any(f.start < use.end() and use.start() < f.end for f in found):
            found.append(Mention(use.start() + 4, use.end(), slug, head))
    found.sort(key=lambda f: f.start)
