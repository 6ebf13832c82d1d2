"""Regions, agencies and operations a report names.

Regions come from the workspace's gazetteer (``reference/regions.csv``) plus the world gazetteer
(``regions_world.csv``: every country and territory and the states and provinces of nine
countries, with their aliases; which mention counts is ``ambiguity.py``'s rule) and China's
prefecture- and county-level divisions (``reference/cities.csv``, ``counties.csv``: "Guangzhou",
"Suzhou, Jiangsu", "Bao'an District", "Chaoyang District, Beijing"), with common
aliases ("the US", "the UK", "across the country" for the document's country). Agencies come
from a list of known names and a pattern for "... Police / Bureau / Agency / Department";
operations from quoted names ('"hunting" operations'), "Operation X" and "... Campaign".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from narcokg.extract import ambiguity, bare_wholes, shared_divisions
from narcokg.extract.lang.en.cities import (
    COUNTRY_FORMS,
    FORCE_AREAS,
    GROUP_NAMES,
    MORE_DEMONYMS,
    OWN_CITY_REGIONS,
)
from narcokg.extract.lang.en.names import (
    ALIASES,
    CITY_REGIONS,
    DEMONYM_BEFORE,
    DEMONYMS,
    EU_WIDE,
    LIST_INTRO,
    NATIONWIDE,
    STATEWIDE,
    WORLDWIDE,
)
from narcokg.extract.local_places import state_in_town
from narcokg.extract.named_cities import placed_keys
from narcokg.extract.named_states import state_after
from narcokg.extract.names_pattern import any_of_names, compiled
from narcokg.extract.prefecture_forms import PREFECTURE_FORMS
from narcokg.model.regions import WORLD_REGIONS, Region, load_gazetteer, with_divisions


@dataclass(frozen=True)
class Mention:
    """A name found in the text: its span and what it refers to (a region name, an agency or
    operation slug)."""

    start: int
    end: int
    key: str
    text: str


def load_regions(gazetteer: Path) -> dict[str, Region]:
    """The workspace's regions plus the world gazetteer's countries and states (a name in the
    workspace wins) and China's prefecture- and county-level divisions (``cities.csv``,
    ``counties.csv``)."""
    regions = {EU: EU_REGION} | load_gazetteer(WORLD_REGIONS) | load_gazetteer(gazetteer)
    return with_divisions(regions, gazetteer)


#: The region of worldwide figures (Wikidata Q16502, "world"; Q2 is the planet Earth): named by
#: cues, never by the word "World" alone.
WORLD = "World"
#: The European Union (Wikidata Q458), named only by cues ("across the EU", "EU-wide"), never
#: inside a name ("European Union Drugs Agency") and never a report's country; a workspace whose
#: regions.csv lacks it adds the row to build the draft.
EU = "European Union"
EU_REGION = Region(EU, "supranational union", "", "Q458", None)
CUE_ONLY = frozenset({WORLD, EU})


def find_regions(text: str, regions: dict[str, Region], country: str | None) -> list[Mention]:
    """Region mentions, skipping members of a list ("11 provinces, including Hunan and Hubei");
    worldwide cues ("globally", "around the world") name the World."""
    names = ambiguity.surfaces(regions) | {n: n for n in regions if n not in CUE_ONLY}
    names |= {a: n for a, n in {**CITY_REGIONS, **FORCE_AREAS, **ALIASES}.items() if n in regions}
    names |= {
        a: n for a, n in {**country_aliases(regions), **COUNTRY_FORMS}.items() if n in regions
    }
    names |= {a: n for a, n in _short_prefectures(regions).items() if a not in names}
    names |= {a: n for a, n in PREFECTURE_FORMS.items() if a not in names and n in regions}
    names = {a: n for a, n in names.items() if a not in ambiguity.LEFT_OUT}
    bare = shared_divisions.bare_names(regions, {*names, *ambiguity.shared(regions)})
    pattern = any_of_names(frozenset({*names, *bare}))
    found = [
        Mention(m.start(), m.end(), _city_state(text, m, names, regions), m.group())
        for m in compiled(rf"(?<![\w.])(?:{pattern})(?![\w])").finditer(text)
        if not _in_list(text, m.start())
        and not _CONTINENT.search(text[max(0, m.start() - 9) : m.start()])
        and not state_in_town(text, m.start(), m.end(), regions.get(names.get(m.group(), "")))
    ]
    resolved = _resolve(text, [m for m in found if m.text not in bare], regions, country)
    named = [m.key for m in sorted(resolved, key=lambda m: m.start)]
    found = resolved + [
        replace(m, key=key)  # (round 20) "Hongshan District": the one in a region named
        for m in found
        if m.text in bare and (key := shared_divisions.pick_bearer(bare[m.text], regions, named))
    ]
    found = _unplaced_cities(text, found, regions)
    # (round 27) "Helsinki, Kansas": its bare "Helsinki" too (:mod:`.named_cities`)
    keys = placed_keys(text, [(m.text, m.key, m.end) for m in found], regions)
    found = [replace(m, key=key) for m, key in zip(found, keys, strict=True)]
    adjectives = DEMONYMS | MORE_DEMONYMS
    found += [
        Mention(m.start(), m.end(), adjectives[m[1]], m.group())
        for m in compiled(rf"\b({'|'.join(adjectives)})\b").finditer(text)
        if adjectives[m[1]] in regions and DEMONYM_BEFORE.match(text, m.end())
    ]
    if country:
        found += [
            Mention(m.start(), m.end(), country, m.group()) for m in NATIONWIDE.finditer(text)
        ]
    if WORLD in regions:
        found += [Mention(m.start(), m.end(), WORLD, m.group()) for m in WORLDWIDE.finditer(text)]
    if EU in regions:
        found += [Mention(m.start(), m.end(), EU, m.group()) for m in EU_WIDE.finditer(text)]
    if country:
        found = _foreign_parts_named(text, found, regions, country)
        found += _statewide(text, found, regions, country)
    listed = ambiguity.in_a_list(text, [(m.start, m.end, m.key) for m in found], regions)
    found += [Mention(start, end, key, text[start:end]) for start, end, key in listed]
    return sorted(_named_sets(found, regions), key=lambda m: m.start)


def _city_state(
    text: str, match: re.Match[str], names: dict[str, str], regions: dict[str, Region]
) -> str:
    """A name's region; (round 26) a large city named with its state or province ("Perth,
    Ont.") is that state's, over the list's default (:mod:`.named_states`)."""
    if match.group() in CITY_REGIONS and (state := state_after(text, match.end(), regions)):
        return state
    return names.get(match.group(), "")


