"""(round 47, issue 14) The state of a federal office or HIDTA named for the city its release is
datelined in (docs/facts.md "A local body's report").

"BUFFALO, N.Y. - … officers of the Buffalo Field Office seized …", "MIAMI - … officers of the
Miami Field Office …", "LOS ANGELES, March 5, 2026 - The Los Angeles High Intensity Drug
Trafficking Area …": the office's figures are its state's, but round 37's
:func:`.field_offices.seat_state` reads an office only in the heading lines and only for a city
of the large-city list (never "Buffalo", which several states share), and a HIDTA not at all, so
the federal owner's country stood. Here the office's city must open the dateline too: the
dateline's state ("N.Y."), else the city's own state, is the office's. A lead naming another
state of the country, or a covering cue, leaves the office's area to the rules that read them.

Used by :func:`.body_areas.body_area` after round 37's reading, and by
:func:`.field_offices.federal_office` (the office keeps its owner's fiscal year, not the state's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import scope
from narcokg.extract.home_country import dateline_state
from narcokg.extract.lang.en.cities import OWN_CITY_REGIONS

if TYPE_CHECKING:
    from narcokg.extract.gazetteer import Mention as Name
    from narcokg.model.regions import Region

#: "<City> Field Office", "<City> HIDTA", "<City> High Intensity Drug Trafficking Area"; never
#: the second city of a pair ("Philadelphia/Camden HIDTA", "Atlanta-Carolinas HIDTA").
_OFFICE = re.compile(
    r"(?<![\w/-])(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
    r"(?:Field\s+Office|HIDTA|High\s+Intensity\s+Drug\s+Trafficking\s+Area)\b"
)
#: The lead opens within the text's first lines (a letterhead, a date and a headline before it).
_OPENING = 1500


def dated_office_state(
    text: str, end: int, names: list[Name], regions: dict[str, Region], country: str | None
) -> tuple[str, ...]:
    """The state of ``country`` of the office named for the city its dateline opens with; none
    when the title or lead (up to ``end``) names another state of ``country`` or a covering cue
    lists the office's area."""
    if country is None or (office := dated_office(text)) is None:
        return ()
    city, dateline = office
    state = dateline_state(text, dateline, regions) or OWN_CITY_REGIONS.get(city)
    if state is None or state not in regions or regions[state].part_of != country:
        return ()
    others = {n.key for n in names if n.start < end and regions[n.key].part_of == country}
    if others - {state} or scope.covered(text, 0, end, names, regions, country):
        return ()
    return (state,)


def dated_office(text: str) -> tuple[str, int] | None:
    """The seat city of the first office the title or the dateline's paragraph names, and where
    that dateline starts, when the dateline opens with the same city ("BUFFALO, N.Y. - … the
    Buffalo Field Office"): a local office, whose figures keep its owner's fiscal year."""
    for match in _OFFICE.finditer(text, 0, _OPENING):
        city = match["city"]
        dateline = re.search(rf"^[^\S\n]*{re.escape(city.upper())}\s*[,\u2013\u2014-]", text, re.M)
        if dateline is None or dateline.start() > _OPENING:
            continue
        paragraph_end = text.find("\n", dateline.start())
        if paragraph_end == -1 or match.start() < paragraph_end:
            return city, dateline.start()
    return None
