"""(round 29, issue 14) The home region of a body whose area its own name or lead gives as
states of one country (docs/facts.md "Sets", "A local body's report"), whoever owns the body.

- Two states joined by a slash in a name of the title or lead ("the A/B High Intensity Drug
  Trafficking Area") are the body's area, both together; a city beside a state ("Aville/Btown")
  is no such pair.
- The counties or ports a lead says a body covers or oversees ("across its designated counties
  in A, B and C", "the field office oversees the ports of entry in X and Y counties in A") lie
  in the states named right after them: those states are its area, even when a national body
  (a federal agency's field office, a national program) owns it.

- (round 30) The same covering cue in a closing note about the body ("About the A HIDTA: …
  brings together agencies in designated counties of A, B and C"), the only place many releases
  name the area, and states a compass word opens ("designated counties in southeastern A and
  southern B"); (round 31) also the states a note's sentence names after the agencies the body
  brings together ("… agencies in A, B and C") or after a colon list of its counties ("covers
  16 designated counties: Aville and Bton in A; Cburg in B"), and "counties and parishes".

- A county's own office (its sheriff, its attorney or prosecutor) is a local body even when the
  text's country was carried onto it: its report is the one state the text names, never the
  country's (docs/facts.md "A local body's report").
- (round 31) Such an office whose text names its county and cities but no state of its own is
  in the state its large cities lie in ("PHOENIX - The X County Attorney's Office …", "warrants
  of the Detroit Police Department"): the one state of every such city the text names; none
  when they lie in several states, and never from a county's name (many states share one).

Used by :func:`.placing.document_home` before the owner's own jurisdiction decides.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from narcokg.extract import (
    dated_offices,
    field_offices,
    local_places,
    multi_state,
    scope,
    tribal_lands,
)
from narcokg.extract.closing_notes import closing_note
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.cities import OWN_CITY_REGIONS
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.agency_forms import Agency


def body_area(
    text: str,
    end: int,
    names: list[Name],
    regions: dict[str, Region],
    country: str | None,
) -> tuple[str, ...]:
    """The states of ``country`` the title, lead and the paragraph after it (up to ``end``) give
    as a body's area, else (round 30) those its closing note gives by a covering cue."""
    if country is None:
        return ()
    states = [n for n in names if _state_of(regions[n.key], country)]
    opening = [n for n in states if n.start < end]
    found = _slashed(text, opening) or _covered(text, opening) or _named_set(text, end, regions)
    found = found or field_offices.seat_state(text, end, names, regions, country)  # (round 37)
    # (round 47) an office named for the city its release is datelined in
    found = found or dated_offices.dated_office_state(text, end, names, regions, country)
    if not found and country == "United States":  # (round 40) a nation over several states
        found = tuple(s for s in tribal_lands.spanned_states(text) if s in regions)
    if found or (note := closing_note(text)) is None:
        return found
    # several states only: a note naming one ("127 counties in North Texas and all 77 counties
    # of Oklahoma", where the gazetteer reads no "North Texas") leaves the lead's reading to decide
    in_note = [n for n in states if note[0] <= n.start < note[1]]
    noted = _covered(text, in_note) or _note_sentence(text, note[0], in_note)
    return noted if len(noted) >= 2 else ()


def _state_of(region: Region, country: str) -> bool:
    """A state of the country, or (round 44) a US territory the gazetteer lists as a country of
    its own ("operations across A, B, Puerto Rico and the U.S. Virgin Islands"; round 45, also
    American Samoa)."""
    return region.part_of == country or (
        country == "United States"
        and (multi_state.us_territory(region) or region.iso_3166 in _AREA_TERRITORIES)
    )


#: (round 45) US territories with no federal court district of their own (so not
#: :func:`.multi_state.us_territory`), yet in a federal body's area ("operations across Hawaii,
#: Guam, American Samoa and the Northern Mariana Islands"): American Samoa.
_AREA_TERRITORIES = frozenset({"AS"})


def _named_set(text: str, end: int, regions: dict[str, Region]) -> tuple[str, ...]:
    """(round 34) The states of a body named for a set of them ("New England Field Division",
    "NEW ENGLAND HIGH INTENSITY DRUG TRAFFICKING AREA") in the title or lead: the set, not one
    of them nor the country (docs/facts.md "Sets")."""
    for match in _SET_BODY.finditer(text, 0, end):
        states = _STATE_SETS[" ".join(match[1].title().split())]
        if all(s in regions for s in states):
            return states
    return ()


#: (round 34) A region that is a fixed set of states, named in a body's name.
_STATE_SETS = {
    "New England": (
        "Connecticut",
        "Maine",
        "Massachusetts",
        "New Hampshire",
        "Rhode Island",
        "Vermont",
    ),
}
_SET_BODY = re.compile(
    r"\b(New\s+England)\s+(?:Field\s+Division|Division|HIDTA|High\s+Intensity)\b", re.I
)


