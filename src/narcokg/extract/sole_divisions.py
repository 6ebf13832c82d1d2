"""(round 53) A local report that never names its country and names one state or province only,
and that only further on ("… the Highway 400 corridor, which links the region to northern
Ontario", "the Ontario Naloxone Program"), is that division's: a district health unit or a
county task force rarely opens on its province or state, so round 14's rule that the division
be named in the opening left it the country's. A second division named anywhere, or the
country itself, leaves the opening rule as it was. Used by :func:`.placing.home_region`, whose
opening test is kept here beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from narcokg.extract.lang.en.names import CITY_REGIONS

if TYPE_CHECKING:
    from narcokg.extract.gazetteer import Mention as Name
    from narcokg.model.regions import Region


def sole_division(names: list[Name], best: str, country: str, regions: dict[str, Region]) -> bool:
    """Whether ``best`` is the only division of ``country`` the names hold (cities aside: a city
    places its own figures) and ``country`` is never named."""
    for name in names:
        if name.key == country:
            return False
        region = regions[name.key]
        if name.text in CITY_REGIONS or region.part_of is None:
            continue
        if name.key != best:
            return False
    return True


def named_at_home(
    names: list[Name],
    best: str,
    country: str,
    regions: dict[str, Region],
    lead_end: int | None,
    local: bool,
) -> bool:
    """Whether ``best`` may be the report's home: (round 14) named in the title or the opening
    paragraph (before ``lead_end``: a state named only further on is a paragraph's), or (round
    53) in a ``local`` body's report (not a national agency's: the Home Office's release on
    the whole country that names Scotland further on stays the country's), the sole division
    named in a text that never names its country."""
    if lead_end is None or any(n.key == best and n.start < lead_end for n in names):
        return True
    return local and sole_division(names, best, country, regions)
