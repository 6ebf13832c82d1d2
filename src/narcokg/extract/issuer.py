"""Round 10 (issue 14): the report's frame read from who issues it.

A release's country is its issuer's: the country the issuer's own name carries ("the Ministry of
Public Security of the Lao PDR", "Viet Nam's Ministry of …", "the Vietnamese Ministry of …"),
which wins over the country a known agency's bare name suggests (a "Ministry of Public Security"
is China's only when nothing says otherwise). A ministry named with no country is placed by its
dateline's capital ("VIENTIANE, 18 April 2025 - The Ministry of …"). A machine translation, a
neighbour named as a route or a partner, says nothing about the issuer.

An international body (INTERPOL, UNODC, the WCO) issuing a release gives it no country; a joint
operation its lead says ran in a list of countries takes that list (docs/facts.md, "The report's
frame").
"""

from __future__ import annotations

import re

from narcokg.extract import capitals
from narcokg.extract.gazetteer import CUE_ONLY
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.cities import MORE_DEMONYMS
from narcokg.extract.lang.en.names import CITY_REGIONS, DEMONYMS, KNOWN_AGENCIES, ROUTE_BEFORE
from narcokg.model.regions import Region


def issuer_country(
    text: str,
    lead_end: int,
    names: list[Name],
    regions: dict[str, Region],
    issuer: Name | None,
    dateline: str | None,
    known: str | None = None,
) -> str | None:
    """The country the issuer's own name carries in the title or lead: inside it, after it ("…
    of (the) Lao PDR"), before it ("Korea's …", "the Vietnamese …"); else, for a ministry whose
    name carries no country, or a known agency (``known``: its country) whose country the text
    never names, the country of its dateline ("VIENTIANE, … - The Ministry of Public Security
    …")."""
    if issuer is None:
        return None
    surface = re.escape(issuer.text)
    for m in re.finditer(rf"(?<!\w){surface}(?!\w)", text[:lead_end]):
        found = _carried(text, m.start(), m.end(), names, regions)
        if found is not None:
            return found
    place = dateline or dateline_city(text, lead_end, regions) or _capital(text, regions)
    unnamed = known is not None and all(_top(n.key, regions) != known for n in names)
    if (_GENERIC.match(issuer.text) or unnamed) and place in regions:
        return _top(place, regions)
    return None


def _capital(text: str, regions: dict[str, Region]) -> str | None:
    """(round 14) The country of the first national capital the text names ("the localities of
    Ha Noi, …"): the seat of a ministry whose name carries no country."""
    named = [n for n in capitals.evidence(text, regions) if n.text in capitals.CAPITALS]
    return named[0].key if named else None


def dateline_city(text: str, lead_end: int, regions: dict[str, Region]) -> str | None:
    """The region of a dateline in mixed case opening the lead ("Hanoi, July 8, 2025 - …"),
    which needs its date to be one."""
    start = text.rfind("\n", 0, lead_end) + 1
    match = _MIXED_DATELINE.match(text, start)
    if match is None:
        return None
    place = match["place"].strip()
    found = CITY_REGIONS.get(place, place)
    return found if found in regions else None


_MIXED_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z .'-]{2,30}?),\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?"
    r"\s+\d{4}\s*(?:\([^)\n]{1,30}\)\s*)?[-\u2013\u2014]"
)


def _carried(
    text: str, start: int, end: int, names: list[Name], regions: dict[str, Region]
) -> str | None:
    countries = [n for n in names if n.key not in CUE_ONLY and regions[n.key].part_of is None]
    for n in countries:
        inside = start <= n.start < end
        after = n.start >= end and _OF.fullmatch(text[end : n.start])
        before = n.end <= start and _POSSESSIVE.fullmatch(text[n.end : start])
        if inside or after or before:
            return n.key
    adjective = _DEMONYM_BEFORE.search(text[max(0, start - 30) : start])
    if adjective and _ADJECTIVES[adjective[1]] in regions:
        return _ADJECTIVES[adjective[1]]
    return None


