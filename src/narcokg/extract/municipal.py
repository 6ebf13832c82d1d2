"""(round 19, issue 14) A city's own police force reports its city's figures, and the city lies
in one state or province: "Toronto Police Service", "Halifax Regional Police", "Service de police
de la Ville de Montréal" publish the province's figures (docs/facts.md "The report's frame": the
smallest gazetteer region holding the body), never the country's. Used by :mod:`.scope` and
:mod:`.frame_guess`."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.names import CITY_REGIONS
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
#: "police de la Ville de <city>".
UNLISTED = r"|\b[A-Z][\w'-]+\s+Regional\s+Police\b(?!\s+Command)|\bpolice\s+de\s+la\s+Ville\s+de\b"


def force_province(
    text: str, lead_end: int, regions: dict[str, Region], country: str
) -> str | None:
    """The state or province of the first city whose own police the title or lead names, when
    that city lies in ``country``."""
    for match in _FORCE.finditer(text, 0, lead_end):
        region = CITY_REGIONS[match["city"] or match["ville"]]
        if region in regions and regions[region].part_of == country:
            return region
    return None


_ANY_FORCE = re.compile(_FORCE.pattern + UNLISTED)


def force_named(text: str, lead_end: int) -> str | None:
    """The words naming a city's own police in the title or lead, for the frame's reason."""
    match = _ANY_FORCE.search(text, 0, lead_end)
    return match[0] if match else None
