"""(round 37, issue 14) The state of a federal agency's field office named for its seat city
(docs/facts.md "A local body's report": the smallest gazetteer region holding the body).

A national agency's office publishes its own results under its city's name ("Tucson Field
Office Narcotics Seizures Up …", "HSI San Diego Methamphetamine Seizures Rise …"): its figures
are its area's, not the country's. A lead that lists the states or territories the office
covers decides first (``scope.covered``, the body's own covering cue); else the office's seat
city, named in the report's heading lines, gives the one state it lies in (the large-city list;
a city other places share gives none). Used by :func:`.body_areas.body_area`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import scope
from narcokg.extract.lang.en.cities import CITY_REGIONS, SHARED_CITY_NAMES

if TYPE_CHECKING:
    from narcokg.extract.gazetteer import Mention as Name
    from narcokg.model.regions import Region

#: The heading ends at the first line of 100 characters or more (the lead), though the title
#: itself may be that long.
_LONG_LINE = re.compile(r"^[^\n]{100,}$", re.M)


def seat_state(
    text: str, end: int, names: list[Name], regions: dict[str, Region], country: str | None
) -> tuple[str, ...]:
    """The state of ``country`` holding the seat of the field office the heading names, when
    no covering cue up to ``end`` lists the office's area."""
    if country is None:
        return ()
    first_line = text.find("\n")
    long_line = _LONG_LINE.search(text, max(first_line, 0))
    heading = text[: long_line.start() if long_line else len(text)]
    for match in _OFFICE.finditer(heading):
        state = CITY_REGIONS[match["city"] or match["hsi"]]
        listed = state in regions and regions[state].part_of == country
        if listed and not scope.covered(text, 0, end, names, regions, country):
            return (state,)
    return ()


_CITIES = "|".join(
    re.escape(c) for c in sorted(CITY_REGIONS, key=len, reverse=True) if c not in SHARED_CITY_NAMES
)
#: "<City> Field Office" (CBP, the FBI), "HSI <City>" or "Homeland Security Investigations
#: (HSI) <City>": an office named for its seat.
_OFFICE = re.compile(
    rf"(?<![\w-])(?P<city>{_CITIES})\s+Field\s+Office\b"
    rf"|\b(?:HSI|Homeland\s+Security\s+Investigations)(?:\s+\(HSI\))?\s+(?P<hsi>{_CITIES})\b"
)
