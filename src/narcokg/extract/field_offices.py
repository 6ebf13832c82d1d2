"""(round 37, issue 14) The state of a federal agency's field office named for its seat city
(docs/facts.md "A local body's report": the smallest gazetteer region holding the body).

A national agency's office publishes its own results under its city's name ("Tucson Field
Office Narcotics Seizures Up …", "HSI San Diego Methamphetamine Seizures Rise …"): its figures
are its area's, not the country's. A lead that lists the states or territories the office
covers, or any other state of the country the lead names, decides first (``scope.covered``,
the body's own covering cue, the lead's list); else the office's seat city, named in the
report's heading lines, gives the one state it lies in (the large-city list; a city other
places share gives none), and the office keeps the federal fiscal year. Used by
:func:`.body_areas.body_area` and :mod:`.draft`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import dated_offices, scope
from narcokg.extract.lang.en.cities import OWN_CITY_REGIONS

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
    if country is None or (state := _seat(text)) is None:
        return ()
    if state not in regions or regions[state].part_of != country:
        return ()
    # an area the lead lists ("across Illinois, Indiana and Wisconsin") is the office's
    others = {n.key for n in names if n.start < end and regions[n.key].part_of == country}
    if others - {state} or scope.covered(text, 0, end, names, regions, country):
        return ()
    return (state,)


def federal_office(text: str) -> bool:
    """Whether the heading names a federal field office by its seat: its figures keep the
    federal fiscal year, not its state's; (round 47) or one named for its dateline's city."""
    return _seat(text) is not None or dated_offices.dated_office(text) is not None


def _seat(text: str) -> str | None:
    """The state of the seat city of the first field office the heading names."""
    first_line = text.find("\n")
    long_line = _LONG_LINE.search(text, max(first_line, 0))
    heading = text[: long_line.start() if long_line else len(text)]
    match = _OFFICE.search(heading)
    return OWN_CITY_REGIONS[match["city"] or match["hsi"]] if match else None


_CITIES = "|".join(re.escape(c) for c in sorted(OWN_CITY_REGIONS, key=len, reverse=True))
#: "<City> Field Office" (CBP, the FBI), "HSI <City>" or "Homeland Security Investigations
#: (HSI) <City>": an office named for its seat.
_OFFICE = re.compile(
    rf"(?<![\w-])(?P<city>{_CITIES})\s+Field\s+Office\b"
    rf"|\b(?:HSI|Homeland\s+Security\s+Investigations)(?:\s+\(HSI\))?\s+(?P<hsi>{_CITIES})\b"
)
