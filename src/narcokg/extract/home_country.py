"""The report's country (split from :mod:`.placing` in round 13): its publisher's, its
dateline's, else the country named most often, where a country named only as a route ("arriving
from Brazil", "routed through the port of Antwerp in Belgium") does not count: a foreign country
named in passing never becomes the report's (issue 14, round 13)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import ambiguity, capitals, local_places
from narcokg.extract.gazetteer import CUE_ONLY, main_country
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.issuer import _top
from narcokg.extract.lang.en.names import ACTORS_FROM, CITY_REGIONS, DATELINE_STATES, ROUTE_BEFORE
from narcokg.extract.letterhead_countries import letterhead_country
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency


def document_country(
    names: list[Name],
    regions: dict[str, Region],
    publisher: Agency | None,
    dateline: str | None = None,
    text: str | None = None,
) -> str | None:
    """The publisher's country (an international publisher has none), else the country of the
    place the report is datelined ("MEXICO CITY, 10 December 2024 - …"), else the country named
    most often: a foreign country named in passing does not make a report that country's, nor
    (given the ``text``) one named only as a route."""
    if publisher is not None:
        if publisher.jurisdiction in regions:
            return _top(publisher.jurisdiction, regions)
        if publisher.international:
            return None
    if dateline in regions:
        return _top(dateline, regions)
    if text is not None and (own := local_places.own_country(text)) in regions:
        return own  # (round 35) a town force's or county office's own place's country
    if text is not None and (head := letterhead_country(text, regions)) is not None:
        return head  # (round 52) "REPUBLIC OF CÔTE D'IVOIRE", "Israel Police": the body's own
    settled = names if text is None else not_routes(text, names)
    if text is not None:  # (round 14) "Speech to …, Wellington", "New Zealanders consumed …"
        found = {n.start for n in names}  # a capital the city list knows counts once
        extra = [n for n in capitals.evidence(text, regions) if n.start not in found]
        settled = sorted(settled + extra, key=lambda n: n.start)
    return main_country(settled or names, regions)


def not_routes(text: str, names: list[Name]) -> list[Name]:
    """The names that are no route: not "from", "through", "destined for" a place (also "through
    the port of Antwerp"), nor the country after a routed place ("… Antwerp in Belgium")."""
    kept: list[Name] = []
    last_routed: Name | None = None
    for name in names:
        after_routed = last_routed is not None and _IN_COUNTRY.fullmatch(
            text, last_routed.end, name.start
        )
        if name.key not in CUE_ONLY and (after_routed or route(text, name)):
            last_routed = name
            continue
        kept.append(name)
    return kept


#: Between a place and the country it lies in: "Antwerp in Belgium", "Antwerp, Belgium".
_IN_COUNTRY = re.compile(r"\s*(?:,|\s+in)\s+(?:the\s+)?")


def route(text: str, name: Name) -> bool:
    """A place a route names ("shipped from China", "through ports in the Netherlands", "from
    suppliers in Mexico", "the route that begins in …"), not people from there ("police from
    Spain")."""
    before = text[max(0, name.start - 80) : name.start]
    # the later members of a routed group, known or not ("through Macao and Singapore"), the
    # country of a routed place ("through the port of Antwerp in Belgium")
    before = _PLACE_IN.sub("", GROUP_BEFORE.sub("", before))
    before = _ROUTE_NOUN.sub("", before)
    routed = ROUTE_BEFORE.search(before[-20:]) or _BORDERING.search(before[-28:])
    routed = routed or _ROUTE_STARTS.search(before[-40:])
    return bool(routed) and not ACTORS_FROM.search(before)


#: (round 10) A neighbour a place borders is no place figures are counted in ("the provinces
#: that border Myanmar and Thailand"; round 15: "the provinces bordering with Laos", "along the
#: frontiers with Afghanistan and Pakistan").
_BORDERING = re.compile(
    r"\b(?:border(?:s|ing)?|frontiers?)\s+"
    r"(?:on\s+|with\s+|(?:areas?|regions?|provinces?|districts?)\s+with\s+"
    # (round 23) "at border crossings with Rwanda"
    r"|(?:crossings?|crossing\s+points?|posts?|checkpoints?)\s+(?:with|on)\s+)?(?:the\s+)?$"
)
GROUP_BEFORE = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w.'-]*\s+)*[A-Z][\w.'-]*\s*(?:,\s*)?and\s+)+$")
#: (round 13) What stands between a route's word and its place: "through the port of", "through
#: ports in", "from suppliers in"; and a place's own name before its country ("Antwerp in ").
_ROUTE_NOUN = re.compile(
    r"(?<=\s)(?:the\s+)?(?:(?:sea)?ports?|airports?|harbou?rs?|suppliers?|producers?|sources?"
    r"|manufacturers?|coasts?)\s+(?:in|of|at)\s+(?:the\s+)?$",  # (round 23) "from the coast of"
    re.I,
)
_PLACE_IN = re.compile(
    r"(?<=\s)(?:[A-Z][\w'-]*\s+){1,3}in\s+(?:the\s+)?$"
)  # not across a full stop
#: (round 13) A route told by where it starts: "on the route that begins in Afghanistan".
_ROUTE_STARTS = re.compile(r"\broutes?\s+(?:that\s+|which\s+)?(?:begins?|starts?)\s+in\s+$")


