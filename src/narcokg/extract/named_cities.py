"""(round 27, issue 14) A place the text names once with its state or province is that state's
wherever the text names it: in a release that says "Helsinki, Kansas", its "Helsinki Police
Department" and "Helsinki police" are the Kansas town's, not Finland's; likewise a "Bavaria,
Ore." or a "Cyprus, Vermont" (docs/facts.md "The report's frame": the smallest region holding the
body the text names). Only a state of another country than the one the bare name points to
decides ("Sydney, Victoria" changes nothing), and a mention named with another place ("Helsinki,
Finland") keeps it. Used by :mod:`.gazetteer` (mentions) and :mod:`.draft` (the issuer's
jurisdiction)."""

from __future__ import annotations

import re

from narcokg.extract.named_states import state_after
from narcokg.model.regions import Region


def placed_keys(
    text: str, found: list[tuple[str, str, int]], regions: dict[str, Region]
) -> list[str]:
    """The region of each mention (its text, region and end) once each bare mention of a place
    the text names with a foreign state is given that state."""
    states: dict[tuple[str, str], str | None] = {}
    keys: list[str] = []
    for name, key, end in found:
        if (name, key) not in states:
            states[name, key] = _foreign_state(text, name, key, regions)
        state = states[name, key]
        if state is not None and key != state and not _named_with_other(text, end, regions):
            key = state_after(text, end, regions) or state
        keys.append(key)
    return keys


def issuer_state(
    text: str, label: str, jurisdiction: str | None, regions: dict[str, Region]
) -> str | None:
    """The state an issuer (``label``) is placed in instead of its ``jurisdiction`` by a place
    inside its name that the text names with a foreign state ("Bavaria Police Department" of
    "Bavaria, Oregon"), else None."""
    if jurisdiction is None:
        return None
    words = _WORD.findall(label)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            state = _foreign_state(text, " ".join(words[i : i + size]), jurisdiction, regions)
            if state is not None:
                return state
    return None


def _foreign_state(text: str, name: str, key: str, regions: dict[str, Region]) -> str | None:
    """The one state the text names right after ``name``, when it lies in another country than
    ``key`` (the region the bare name points to)."""
    if key not in regions:
        return None
    found = {
        state
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I)
        if not _listed(text, m.start(), regions) and (state := state_after(text, m.end(), regions))
    }
    state = found.pop() if len(found) == 1 else None
    if state is None or _top(state, regions) == _top(key, regions):
        return None
    return state


def _listed(text: str, start: int, regions: dict[str, Region]) -> bool:
    """Whether the name at ``start`` ends a list of places ("Nepal, Bhutan and Bangladesh, Assam
    officers"): the state after it is the next place, not the name's own."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (before["prev"] is None or before["prev"] in regions)


def _named_with_other(text: str, end: int, regions: dict[str, Region]) -> bool:
    """Whether a mention ending at ``end`` is followed by a place of its own that is no state
    (", Finland")."""
    after = _COMMA_PLACE.match(text, end)
    other = after is not None and after["place"] in regions
    return other and state_after(text, end, regions) is None


def _top(name: str, regions: dict[str, Region]) -> str:
    region = regions[name]
    while region.part_of is not None and region.part_of in regions:
        region = regions[region.part_of]
    return region.name


#: The capitalised words of an issuer's name, a place among them ("Bavaria", "New Hampshire")
_WORD = re.compile(r"[A-Z][\w'.-]*")
#: Before a list's last member: "and ", "or ", or another place and a comma
_BEFORE = re.compile(r"(?:\b(?:and|or)|(?P<prev>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?),)\s+\Z")
_COMMA_PLACE = re.compile(r",\s*(?P<place>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)*)")
