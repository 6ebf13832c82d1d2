"""Which mention of a world-gazetteer name is a place: names that two regions share, that are also
words or people's names, or that sit inside a longer name.

- A name two regions bear ("Georgia": the country and the US state "Georgia, United States";
  "Punjab": India's and Pakistan's) is the division whose country is the document's or is named
  in it, else the country of that name, else no region.
- A name that is also a common word or a given name (``GUARDED``: "Chad", "Jordan", "Turkey")
  counts only standing alone: not right after or before another capitalised word ("Michael
  Jordan", "Niger Delta", "Jersey City", "Georgia Tech").
- Some names never count alone (``LEFT_OUT``: "Washington" is the state only as "Washington
  State", the capital as "Washington, D.C."), and some phrases name a drug, not a place
  ("China White").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narcokg.model.regions import Region

#: Names that are also words or given names: they count only standing alone.
GUARDED = frozenset({
    "Chad", "Jordan", "Georgia", "Niger", "Guinea", "Turkey", "Jersey", "Virginia", "Montana",
    "Punjab", "Dominica", "Israel", "Nevada", "Maine", "Delaware",
    # cities that are also people's names ("Regina Morales said")
    "Regina", "Charlotte", "Darwin", "Adelaide", "Reno",
})  # fmt: skip
#: Names that never count alone (their aliases do).
LEFT_OUT = frozenset({"Washington"})
#: Phrases in which a country's name names no place.
NOT_PLACES = re.compile(r"China\s+[Ww]hite\b")
#: A sea, strait or other feature named after a place ("the Strait of Gibraltar route", "the Gulf
#: of Mexico"): the figure is not that place's.
FEATURE_BEFORE = re.compile(
    r"\b(?:Strait|Straits|Gulf|Bay|Sea|Ocean|Isthmus|Cape|Lake|Mount|Horn)\s+of\s+(?:the\s+)?$"
)
#: Partners named beside the reporting agency ("run jointly with agencies in Nevada and Oregon",
#: "with the authorities of Colombia"): where they work, not where the figure was counted.
PARTNERS_BEFORE = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:agencies|authorities|partners|counterparts"
    r"|police\s+forces|officials)\s+(?:in|of|from)\s+(?:the\s+)?$"
)
#: Capitalised words that may stand before a place without being part of its name.
_FUNCTION_WORDS = frozenset({
    "In", "The", "From", "To", "And", "Of", "For", "At", "By", "On", "With", "Across", "Throughout",
    "Both", "Including", "Like", "Than", "As", "Into", "Via", "Within", "Outside", "Neither", "Nor",
})  # fmt: skip
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w'-]*)[ ]$")
_WORD_AFTER = re.compile(r"[ ][A-Z]")


def surfaces(regions: dict[str, Region]) -> dict[str, str]:
    """Aliases -> the region that bears them (a shared alias: the first; :func:`pick` decides)."""
    found: dict[str, str] = {}
    for region in regions.values():
        for alias in region.aliases:
            found.setdefault(alias, region.name)
    return found


def shared(regions: dict[str, Region]) -> dict[str, list[str]]:
    """Names and aliases that several regions bear -> those regions."""
    bearers: dict[str, list[str]] = {}
    for region in regions.values():
        for surface in (region.name, *region.aliases):
            bearers.setdefault(surface, []).append(region.name)
    return {surface: names for surface, names in bearers.items() if len(names) > 1}


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is where a figure may be: not in a phrase that
    names no place or a feature named after it, not a partner's place, and a guarded name not
    beside another capitalised word."""
    if NOT_PLACES.match(text, start):
        return False
    window = text[max(0, start - 80) : start]
    if FEATURE_BEFORE.search(window):
        return False
    # a list of partners' places: "with agencies in Nevada, Utah and Oregon"
    window = re.sub(r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:and\s+)?)*$", "", window)
    if PARTNERS_BEFORE.search(window):
        return False
    if text[start:end] not in GUARDED:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before[1] not in _FUNCTION_WORDS:
        return False
    return not _WORD_AFTER.match(text, end)


def in_a_list(
    text: str, named: list[tuple[int, int, str]], regions: dict[str, Region]
) -> list[tuple[int, int, str]]:
    """(round 23) A name left out alone (``LEFT_OUT``) that is a member of a list of its
    country's divisions ("Idaho, Oregon and Washington", "Idaho and Washington followed with …",
    "Idaho (12.1%), Washington (9.8%) and Montana (7.5%)"): that division, as the list's other
    members are. ``named``: the (start, end, region) of the places found."""
    found: list[tuple[int, int, str]] = []
    for name in LEFT_OUT:
        if name not in regions or regions[name].part_of is None:
            continue
        country = regions[name].part_of
        peers = [n for n in named if regions[n[2]].part_of == country]
        for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?![\w])", text):
            before = any(_LISTED.fullmatch(text, end, m.start()) for _, end, _ in peers)
            after = any(_LISTED.fullmatch(text, m.end(), start) for start, _, _ in peers)
            taken = any(s <= m.start() < e for s, e, _ in named)  # "Washington, D.C."
            if (before or after) and not taken:
                found.append((m.start(), m.end(), name))
    return found


#: Between two members of a list, a bracketed figure after the first allowed: ", ", " and ",
#: ", and ", " (12.1%), ".
_LISTED = re.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")


def pick(candidates: list[str], regions: dict[str, Region], named: set[str | None]) -> str | None:
    """Of the regions bearing one name, the division whose country is named (or the document's),
    else the country of that name, else none."""
    divisions = [n for n in candidates if regions[n].part_of is not None]
    for name in divisions:
        if top(name, regions) in named:
            return name
    return next((n for n in candidates if regions[n].part_of is None), None)


def top(name: str, regions: dict[str, Region]) -> str:
    """The country (or other region of no parent) that ``name`` lies in."""
    region = regions[name]
    while region.part_of is not None:
        region = regions[region.part_of]
    return region.name


def named_division(label: str, regions: dict[str, Region], country: str) -> str | None:
    """A division of the report's country that an agency's name holds under a name several
    regions share ("Punjab Police" in an Indian report: Punjab, India); moved from
    :mod:`.placing` (round 24)."""
    for surface, bearers in shared(regions).items():
        if re.search(rf"(?<!\w){re.escape(surface)}(?!\w)", label):
            picked = pick(bearers, regions, {country})
            if picked is not None and regions[picked].part_of is not None:
                return picked
    return None