def dateline_place(text: str, title_end: int, regions: dict[str, Region]) -> str | None:
    """The region of a dateline opening the first paragraph after the title ("MEXICO CITY, …",
    "CARDIFF - …", "KABUL/VIENNA - …": the first place), if the gazetteer, the list of large
    cities or (round 15) of national seats knows it; else a mixed-case one (:func:`dated_seat`)."""
    match = _DATELINE.match(text, title_end)
    if match is None:
        return dated_seat(text, title_end, regions)
    if state := dateline_state(text, title_end, regions):
        return state  # (round 26) the state it names with its city decides over the city list
    place = match["place"].split("/")[0].strip().title()
    found = _place(place, regions)
    return found if found in regions else None


def _place(place: str, regions: dict[str, Region], *, cities_only: bool = False) -> str | None:
    """A dateline's place: a region (``cities_only``: not a region's bare name, which a city may
    share, "VICTORIA" in British Columbia), a large city's region, else a national seat's
    country."""
    known = {c.lower(): r for c, r in capitals.SEATS.items()}
    if not cities_only:
        known |= {n.lower(): n for n in regions}
    known |= {c.lower(): r for c, r in CITY_REGIONS.items()}
    return known.get(place.lower())


def dated_seat(text: str, title_end: int, regions: dict[str, Region]) -> str | None:
    """(round 15) A dateline in mixed case on a line of its own or opening the lead, a place and
    a date ("Amman, 26 June 2025", "Santo Domingo, 8 January 2025. The …"), among the lines
    that head the text, up to the first paragraph of prose: the region of that place if the
    city list or the list of national seats knows it."""
    for line in text[title_end:].splitlines():
        match = _DATED.match(line.strip())
        found = _place(match["place"], regions, cities_only=True) if match else None
        if found in regions:
            return found
        if len(line) >= 100 and _SENTENCE_END.search(line):
            return None  # the body has begun: a place and a date there is no dateline
    return None


_SENTENCE_END = re.compile(r"\.(?:\s|$)")


#: A line that opens on a place, a comma and a full date ("Dodoma, 26 June 2025", "Hanoi, July
#: 8, 2025 - …"), then the line's end, a dash or a full stop.
_DATED = re.compile(
    r"(?P<place>[A-Z][A-Za-z .'-]{2,30}?),\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}"
    r"\s*(?:$|[-\u2013\u2014.:])"
)


_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z .'/-]{2,40}?)\s*(?:,|\s[-\u2013\u2014]\s)")


def dateline_state(text: str, title_end: int, regions: dict[str, Region]) -> str | None:
    """The state or province a dateline names after its city ("HAZARD, Ky. - …", "KEY WEST,
    Fla. - …", "McALLEN, Texas - …"): a local release, whose figures are that state's."""
    match = _DATELINE_STATE.match(text, title_end)
    if match is None:
        return _lead_dateline(text, title_end, regions)
    return _state(match["state"], regions)


def _state(name: str, regions: dict[str, Region]) -> str | None:
    state = DATELINE_STATES.get(name, name)
    return state if state in regions and regions[state].part_of is not None else None


def _lead_dateline(text: str, title_end: int, regions: dict[str, Region]) -> str | None:
    """(round 26) A dateline on the lines after a letterhead, up to the first paragraph of prose
    ("Royal Newfoundland Constabulary / Media Release / March 10, 2026 / <headline> / ST.
    JOHN'S, N.L. - The …"), where the title the text opens with is the letterhead."""
    for line in _LINE.finditer(text, title_end, title_end + _OPENING):
        match = _DATELINE_STATE.match(line[0])
        if match and (state := _state(match["state"], regions)):
            return state
        if len(line[0]) >= 100:
            return None  # the prose has begun
    return None


_LINE = re.compile(r"[^\n]+")
#: (a letterhead, its date and the headline fill the text's first few hundred characters)
_OPENING = 1500


_DATELINE_STATE = re.compile(
    r"\s*[^\W\d_](?:[^\W\d_]|[ .'-]){2,40}?,\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)"
    # (round 16) also with its date in brackets: "DECATUR, Ga. (September 15, 2026) - "
    r"\s*(?:,|(?:\s\([^)\n]{1,30}\))?\s[-\u2013\u2014]\s)"
)


def dated_bearer(
    jurisdiction: str | None, dateline: str | None, regions: dict[str, Region]
) -> str | None:
    """(round 16) An issuer's jurisdiction named by a name several regions bear ("Georgia Bureau
    of Investigation": Georgia, the country, by the rule that a shared name alone is the
    country's) is the bearer its dateline names ("DECATUR, Ga. - …": the US state)."""
    if jurisdiction is None or dateline is None or jurisdiction == dateline:
        return jurisdiction
    bearers = ambiguity.shared(regions).get(jurisdiction, [])
    return dateline if dateline in bearers else jurisdiction
