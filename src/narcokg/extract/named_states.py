"""(round 26, issue 14) A city the text names with its state or province decides over the list of
large cities: "PERTH, Ont. - …", "Aurora, Illinois", "the City of Kingston, Ontario", "Kingston
(Ontario)" are that state's, whatever place elsewhere bears the city's name (docs/facts.md "The
report's frame": the smallest gazetteer region holding the body that the text names). Used by
:mod:`.gazetteer` and :mod:`.municipal`."""

from __future__ import annotations

import re
from functools import cache

from narcokg.extract.lang.en.datelines import DATELINE_STATES
from narcokg.model.regions import Region


def state_after(text: str, end: int, regions: dict[str, Region]) -> str | None:
    """The state or province named right after a city ending at ``end`` (", Ont.", ", Texas",
    " (Ontario)"), not a list's next member ("Sydney, Victoria and Perth")."""
    levels, after = _levels_and_pattern(regions)
    found = after.match(text, end)
    if found is None:
        return None
    name = found["state"] or found["inner"]
    state = DATELINE_STATES.get(name, name)
    return state if state in levels else None


def state_of_city(text: str, city: str, regions: dict[str, Region]) -> str | None:
    """The state the text names with ``city`` anywhere ("HAMILTON, ON", "Hamilton, Ontario"),
    when it names one only."""
    found = {
        s
        for m in re.finditer(rf"(?<![\w-]){re.escape(city)}(?![\w-])", text, re.I)
        if (s := state_after(text, m.end(), regions))
    }
    return found.pop() if len(found) == 1 else None


def _levels_and_pattern(regions: dict[str, Region]) -> tuple[frozenset[str], re.Pattern[str]]:
    """The gazetteer's states and provinces (a country's own divisions) and the pattern of one
    named after a city, made once per gazetteer a run loads."""
    cached = _BY_GAZETTEER.get(id(regions))
    if cached is None or cached[0] is not regions or cached[1] != len(regions):
        levels = frozenset(
            name
            for name, r in regions.items()
            if r.part_of is not None and r.part_of in regions and regions[r.part_of].part_of is None
        )
        cached = (regions, len(regions), levels, _after(_divisions(tuple(sorted(levels)))))
        _BY_GAZETTEER[id(regions)] = cached
    return cached[2], cached[3]


#: id -> (the gazetteer itself, kept so that its id is never another's; its size; its levels;
#: the pattern)
_BY_GAZETTEER: dict[int, tuple[dict[str, Region], int, frozenset[str], re.Pattern[str]]] = {}


@cache
def _divisions(names: tuple[str, ...]) -> str:
    """The alternation of division names (without a country after a comma) and abbreviations."""
    plain = {n for n in names if "," not in n} | set(DATELINE_STATES)
    return "|".join(re.escape(n) for n in sorted(plain, key=len, reverse=True))


@cache
def _after(divisions: str) -> re.Pattern[str]:
    # the state, then no further member of a list (", Perth", " and Queensland")
    return re.compile(
        rf",\s*(?P<state>{divisions})(?![\w])"
        r"(?!\s*,\s*[A-Z]|,?\s+(?:and|or)\s+(?:the\s+)?[A-Z])"
        rf"|\s\((?P<inner>{divisions})\)",
        re.M,
    )