def _slashed(text: str, states: list[Name]) -> tuple[str, ...]:
    """Two states joined by a slash in a name ("A/B HIDTA"), the first such pair; not a border
    or a route ("the A/B state line")."""
    for first, second in pairwise(states):
        joined = text[first.end : second.start] == "/" and first.key != second.key
        if joined and _NAME_GOES_ON.match(text, second.end):
            return (first.key, second.key)
    return ()


def _covered(text: str, states: list[Name]) -> tuple[str, ...]:
    """The states of every group a covering cue comes right before, in order."""
    found: list[str] = []
    for group in scope.groups(text, states, compass=True):
        if _POSSESSIVE.match(text, group[-1].end):
            continue  # (round 45) "covers Florida's Atlantic coast, …": a part, the list goes on
        if _AREA_CUE.search(text[max(0, group[0].start - 160) : group[0].start]):
            found += [n.key for n in group]
    return tuple(dict.fromkeys(found))


def _note_sentence(text: str, start: int, states: list[Name]) -> tuple[str, ...]:
    """(round 31) The states a closing note's sentence names after a body's cue that a list
    separates from them ("it covers 16 designated counties: Aville and Bton in A; Cburg in B",
    "brings together federal, state and local agencies in A, B and the C")."""
    for cue in _NOTE_CUE.finditer(text, start):
        end = _SENTENCE_END.search(text, cue.end())
        stop = end.start() if end else len(text)
        found = [n.key for n in states if cue.end() <= n.start < stop]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


#: A state's possessive: a part of it follows ("Florida's Atlantic and Gulf coasts").
_POSSESSIVE = re.compile(r"['\u2019]s\b")
#: A sentence's end: a full stop before a space or a line's end.
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
#: A body's cue in its closing note: its units before a colon, or the agencies it brings
#: together in its area.
_NOTE_CUE = re.compile(
    r"\b(?:designated\s+)?(?:counties|parishes)[^.;:]{0,30}:"
    r"|\b(?:brings\s+together|unites|joins|coordinates)\b[^.;:]{0,60}?\bagencies\s+(?:in|of|from)\b",
    re.I,
)
#: A name's next word: "A/B High Intensity …", "A/B HIDTA".
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
#: (round 31) also "counties and parishes" (Louisiana's counties are parishes)
_UNITS = r"(?:counties|parishes|ports\s+of\s+entry)(?:\s+and\s+(?:cities|towns|parishes))?"
#: What stands right before a body's states: "its designated counties in", "designated counties
#: and cities of", "oversees the ports of entry in X and Y counties in" (within one clause).
_AREA_CUE = re.compile(
    rf"(?:\b(?:its|their)\s+(?:designated\s+)?{_UNITS}"
    rf"|\bdesignated\s+{_UNITS}"
    rf"|\b(?:covers|oversees|serves|spans)\b[^.;:()]{{0,80}}?\b{_UNITS})"
    rf"\s+(?:in|of)\s+(?:the\s+)?{scope.COMPASS}?$"
    # (round 38) a clause on the body itself whose verb takes the states ("the Division, which
    # covers A, B and C"): its area, not the state of its seat or dateline
    r"|,\s+(?:which|that)\s+(?:covers|oversees|serves|spans)\s+$"
    # (round 42) a clause on the body's territory that lies in several states ("the X
    # Reservation, whose communities lie in northeastern A and southeastern B", "the X
    # Territory, which lies in both A and B"): its area, not its dateline's one state
    rf"|,\s+(?:which|that|whose\s+\w+)\s+lies?\s+in\s+(?:both\s+)?{scope.COMPASS}?$"
    # (round 43) the same said in a main clause ("The reservation lies in both A and B", "The X
    # Tribes reservation lies in A and B"), in a quote or an "About the reservation" note
    rf"|\b(?:reservation|territory|lands)\s+lies?\s+in\s+(?:both\s+)?{scope.COMPASS}?$"
    # (round 43) "The Fifth District is responsible for Coast Guard operations in A, B and
    # southern C" in the paragraph after the lead, as `scope.covered` reads it in the lead
    rf"|\b(?:is|are)\s+responsible\s+for\b[^.;:()]{{0,60}}?\s+in\s+(?:the\s+)?{scope.COMPASS}?$"
    # (round 44) the same "across A, B and C", or after its waters "and parts of the surrounding
    # states of A, B and C"; its own units "operating across A, B and C"; "which covers the
    # Southern and Eastern federal judicial districts of A": each its area, not its seat's state
    # nor the owner's country
    rf"|\b(?:is|are)\s+responsible\s+for\b[^.;:()]{{0,60}}?\s+across\s+{scope.COMPASS}?$"
    # (round 45) the states right after "responsible for", or after "a five-state area covering"
    # ("HSI X is responsible for A, B and C"), and a main clause on the division ("The division
    # covers A, B, southern C and D") in the paragraph after the lead: its area, not its seat's
    # state nor the owner's country
    rf"|\b(?:is|are)\s+responsible\s+for\s+(?:an?\s+[\w-]+\s+area\s+covering\s+)?{scope.COMPASS}?$"
    rf"|\b(?:the|its)\s+(?:field\s+)?(?:division|office|district)\s+covers\s+{scope.COMPASS}?$"
    r"|\b(?:is|are)\s+responsible\s+for\b(?:[^.;:()]|\bSt\.){0,120}?\bstates\s+of\s+$"
    r"|\b(?:task\s+forces|offices|units|teams)\s+operating\s+(?:in|across)\s+$"
    r"|\b(?:covers|oversees|serves)\b[^.;:()]{0,80}?\bjudicial\s+districts\s+of\s+$"
    # (round 42) "Its area covers A, B, C and the D Panhandle", "whose territory spans A and B"
    r"|\b(?:its|whose)\s+(?:area|territory)\s+(?:covers|spans|takes\s+in)\s+$",
    re.I,
)


