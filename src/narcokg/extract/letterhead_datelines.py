"""(round 51) A bare city dateline on the lines after a letterhead ("GEORGIA STATE PATROL /
Georgia Department of Public Safety / January 21, 2026 / ATLANTA - Troopers …").

The dateline readers look for a bare city only right after the title, and after a letterhead only
for a city with its state ("ST. JOHN'S, N.L. - …"). A body named by a name two regions share
("Georgia State Patrol": the country by the shared-name rule) is then never moved to the US state
its dateline's city lies in. This reader is used only to settle such a shared name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.lang.en.names import CITY_REGIONS

if TYPE_CHECKING:
    from narcokg.model.regions import Region

#: An upper-case city and a dash opening a line ("ATLANTA - ", "SAVANNAH, " is left to others).
_CITY_DASH = re.compile(r"(?P<city>[A-Z][A-Z .'-]{2,30}?)\s[-\u2013\u2014]\s")
_LINE = re.compile(r"[^\n]+")
#: (a letterhead, its date and the headline fill the text's first few hundred characters)
_OPENING = 1500


def letterhead_city(text: str, title_end: int, regions: dict[str, Region]) -> str | None:
    """The state or province of the large city a letterhead's bare dateline names, up to the
    first paragraph of prose; None if there is none or the city list does not place it in a
    division of a country."""
    for line in _LINE.finditer(text, title_end, title_end + _OPENING):
        match = _CITY_DASH.match(line[0])
        if match:
            place = CITY_REGIONS.get(match["city"].strip().title())
            region = regions.get(place) if place else None
            return place if region is not None and region.part_of is not None else None
        if len(line[0]) >= 100:
            return None  # the prose has begun
    return None
