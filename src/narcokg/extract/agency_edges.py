"""Agencies settled once every name is found (round 14, issue 14; causes recurring across the
writers of the calibration rounds). The left edge of a name: the name grammar stops at a joiner
it does not read as part of a name, so a name was drafted cut short at its front, where the keys
write the whole name, as docs/facts.md "Agency ids" asks: a country's "U.S." before it, a place
joined by a slash ("Washington/Baltimore …"), (round 29) a place whose name holds "of" ("Isle of
Man"), words joined by "&", and a person's title owning an office ("Attorney General's Office …":
the office's own name, unlike "the DEA's Miami Field Division", whose owner is a body). A
government's information office that hosts other bodies, and a place taken for a body, are no
agencies. Internal to :mod:`.actors`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract import (
    agency_bare_bureaus,
    agency_city_bureaus,
    agency_city_offices,
    agency_dashes,
    agency_full,
    agency_offices,
    agency_owned_units,
    agency_places,
    agency_purposes,
    agency_state_shorts,
    agency_tails,
)
from narcokg.extract.agency_forms import Agency
from narcokg.extract.agency_forms import agency_slug as _slug
from narcokg.extract.agency_rename import rename_agency as _rename
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.issuers import INFORMATION_OFFICE

_WORD = r"(?!The\b)[A-Z][a-z]+"
#: What may stand right before a drafted name and still belong to it (matched up to its start).
_FRONT = re.compile(
    r"(?:\bU\.S\.[ ]"
    rf"|\b(?:{_WORD}[ ]){{0,2}}{_WORD}(?:/|[ ]&[ ])"
    # a title's office: "Attorney General's", "Specialized Prosecutor's", "County Sheriff's"
    rf"|\b(?:{_WORD}[ ]){{0,2}}(?:General|Prosecutor|Attorney|Sheriff|Commissioner|Coroner"
    r"|Marshal|Examiner|Auditor)'s[ ]"
    # round 29: a place whose name holds "of", the grammar's stop ("Isle of Man Constabulary",
    # "Bailiwick of Guernsey Law Enforcement"): the body's name starts at the place
    r"|\b(?:Isle|Bailiwick|States)[ ]of[ ](?:[A-Z][a-z]+[ ])?)$"
)


def settle(text: str, found: list[Mention], agencies: dict[str, Agency], places: set[str]) -> None:
    """Whole names, then no hosts or places (below)."""
    agency_owned_units.owned_units(text, found, agencies, _rename, _slug)  # round 37
    widen(text, found, agencies)
    agency_places.drop_province_fronts(found, agencies, _rename, _slug)  # round 28
    agency_purposes.purpose_names(text, found, agencies, _rename, _slug)  # round 32
    agency_tails.acronym_tails(text, found, agencies, _rename, _slug)  # round 28
    agency_full.keep_states(text, found, agencies, _rename)  # round 15
    agency_full.drop_buildings(text, found, agencies)
    agency_full.task_forces(text, found, agencies)
    drop_hosts(found, agencies)
    drop_places(found, agencies, places)
    agency_dashes.dashed_names(text, found, agencies, _rename, _slug)  # round 32: its tail a place
    agency_state_shorts.state_shorts(found, agencies, _rename)  # round 32: "WA Police"
    agency_offices.office_names(text, found, agencies, _rename, _slug)  # round 33: UNODC's offices
    agency_city_offices.city_offices(text, found, agencies, places, _rename, _slug)  # round 36
    agency_city_bureaus.municipal_bureaus(text, found, agencies, _rename, _slug)  # round 37
    agency_bare_bureaus.bare_bureaus(found, agencies, _rename)  # round 48: "City Bureau"


def widen(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Give each agency whose first full mention is cut short at its front its whole name, and
    move its other mentions (acronyms, short forms) to the new id."""
    for slug, agency in list(agencies.items()):
        first = next((m for m in found if m.key == slug and m.text == agency.label), None)
        if first is None:
            continue
        front = _FRONT.search(text, max(0, first.start - 80), first.start)
        if front is None or front.end() != first.start:
            continue
        if agency_owned_units.owned(text, first.start, agency.label):
            continue  # (round 37) "the Sheriff's Narcotics Bureau": the owner's, not its name
        label = front.group() + agency.label
        found[found.index(first)] = Mention(front.start(), first.end, slug, label)
        _rename(found, agencies, slug, replace(agency, slug=_slug(label), label=label))


def drop_hosts(found: list[Mention], agencies: dict[str, Agency]) -> None:
    """A government's information office only hosts the bodies that present the figures: it
    is no agency once another body is named (alone, it is the release's publisher)."""
    hosts = {s for s, a in agencies.items() if INFORMATION_OFFICE.search(a.label)}
    if not hosts or all(m.key in hosts for m in found):
        return
    found[:] = [m for m in found if m.key not in hosts]
    for slug in hosts:
        del agencies[slug]


#: The last word of a place's name: a place is where figures were made, never who made them.
_PLACE_HEAD = re.compile(
    r"\b(?:Rivers?|Valley|Airport|Seaport|Harbour|Province|Prefecture|County|City|Islands?"
    r"|Mountains?|Basin|Delta|Coast|Corridor)$"
)


def drop_places(found: list[Mention], agencies: dict[str, Agency], places: set[str]) -> None:
    """An agency whose name is a place (a region the gazetteer knows, "… Prefecture", "… Rivers",
    "… International Airport") is no agency: the name grammar took a place's head for a body's.
    """
    dropped = {
        slug
        for slug, agency in agencies.items()
        if agency.label.removeprefix("the ") in places or _place_headed(agency.label)
    }
    found[:] = [m for m in found if m.key not in dropped]
    for slug in dropped:
        del agencies[slug]


def _place_headed(label: str) -> bool:
    """A place's word heads the name ("Valley of the … Rivers", "… Prefecture"); not
    "Coroners Service of the Province" (a body's head before "of")."""
    head = re.split(r"\s+(?:of|for)\s+", label, maxsplit=1)[0]
    return _PLACE_HEAD.search(head) is not None
