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

#: Round 40: a district's own release may name it in capitals on its letterhead ("NEW ZEALAND
#: POLICE - CENTRAL DISTRICT") and by its short name, "<Name> Police" ("Waitematā Police seized
#: ..."), the district's police as "<Name> District Police" is; not "<Name> Police districts",
#: a list of districts whose figure is the whole's.
_NAMES = "|".join((*_DISTRICTS, *(d.upper() for d in _DISTRICTS)))
_DISTRICT = re.compile(
    r"(?<![\w-])(?P<name>" + _NAMES + r")[ ](?:(?:District|DISTRICT)(?:[ ]Police|[ ]POLICE)?"
    r"|Police(?![ ](?:[Dd]istricts?|DISTRICTS?)))(?![\w-])"
)
#: The owner the text must name, so that "Central District" elsewhere is left alone; (round 40)
#: in any case ("NEW ZEALAND POLICE" on a letterhead) ...
_OWNER = re.compile(r"\bNew[ ]Zealand[ ]Police\b|\bNZ[ ]Police\b", re.IGNORECASE)
#: ... or a district whose name is New Zealand's alone (general knowledge), named as a district
#: or as its police: "Waitematā District" needs no owner named beside it.
_OWN_NAME = re.compile(
    r"(?<![\w-])(?:Waitematā|Waitemata|Counties[ ]Manukau|Auckland[ ]City|Bay[ ]of[ ]Plenty"
    r"|Waikato)[ ](?:District|Police)\b"
)
OWNER_SLUG = "new-zealand-police"


def nz_districts(text: str) -> list[tuple[int, int, Agency]]:
    """Every "<district> District", "<district> District Police" or (round 40) "<district>
    Police" of a text naming New Zealand Police or a district only New Zealand has: (start, end,
    the district labelled "<Name> District" as the text spells the name, part of New Zealand
    Police)."""
    if _OWNER.search(text) is None and _OWN_NAME.search(text) is None:
        return []
    found = []
    for m in _DISTRICT.finditer(text):
        name = m["name"]
        if name.isupper():  # "BAY OF PLENTY" on a letterhead: the table's spelling
            name = next(d for d in _DISTRICTS if d.upper() == name)
        label = f"{name} District"
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        found.append((m.start(), m.end(), Agency(slug, label, "New Zealand", OWNER_SLUG)))
    return found
