"""Round 39: the twelve districts of New Zealand Police, a table of bodies. A district is a unit
of the national police named "<Name> District"; its releases also say "<Name> District Police"
(the district's police, the same unit), which the name grammar read as a body of its own, and a
district whose name holds "City" ("Auckland City District") was read as no body at all."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency

#: New Zealand Police's districts since 2012 (general knowledge), with the macron-less spellings.
_DISTRICTS = (
    "Northland",
    "Waitematā",
    "Waitemata",
    "Auckland City",
    "Counties Manukau",
    "Waikato",
    "Bay of Plenty",
    "Eastern",
    "Central",
    "Wellington",
    "Tasman",
    "Canterbury",
    "Southern",
)

_DISTRICT = re.compile(
    r"(?<![\w-])(?P<name>" + "|".join(_DISTRICTS) + r")[ ]District(?:[ ]Police)?(?![\w-])"
)
#: The owner the text must name, so that "Central District" elsewhere is left alone.
_OWNER = re.compile(r"\bNew[ ]Zealand[ ]Police\b|\bNZ[ ]Police\b")
OWNER_SLUG = "new-zealand-police"


def nz_districts(text: str) -> list[tuple[int, int, Agency]]:
    """Every "<district> District" or "<district> District Police" of a text naming New Zealand
    Police: (start, end, the district labelled "<Name> District", part of New Zealand Police)."""
    if _OWNER.search(text) is None:
        return []
    found = []
    for m in _DISTRICT.finditer(text):
        label = f"{m['name'].replace('ā', 'a')} District"
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        found.append((m.start(), m.end(), Agency(slug, label, "New Zealand", OWNER_SLUG)))
    return found
