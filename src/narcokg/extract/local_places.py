"""(round 34, issue 14) The state or province of a local body read from its own place's name,
for a text that never names its state or names it only for other places (docs/facts.md "A local
body's report": the smallest gazetteer region holding the body, never the country).

- The body's places: the county of "<X> County <office>" (sheriff, prosecutor, attorney, district
  attorney, medical examiner, coroner), the town of "<Town> Police Service/Department/Force" in
  the opening lines, and its dateline's city or county ("KANSAS CITY -", "DAUPHIN COUNTY -").
- Each place gives the states a US county or a US or Canadian town of that name lies in
  (``model/us_counties.csv`` and ``model/na_places.csv``, from GeoNames); the body's state is the
  one all its places share, within the text's country when known.
- Several states left (a "Jackson County" is in 24 states): the one most of the other towns the
  text names lie in ("Jackson County … Kansas City … Independence, Blue Springs" is Missouri), or
  a town's own state when it holds ten times the people of every other town of its name
  ("WASHINGTON -"); else nothing (a county name many states share places nothing).
- A state's name inside a town's ("Missouri City", (round 38) "the City of Delaware") is the
  town's, never the state (:func:`state_in_town`).
- (round 35) A town's RCMP detachment is a town force ("The Red Deer RCMP detachment"), and the
  one country every namesake of the body's own town or county lies in is the text's country
  before any passing foreign name (:func:`own_country`: "Wellington-Dufferin-Guelph Public
  Health" is no New Zealand's).
- (round 37) A force's name may be plural or hold a word before "Police" ("Charlottetown Police
  Services", "Cornwall Community Police Service"), and its town may be below the town list's
  15,000 people ("Truro Police Service"): the force's own town is then looked up in a list of
  towns of 5,000 people or more (``model/na_small_places.csv``), read for that name only.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import narcokg.model
from narcokg.extract import tribal_lands
from narcokg.model.regions import Region

_MODEL = Path(narcokg.model.__file__).parent
#: The towns (or a county's states) a name may be: (state or province, country, population).
_Towns = tuple[tuple[str, str, int], ...]
#: How far into the text the body's name and dateline are read (title, letterhead, lead).
_OPENING = 900
#: A town's own state when it holds this many times the people of every namesake.
_DOMINANT = 10


@cache
def _counties() -> dict[str, frozenset[str]]:
    """US county name ("Hudson County") -> the states holding one of that name."""
    found: dict[str, set[str]] = {}
    for row in _rows("us_counties.csv"):
        found.setdefault(row["name"].casefold(), set()).add(row["state"])
    return {name: frozenset(states) for name, states in found.items()}


@cache
def _towns(file: str = "na_places.csv") -> dict[str, _Towns]:
    """Town name -> (state or province, country, population) of each town of that name."""
    found: dict[str, list[tuple[str, str, int]]] = {}
    for row in _rows(file):
        place = (row["region"], row["country"], int(row["population"]))
        found.setdefault(row["name"].casefold(), []).append(place)
    return {name: tuple(places) for name, places in found.items()}


def _rows(file: str) -> list[dict[str, str]]:
    with (_MODEL / file).open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def issuer_state(text: str, country: str | None) -> tuple[str | None, bool]:
    """The one state or province (of ``country``, when known) a local body's own places name,
    and whether its own name (not only its dateline) gave it."""
    if (nation := tribal_lands.nation_state(text)) and country in (None, "United States"):
        return nation, True  # (round 36) a tribal body's own nation or reservation
    opening = text[:_OPENING]
    own = _county_places(opening) or _town_places(opening)
    if not own and not _LOCAL.search(opening):
        return None, False  # a dateline places only a local body ("WASHINGTON - The MPD …")
    return _one_state(text, own, _dateline_places(opening), country), bool(own)


def own_country(text: str) -> str | None:
    """(round 35) The one country every town or county of the body's own name lies in
    ("Guelph Police Service" is Canada's), None when none is named or namesakes lie in two;
    (round 36) a tribal nation the opening names is the United States'."""
    if tribal_lands.nation_states(text):
        return "United States"
    opening = text[:_OPENING]
    own = _county_places(opening) or _town_places(opening)
    countries = {c for place in own for _, c, _ in place}
    return countries.pop() if len(countries) == 1 else None


def _one_state(
    text: str, own: list[_Towns], dated: list[_Towns], country: str | None
) -> str | None:
    shared: set[str] | None = None
    for place in [*own, *dated]:
        states = {s for s, c, _ in place if country in (None, c)}
        # a dateline's town may be a smaller namesake the list lacks ("RICHMOND -" of Texas)
        shared = states if shared is None else (shared & states) or shared
    if not shared:
        return None
    if len(shared) == 1:
        return shared.pop()
    return _by_other_towns(text, shared) or _dominant(own or dated, shared)


def _county_places(opening: str) -> list[_Towns]:
    """The states of the county whose office the opening names."""
    for match in _COUNTY_OFFICE.finditer(opening):
        if states := _county(match[1]):
            return [tuple((s, "United States", 0) for s in sorted(states))]
    return []


def _county(words: str) -> frozenset[str]:
    """The states of the longest run of ``words``' last words that names a county."""
    parts = words.split()
    for start in range(len(parts)):
        if states := _counties().get(" ".join([*parts[start:], "County"]).casefold()):
            return states
    return frozenset()


def _town_places(opening: str) -> list[_Towns]:
    """The towns of the town force the opening names ("Medicine Hat Police Service")."""
    for match in _TOWN_FORCE.finditer(opening):
        if towns := _town(match[1]):
            return [towns]
    return []


def _town(words: str) -> _Towns:
    parts = words.split()
    # (round 37) a force's own town of under 15,000 people ("Truro") only when no larger town
    # of any run of the words is listed, so the small list never outvotes a city
    for file in ("na_places.csv", "na_small_places.csv"):
        for start in range(len(parts)):
            if towns := _towns(file).get(" ".join(parts[start:]).casefold()):
                return towns
    return ()


def _dateline_places(opening: str) -> list[_Towns]:
    """The towns or county of a dateline in capitals opening a line ("BANGOR -")."""
    for match in _DATELINE.finditer(opening):
        name = match[1].strip()
        if name.endswith(" COUNTY") and (states := _county(name.removesuffix(" COUNTY"))):
            return [tuple((s, "United States", 0) for s in sorted(states))]
        if towns := _towns().get(name.casefold()):
            return [towns]
    return []


def _by_other_towns(text: str, states: set[str]) -> str | None:
    """The one of ``states`` most of the towns the text names lie in (a town several of them
    hold counts for each)."""
    votes: Counter[str] = Counter()
    for match in _town_names().finditer(text):
        for state in {s for s, _, _ in _towns()[match[0].casefold()]} & states:
            votes[state] += 1
    # (round 39) the counties it names vote too ("Cumberland County, which includes Portland")
    for match in _COUNTY_NAME.finditer(text):
        for state in _county(match[1]) & states:
            votes[state] += 1
    ranked = votes.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@cache
def _town_names() -> re.Pattern[str]:
    """Every listed town's name as written, not a county named after it ("Jackson County")."""
    names = sorted({row["name"] for row in _rows("na_places.csv")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|\s+(?:County|Parish)\b)")


def _dominant(places: list[_Towns], states: set[str]) -> str | None:
    """The state of a town ten times as populous as every namesake ("Washington" is D.C.)."""
    for towns in places:
        ranked = sorted(towns, key=lambda t: t[2], reverse=True)
        if ranked and ranked[0][2] and ranked[0][0] in states:
            rest = ranked[1][2] if len(ranked) > 1 else 0
            if ranked[0][2] >= _DOMINANT * rest:
                return ranked[0][0]
    return None


def state_in_town(text: str, start: int, end: int, region: Region | None) -> bool:
    """Whether a US state's name from ``start`` to ``end`` opens a town's ("Missouri City",
    "Kansas City"): the town's, not the state (not "Guiyang City", a Chinese city's own name);
    (round 38) or follows "City of", "Town of", "Village of" ("the City of Delaware", a town of
    Ohio): a town's own title; "the State of Washington" stays the state; (round 39) or is
    the state's own name before "County" or "Parish", a county's."""
    if region is None or region.part_of != "United States":
        return False
    titled = _TOWN_TITLE.search(text, max(0, start - 12), start)
    # (round 39) the state's own name before "County" ("Iowa County"), not a city's ("Dallas
    # County" is still read as its city's state)
    own_name = text[start:end].casefold() == region.name.split(",")[0].casefold()
    county = own_name and bool(_COUNTY_TAIL.match(text, end))
    return bool(_TOWN_TAIL.match(text, end) or titled or county)


def gazetteer_key(state: str | None, regions: dict[str, Region]) -> str | None:
    """The gazetteer's key of a listed state or province ("Georgia, United States": the bare
    "Georgia" is the country); None for a name it holds as no division."""
    for key in (state, f"{state}, United States", f"{state}, Canada"):
        if key in regions and regions[key].part_of is not None:
            return key
    return None


_OFFICE = (
    r"(?:Sheriff|Prosecutor|Prosecuting\s+Attorney|District\s+Attorney|Attorney"
    r"|State['\u2019]s\s+Attorney|Medical\s+Examiner|Coroner)"
)
#: "<X> County <office>" in any case ("HUDSON COUNTY PROSECUTOR'S OFFICE").
_COUNTY_OFFICE = re.compile(rf"((?:[A-Za-z][\w.'\u2019-]*\s+){{1,3}}?)County\s+{_OFFICE}", re.I)
#: "<Town> Police Service/Department/Force" in any case, or (round 35) a town's "RCMP"; (round
#: 37) plural "Services", or "Community"/"Municipal" before "Police" ("Cornwall Community Police
#: Service"), so the town, not that word, ends the name's place.
_TOWN_FORCE = re.compile(
    r"((?:[A-Za-z][\w.'\u2019-]*\s+){1,3}?)(?:(?:Community|Municipal)\s+)?"
    r"(?:Police\s+(?:Services?|Department|Force)\b|RCMP\b)",
    re.I,
)
#: A dateline in capitals opening a line: "KANSAS CITY — ", "MOOSE JAW - January 27".
_DATELINE = re.compile(
    r"^([A-Z][A-Z.'\u2019]*(?:\s+[A-Z][A-Z.'\u2019]*){0,3})\s*[-\u2013\u2014]\s", re.M
)
#: A local body without a place in its name ("Metropolitan Police Department").
_LOCAL = re.compile(
    rf"\bPolice\s+(?:Services?|Department)\b|\bSheriff|\bCounty\s+{_OFFICE}|\bRCMP\s+detachment",
    re.I,
)
#: (round 39) A county the text names ("Cumberland County"), its words before "County".
_COUNTY_NAME = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){1,3}?)County\b")
#: A word that makes a state's name a town's.
_TOWN_TAIL = re.compile(r"\s+City\b", re.I)
#: (round 39) A word that makes a state's name a county's ("Iowa County" of Wisconsin: its state
#: is the county table's, never the one of its name).
_COUNTY_TAIL = re.compile(r"\s+(?:County|Parish)\b", re.I)
#: (round 38) A title before a town's name ("the City of Delaware").
_TOWN_TITLE = re.compile(r"\b(?:City|Town|Village)\s+of\s+$")
