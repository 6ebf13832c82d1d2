"""(round 52) The country a national body's letterhead names where the gazetteer reader cannot
take it: a wholly upper-case line ("REPUBLIC OF CÔTE D'IVOIRE - MINISTRY OF THE INTERIOR") or a
force named for its country ("Israel Police - Spokesperson's Unit": "Israel" is a given name too
and counts only standing alone). The body's own country outranks a place named in passing in the
body ("said Chief Inspector Ana Lima": no report of Peru's), so :func:`.home_country.
document_country` asks here before it counts the names.

Only the opening block is read (the lines before the first blank line, each short, as a
letterhead's are), only countries and territories of no parent, and never a name two regions share
("GEORGIA STATE PATROL" is the US state's). A division's upper-case name is read too, so that the
country inside it does not count ("NEW JERSEY" is no Jersey).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import ambiguity

if TYPE_CHECKING:
    from narcokg.model.regions import Region

#: A letterhead's line: shorter than a line of prose.
_LINE_MAX = 120
#: What follows a country's name in a national force's own name.
_FORCE_AFTER = r"(?:\s+National)?\s+Police\b"
#: A town named like a country ("CITY OF LEBANON POLICE DEPARTMENT", "LEBANON POLICE DIVISION"):
#: its town's words before it, or a town force's after it.
_TOWN = re.compile(r"\b(?:city|town|village|township|borough)\s+of\s+(?:the\s+)?$", re.I)
_TOWN_FORCE = re.compile(r"\s+Police\s+(?:Department|Division)\b", re.I)


def letterhead_country(text: str, regions: dict[str, Region]) -> str | None:
    """The one country the opening block names in upper case or as "<Country> Police", else
    none (none either when it names two)."""
    block = re.split(r"\n\s*\n", text.lstrip(), maxsplit=1)[0].splitlines()
    names, upper, mixed = _readers(regions)
    found: set[str] = set()
    for line in block:
        if len(line) > _LINE_MAX:
            return None  # a text without a letterhead: its first line is prose
        matches = [*upper.finditer(line)] if line.isupper() else []
        matches += [*mixed.finditer(line)]
        found |= {
            names[m[1].upper()]
            for m in matches
            if not _TOWN.search(line[: m.start()]) and not _TOWN_FORCE.match(line, m.end(1))
        }
    countries = {n for n in found if regions[n].kind == "country" and regions[n].part_of is None}
    return countries.pop() if len(countries) == 1 else None


#: The readers of the last gazetteer seen (one per run: building them takes a moment).
_LAST: list[tuple[dict[str, Region], tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]]] = []


def _readers(
    regions: dict[str, Region],
) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Upper-case surface -> region, and the upper-case and "<Country> Police" patterns."""
    if _LAST and _LAST[0][0] is regions:
        return _LAST[0][1]
    shared = ambiguity.shared(regions)
    names: dict[str, str] = {}
    for region in regions.values():
        parent = regions.get(region.part_of) if region.part_of else None
        if parent is not None and parent.part_of is not None:
            continue  # a city or county names no letterhead's country
        for surface in (region.name, *region.aliases):
            if surface not in shared and len(surface) > 3:
                names.setdefault(surface.upper(), region.name)
    surfaces = sorted(names, key=len, reverse=True)
    upper = re.compile(rf"(?<![\w.'])({'|'.join(map(re.escape, surfaces))})(?![\w'])")
    mixed = re.compile(
        rf"(?<![\w.'])({'|'.join(map(re.escape, surfaces))}){_FORCE_AFTER}",
        re.IGNORECASE,
    )
    _LAST[:] = [(regions, (names, upper, mixed))]
    return names, upper, mixed