#: Between an issuer's name and its country: " of the ", " of ".
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
#: Between a country and the issuer it owns: "Viet Nam's ", "Korea's ".
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_ADJECTIVES = DEMONYMS | MORE_DEMONYMS
_DEMONYM_BEFORE = re.compile(rf"\b({'|'.join(_ADJECTIVES)})\s+$")
#: A ministry's or department's name that several countries' bodies share.
_GENERIC = re.compile(r"(?:the\s+)?(?:Ministry|Department)\s+of\s+", re.I)


def international_issuer(text: str, title_end: int, lead_end: int) -> bool:
    """Whether the release is an international body's: its title names one, or its lead says one
    coordinated the operation or announced the results ("An operation coordinated by INTERPOL in
    six countries …", "…, the WCO said today"); a body the lead thanks for support is none."""
    bodies = [alias for alias, (_, country) in KNOWN_AGENCIES.items() if country is None]
    body = "|".join(re.escape(b) for b in sorted(bodies, key=len, reverse=True))
    if not body:
        return False
    named = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)
    if named.search(text, 0, title_end):
        return True
    issuing = re.compile(
        rf"\b(?:coordinated|organi[sz]ed|led|run)\s+by\s+(?:the\s+)?(?:{body})(?!\w)"
        rf"|(?<!\w)(?:{body})(?:\s+\([A-Z]+\))?\s+(?:today\s+)?(?:announced|said|reported"
        rf"|published|released)\b",
        re.I,
    )
    return bool(issuing.search(text, title_end, lead_end))


def federal_issuer(text: str, title_end: int, lead_end: int, label: str, states: list[str]) -> bool:
    """Whether a release is a national body's own: its issuer is a known national agency of one
    country named without its country ("Coast Guard" for the U.S. Coast Guard), its name says it
    is national and names no state ("… of the Republic", not "Texas National Guard"), or its
    lead speaks of federal actors; and neither the title nor the lead names a local unit of it
    ("Sector Key West", "the Miami Field Division", a county's sheriff)."""
    if any(re.search(rf"\b{re.escape(state)}\b", label) for state in states):
        return False  # ``states``: the names of states or provinces the text names
    bare = _COUNTRY_PREFIX.sub("", label)
    known = {
        _COUNTRY_PREFIX.sub("", name)
        for name, country in KNOWN_AGENCIES.values()
        if country is not None
    }
    # the name as the lead gives it in full ("… Attorney General of the Republic")
    named = re.search(rf"{re.escape(label)}(?:\s+of\s+the\s+\w+)?", text[:lead_end])
    # a command of a known national agency named after it ("Coast Guard Atlantic Area") too
    of_known = any(bare == name or bare.startswith(name + " ") for name in known)
    national = of_known or bool(_NATIONAL_NAME.search(named.group() if named else label))
    national = national or bool(_FEDERAL_ACTORS.search(text, title_end, lead_end))
    return national and not _LOCAL_UNIT.search(text, 0, lead_end)


#: A name that says its body is the nation's ("the Office of the Attorney General of the
#: Republic", "Federal Police", "National Guard"), and a lead that says its actors are.
_NATIONAL_NAME = re.compile(r"\b(?:Federal|National|of\s+the\s+(?:Republic|Nation|Union))\b")
_FEDERAL_ACTORS = re.compile(
    r"\b(?:federal|national)\s+(?:prosecutors|authorities|agents|officers|police|agencies)\b"
    # (round 11) the lead calling the issuer its country's body: "the national drug law
    # enforcement agency under the Ministry of Home Affairs"
    r"|\bthe\s+(?:federal|national)\s+(?:[a-z-]+\s+){0,4}(?:agency|authority|service|bureau)\b",
    re.I,
)
_COUNTRY_PREFIX = re.compile(r"^(?:the\s+)?(?:U\.S\.|US|United\s+States)\s+")
#: A unit that serves one place: its releases are that place's (docs/facts.md "Region").
_LOCAL_UNIT = re.compile(
    r"\b(?:Sector|Station|Division|Resident\s+Office|Field\s+Office|Police\s+Department"
    r"|Sheriff|County|City\s+of|Port\s+of\s+Entry|District\s+of)\b"
)


