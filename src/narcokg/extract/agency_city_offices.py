"""(round 36, issue 14) A federal investigative agency's office named by its city: "Homeland
Security Investigations (HSI) Chicago seized …", "HSI San Juan today announced …". The name
grammar read the agency and left the city out, so the office's release and figures went to the
agency (or its department); the keys name the office, spelt out as the text first spells the
agency ("Homeland Security Investigations Chicago", three keys of three rounds against one "HSI
San Diego"), part of the agency. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.cities import CITY_REGIONS

#: The agencies whose offices go by "<agency> <City>": their acronym and full name.
_AGENCIES = {"HSI": "Homeland Security Investigations"}
_CITY = r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})"
_NAMES = "|".join(
    rf"{re.escape(full)}(?:[ ]\({short}\))?|{short}" for short, full in _AGENCIES.items()
)
_OFFICE = re.compile(rf"\b(?P<agency>{_NAMES})[ ]{_CITY}\b")


def city_offices(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    places: set[str],
    rename: Rename,
    slug: Callable[[str], str],
) -> None:
    """Make each "<agency> <City>" (the city one the gazetteer knows) a mention of the office,
    labelled with the agency's full name, part of the agency."""
    for m in _OFFICE.finditer(text):
        city = _place(m["city"], places | CITY_REGIONS.keys(), text)
        if city is None:
            continue
        short = m["agency"].split(" (")[0]
        full = _AGENCIES.get(short, short)
        label = f"{full} {city}"
        end = m.start("city") + len(city)
        parent = next((s for s, a in agencies.items() if a.label == full), None)
        for old, agency in list(agencies.items()):  # "HSI San Juan" read whole already
            if agency.label in {f"{k} {city}" for k in _AGENCIES} and agency.label != label:
                rename(found, agencies, old, Agency(slug(label), label, agency.jurisdiction))
        office = agencies.setdefault(slug(label), Agency(slug(label), label, None))
        if parent is not None and office.part_of is None:
            agencies[office.slug] = Agency(office.slug, label, office.jurisdiction, parent)
        found[:] = [f for f in found if not (f.start < end and m.start() < f.end)]
        found.append(Mention(m.start(), end, office.slug, text[m.start() : end]))


def _place(words: str, places: set[str], text: str) -> str | None:
    """The longest leading run of ``words`` that is a place the gazetteer or the city table
    knows, or the dateline's city ("SAN JUAN, Puerto Rico —"): "San Juan" of "San Juan Special"."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        city = " ".join(parts[:n])
        if city in places or re.search(rf"^{re.escape(city.upper())},", text, re.M):
            return city
    return None