def county_issuer(publisher: Agency | None) -> bool:
    """Whether the publisher is a county's own office ("X County Attorney's Office", "X County
    Sheriff's Office"), whose country the text carried onto it does not make it national."""
    return publisher is not None and bool(_COUNTY_OFFICE.search(publisher.label))


_COUNTY_OFFICE = re.compile(
    # (round 31) also "X County State's Attorney's Office" (a county's prosecutor in Illinois);
    # (round 32) "X County Prosecuting Attorney", "X County Medical Examiner" or "Coroner", and
    # Florida's "Miami-Dade State Attorney's Office", named for its county
    r"\b(?:County|Parish)\s+(?:Sheriff|Attorney|Prosecutor|Prosecuting\s+Attorney"
    r"|Medical\s+Examiner|Coroner|(?:District|State['\u2019]s)\s+Attorney"
    # (round 40) any other office, institute or jail the county names for itself ("X County
    # Office of the Medical Examiner", "X County Institute of Forensic Sciences", "X County
    # Detention Center"): still the county's own, whatever its office is called
    r"|Office\s+of\b|Institute\b|Detention\s+(?:Center|Centre|Facility)|Jail\b)"
    r"|^(?!Office\b)[A-Z][\w-]+\s+State\s+Attorney['\u2019]s\s+Office"
)


def local(
    text: str,
    lead_end: int,
    regions: dict[str, Region],
    country: str | None,
    publisher: Agency | None,
) -> str | None:
    """A local body's state: (round 34) the one its own county's or town's name gives
    (:func:`.local_places.issuer_state`), else the one the text names (:func:`.scope.local_state`),
    else (round 31) its county office's large cities' (:func:`county_seat`), else (round 34) its
    dateline town's."""
    own, by_name = local_places.issuer_state(text, country)
    own = local_places.gazetteer_key(own, regions)
    if own and by_name:
        return own  # over a state the text names only as a source ("from Maryland")
    named = scope.local_state(text, lead_end, regions, country)
    return named or county_seat(text, regions, country, publisher) or own


def county_seat(
    text: str, regions: dict[str, Region], country: str | None, publisher: Agency | None
) -> str | None:
    """(round 31) The state (of ``country``, when known) every large city the text names lies in,
    for a county's own office whose text names no state of its own (docs/facts.md "A local body's
    report": the smallest gazetteer region holding the body, never the country)."""
    state = cities_state(text, publisher)
    if state not in regions or regions[state].part_of is None:
        return None  # a country's city ("Tijuana") tells no state
    return state if country in (None, regions[state].part_of) else None


def cities_state(text: str, publisher: Agency | None) -> str | None:
    """The one state or country every large city the text names lies in, for a county's own
    office; None for another body, a text naming no such city or cities of several states."""
    if not county_issuer(publisher):
        return None
    states = {_CITIES[m[0]] for m in _LARGE_CITY.finditer(text)}
    return states.pop() if len(states) == 1 else None


#: The large cities of the list, also in a dateline's capitals ("PHOENIX -"), not those other
#: well-known places share ("Charlotte").
_CITIES = {form: state for city, state in OWN_CITY_REGIONS.items() for form in (city, city.upper())}
#: A city by its own name, not a county named after it ("Dallas County": many states have one).
_LARGE_CITY = re.compile(
    r"(?<![\w.-])(?:"
    + "|".join(re.escape(c) for c in sorted(_CITIES, key=len, reverse=True))
    + r")(?![\w-]|\s+(?:County|COUNTY|Parish|PARISH)\b)"
)