def _unplaced_cities(text: str, found: list[Mention], regions: dict[str, Region]) -> list[Mention]:
    """(round 26) A large city of the list in a text that names a state or province of another
    country ("England") and never the city's own state or country is a place of that name
    elsewhere ("Cleveland Police", the Teesside force), or one in passing: no region there."""
    own = [m for m in found if m.text not in CITY_REGIONS and m.key in regions]
    tops = {_top(m.key, regions) for m in own}
    divisions = {_top(m.key, regions) for m in own if regions[m.key].part_of is not None}
    return [
        m
        for m in found
        if m.text not in CITY_REGIONS
        or m.key not in regions
        or _top(m.key, regions) in tops
        or not divisions - {_top(m.key, regions)}
    ]


def _named_sets(found: list[Mention], regions: dict[str, Region]) -> list[Mention]:
    """(round 23) A name that stands for a set of regions names each member at its own span
    ("Great Britain": England, Scotland and Wales, not the United Kingdom);
    :func:`.scope.groups` keeps them together as one group."""
    named: list[Mention] = []
    for m in found:
        members = GROUP_NAMES.get(m.text, ())
        if members and all(k in regions for k in members):
            named += [replace(m, key=k) for k in members]
        else:
            named.append(m)
    return named


def _short_prefectures(regions: dict[str, Region]) -> dict[str, str]:
    """(round 17) An autonomous prefecture by its first word and "prefecture", as releases in
    English shorten it ("Aba Prefecture" for the Aba … Autonomous Prefecture)."""
    kind = "autonomous prefecture"
    firsts = {r.name: r.name.split()[0] for r in regions.values() if r.kind == kind}
    return {
        f"{first} {w}": name for name, first in firsts.items() for w in ("Prefecture", "prefecture")
    }


def _resolve(
    text: str, found: list[Mention], regions: dict[str, Region], country: str | None
) -> list[Mention]:
    """``found`` without the names that are no place here ("Michael Jordan", "China White"),
    each name several regions bear given the one its context picks ("Georgia")."""
    many = ambiguity.shared(regions)
    kept = [m for m in found if ambiguity.stands_alone(text, m.start, m.end)]
    named = {ambiguity.top(m.key, regions) for m in kept if m.text not in many} | {country}
    picked = [(m, ambiguity.pick(many[m.text], regions, named) if m.text in many else m.key)
              for m in kept]  # fmt: skip
    return [replace(m, key=key) for m, key in picked if key is not None]


def _statewide(
    text: str, found: list[Mention], regions: dict[str, Region], country: str
) -> list[Mention]:
    """ "Statewide", "across the province", (round 23) "the whole province": the state or
    province of the country the text names most often (ties: the first named), a city or
    county below it counting for it (round 20: never the city itself; a city's release names
    its own city far more often than the province it quotes); none when it names none."""
    counts: dict[str, int] = {}
    for m in found:
        if (level := _first_level(m.key, regions, country)) is not None:
            counts[level] = counts.get(level, 0) + 1
    if not counts:
        return []
    state = max(counts, key=lambda k: counts[k])  # dicts keep the first named first among ties
    wholes = [Mention(m.start(), m.end(), state, m.group()) for m in STATEWIDE.finditer(text)]
    # (round 48) "2025 year whole province public security organs crack …", article-less
    bare = bare_wholes.whole_spans(text, regions[state].kind)
    return wholes + [Mention(start, end, state, said) for start, end, said in bare]