def lead_end(text: str, title_end: int) -> int:
    """The end of the lead: the first paragraph after the title that is more than a line of
    furniture ("Ministry of Justice, official statistics bulletin", "Main points")."""
    for m in re.finditer(r"[^\n]{100,}", text[title_end:]):
        return title_end + m.end()
    return len(text)


def operation_countries(
    text: str, title_end: int, lead_end: int, names: list[Name], regions: dict[str, Region]
) -> tuple[str, ...]:
    """The countries a joint operation's lead says it ran in ("ran from 7 to 20 October 2024 in
    Belize, Costa Rica, …", "in six Central American countries: …"): a list of at least two
    countries, not a route, in the first two paragraphs after the title of a text about an
    operation."""
    if not _OPERATION.search(text, 0, lead_end):
        return ()
    paragraph = re.compile(r"\n\s*\n\s*[^\n]+")
    second = paragraph.match(text, lead_end)  # the paragraph after the lead
    end = second.end() if second else len(text)
    group: list[Name] = []
    for n in names:
        if not title_end <= n.start < end or n.key in CUE_ONLY or regions[n.key].part_of:
            continue
        if group and _JOIN.fullmatch(text[group[-1].end : n.start]):
            group.append(n)
            continue
        if _participants(text, group):
            return tuple(dict.fromkeys(g.key for g in group))
        group = [n]
    return tuple(dict.fromkeys(g.key for g in group)) if _participants(text, group) else ()


def _participants(text: str, group: list[Name]) -> bool:
    """A list of two or more countries after a locative ("in Belize, Costa Rica, …") or in a
    sentence about who took part ("The countries taking part were Benin, …")."""
    if len(group) < 2:
        return False
    if _IN.search(text[max(0, group[0].start - 30) : group[0].start]):
        return True
    opening = max(text.rfind(". ", 0, group[0].start), text.rfind("\n", 0, group[0].start))
    closing = text.find(". ", group[-1].end)
    sentence = text[opening + 1 : closing if closing > 0 else len(text)]
    routed = ROUTE_BEFORE.search(text[max(0, group[0].start - 30) : group[0].start])
    return bool(_TAKING_PART.search(sentence)) and not routed


_TAKING_PART = re.compile(r"\b(?:taking\s+part|took\s+part|participat\w*|participants?)\b", re.I)
_OPERATION = re.compile(
    r"\b(?:operation|campaign|crackdown|joint\s+action|action\s+days?|joint\s+investigation)\b",
    re.I,
)
_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
#: A list of participants opens on a locative ("in Belize, …", "across Ghana, …").
_IN = re.compile(
    r"\b(?:in|across|throughout|involving|covering|spanning|participation\s+of|participants?:?"
    r"|countries:?)\s+(?:the\s+)?$",
    re.I,
)


def _top(name: str, regions: dict[str, Region]) -> str:
    region = regions[name]
    while region.part_of is not None:
        region = regions[region.part_of]
    return region.name


#: Before an agency named as a partner ("with the Judiciary Police of Macao", "in cooperation
#: with the Narcotics Control Bureau of China and the …"): not the release's issuer.
PARTNER = re.compile(
    r"\b(?:with|alongside|together\s+with|assisted\s+by|cooperation\s+of"
    r"|support(?:ed)?\s+(?:from|by|of)|assistance\s+(?:from|of)|help\s+(?:from|of))\s+(?:the\s+)?"
    r"(?:[^.;]{0,90}?\s+and\s+(?:the\s+)?)?"  # (round 10) the later partners of a list
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['\u2019]s\s+)?$",  # "the United Kingdom's …"
    re.I,
)


def partner_named(text: str, start: int) -> bool:
    """Whether the agency named at ``start`` is named as a partner."""
    return bool(PARTNER.search(text[max(0, start - 120) : start]))
