"""(round 19, issue 14) A city's own police force reports its city's figures, and the city lies
in one state or province: "Toronto Police Service", "Halifax Regional Police", "Service de police
de la Ville de Montréal" publish the province's figures (docs/facts.md "The report's frame": the
smallest gazetteer region holding the body), never the country's. Used by :mod:`.scope` and
:mod:`.frame_guess`."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.names import CITY_REGIONS, DATELINE_STATES
from narcokg.extract.named_states import state_of_city
from narcokg.model.regions import Region

_CITIES = "|".join(re.escape(c) for c in sorted(CITY_REGIONS, key=len, reverse=True))

#: A municipal force named after its city: "<city> (Regional|City|Municipal) Police", or the
#: French form "(Service de) police de la Ville de <city>".
_FORCE = re.compile(
    rf"\b(?P<city>{_CITIES})\s+(?:(?:Regional|City|Municipal)\s+)?Police\b"
    rf"|\b[Pp]olice\s+de\s+la\s+Ville\s+de\s+(?P<ville>{_CITIES})(?!\w)"
)

#: Municipal forces whose city the list of large cities may not know: a Canadian "<city>
#: Regional Police" (not a national force's "Regional Police Command"), a French-Canadian
#: "police de la Ville de <city>"; (round 25) any "Service de police de <city>", the French
#: name of a municipal force ("… de Laval", "… de l'agglomération de Longueuil").
UNLISTED = (
    r"|\b[A-Z][\w'-]+\s+Regional\s+Police\b(?!\s+Command)|\bpolice\s+de\s+la\s+Ville\s+de\b"
    r"|(?i:\bService\s+de\s+police\s+de\s+(?:la\s+Ville\s+de\s+|l['\u2019]agglom\w+\s+de\s+)?"
    r"[\w'\u2019-]+)"
)


def force_province(
    text: str, lead_end: int, regions: dict[str, Region], country: str
) -> str | None:
    """The state or province of the first city whose own police the title or lead names, when
    that city lies in ``country``."""
    for match in _FORCE.finditer(text, 0, lead_end):
        city = match["city"] or match["ville"]
        # (round 26) the state the text names with the city decides over the list's
        region = state_of_city(text, city, regions) or CITY_REGIONS[city]
        if region in regions and regions[region].part_of == country:
            return region
    return None


_ANY_FORCE = re.compile(_FORCE.pattern + UNLISTED)


def force_named(text: str, lead_end: int, publisher: str | None = None) -> str | None:
    """The words naming a city's own police in the title or lead, for the frame's reason; (round
    22) else the publisher's name when it is a local force's (:func:`publisher_province`)."""
    match = _ANY_FORCE.search(text, 0, lead_end)
    if match is None and publisher is not None and _LOCAL_FORCE.fullmatch(publisher):
        return publisher
    return match[0] if match else None


def publisher_province(
    text: str, publisher: str, regions: dict[str, Region], country: str | None
) -> str | None:
    """(round 22) The state or province of a local police force that publishes the report when
    its title and lead, headings of a letterhead ("Hamilton Police Service / Media Release /
    <headline>"), never name it in a form :func:`force_province` reads: the one a dateline
    opening a line of the first paragraphs names ("HAMILTON, ON - February 12, 2026 - …"; round
    26: first, as the text's own word), else its city's by the list of large cities ("REGINA
    POLICE SERVICE" is Regina's). Not a force
    named after a country or a division of one ("Ghana Police Service", "Victoria Police")."""
    found = _LOCAL_FORCE.fullmatch(publisher.strip())
    if country is None or found is None or found["place"] in regions:
        return None
    for line in _DATELINE_LINE.finditer(text, 0, _opening_end(text)):
        state = DATELINE_STATES.get(line["state"], line["state"])
        if state in regions and regions[state].part_of == country:
            return state  # (round 26) before the list's city: the text names the state
    city = _FORCE.search(publisher)
    region = CITY_REGIONS[city["city"]] if city and city["city"] else None
    return region if region in regions and regions[region].part_of == country else None


#: A local force's own name: a place of one or two words, then "Police" with its head noun
#: ("Windsor Police Service", "Peel Regional Police", "Thunder Bay Police Service"; not "Royal
#: Canadian Mounted Police").
_LOCAL_FORCE = re.compile(
    r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)?)"
    r"\s+(?:(?:Regional|City|Municipal)\s+)?Police(?:\s+(?:Service|Department|Force))?"
)
#: A dateline opening a line: "HAMILTON, ON - ", "Windsor, Ont., March 5 - ".
_DATELINE_LINE = re.compile(
    r"^[ \t]*[A-Za-z][A-Za-z .'-]{2,40}?,\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)"
    r"\s*(?:,|\s[-\u2013\u2014]\s)",
    re.M,
)


def _opening_end(text: str) -> int:
    """The end of the first two paragraphs with a line of 100 characters or more (a letterhead's
    short lines and the headline come before the dateline's paragraph)."""
    ends = [m.end() for m in re.finditer(r"[^\n]{100,}", text)][:2]
    return ends[-1] if ends else len(text)