def _first_level(name: str, regions: dict[str, Region], country: str) -> str | None:
    """The division right below ``country`` that holds ``name`` (itself if it is one)."""
    if name in CUE_ONLY or name not in regions:
        return None
    region = regions[name]
    while region.part_of is not None and region.part_of != country:
        region = regions[region.part_of]
    return region.name if region.part_of == country else None


def _top(name: str, regions: dict[str, Region]) -> str:
    region = regions[name]
    while region.part_of is not None:
        region = regions[region.part_of]
    return region.name


def _foreign_parts_named(
    text: str, found: list[Mention], regions: dict[str, Region], country: str
) -> list[Mention]:
    """A state or province of another country counts only when the text names that country too:
    "Victoria" in a Canadian report is the city in British Columbia, not the Australian state;
    a large city is its state's wherever it is named ("arrested in Sydney and Brisbane"); (round
    16) its people's adjective names it too ("the South African Police Service … in Limpopo",
    "our Brazilian colleagues … in Rio Grande do Sul"), not inside a place's name ("British
    Columbia")."""
    named = {m.key for m in found if m.key not in CUE_ONLY and regions[m.key].part_of is None}
    named |= _demonyms_named(text, found, regions)
    return [
        m
        for m in found
        if m.key in CUE_ONLY
        or m.text in OWN_CITY_REGIONS
        or regions[m.key].part_of is None
        or regions[m.key].kind == "special administrative region"  # Hong Kong, Macau
        or _top(m.key, regions) in named | {country}
    ]


def _demonyms_named(text: str, found: list[Mention], regions: dict[str, Region]) -> set[str]:
    adjectives = DEMONYMS | MORE_DEMONYMS
    return {
        adjectives[m[1]]
        for m in _DEMONYM.finditer(text)
        if adjectives[m[1]] in regions and not any(f.start <= m.start() < f.end for f in found)
    }


_DEMONYM = re.compile(rf"\b({'|'.join(DEMONYMS | MORE_DEMONYMS)})\b")


def _in_list(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    window = re.sub(r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:and\s+)?)*$", "", window)
    return bool(LIST_INTRO.search(window))


def main_country(mentions: list[Mention], regions: dict[str, Region]) -> str | None:
    """The country a document is about: the country named most often, directly or through its
    provinces (ties: the first named)."""
    counts: dict[str, int] = {}
    seen: set[tuple[int, str]] = set()
    for mention in mentions:
        if mention.key in CUE_ONLY:
            continue
        region = regions[mention.key]
        while region.part_of is not None:
            region = regions[region.part_of]
        if (mention.start, region.name) in seen:
            continue  # (round 23) a set's members at one span ("Great Britain") count once
        seen.add((mention.start, region.name))
        counts[region.name] = counts.get(region.name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


#: (round 9) A name that ends a continent's or an area's name: "South America", "Latin America"
#: and "Central America" are no mention of the United States ("America").
_CONTINENT = re.compile(r"\b(?:South|Latin|Central|North)\s+$")


def country_aliases(regions: dict[str, Region]) -> dict[str, str]:
    """(round 10) The other names the world gazetteer gives countries ("Viet Nam", "Lao People's
    Democratic Republic"; a workspace's regions.csv may shadow the row without them), for an
    issuer that names its country so."""
    return {a: n for a, n in _world_aliases().items() if n in regions and a not in regions}


@cache
def _world_aliases() -> dict[str, str]:
    return _country_forms(names=False)


@cache
def world_countries() -> dict[str, str]:
    """(round 21) The world gazetteer's countries by name and other name ("Viet Nam"), longer
    than three letters and never an other name that is also a word ("Reunion"): the one map
    :mod:`.joint_countries` and :func:`country_aliases` read."""
    return _country_forms(names=True)


def _country_forms(*, names: bool) -> dict[str, str]:
    forms = {
        form: r.name
        for r in load_gazetteer(WORLD_REGIONS).values()
        if r.part_of is None and r.kind == "country"
        for form in ((r.name,) if names else ()) + tuple(r.aliases)
        if len(form) > 3 and form not in _NOT_ALONE
    }
    # (round 22) "Saint" shortened, as lists of Caribbean states write it: "St. Kitts and Nevis"
    saints = {
        f"St.{rest}": r.name
        for r in load_gazetteer(WORLD_REGIONS).values()
        if r.part_of is None and r.kind == "country"
        for form in (r.name, *r.aliases)
        if (rest := form.removeprefix("Saint")) != form and rest.startswith(" ")
    }
    return forms | {form: name for form, name in saints.items() if form not in forms}


#: Aliases that are also words or surnames ("a family Reunion", "Holland & Barrett").
_NOT_ALONE = frozenset({"Reunion", "Holland", "Timor"})
