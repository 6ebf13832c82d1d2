"""(round 20, issue 14) A Chinese county or city whose English name another division shares.

The gazetteer names such a division with its city or province after a comma ("Hongshan District,
Wuhan" and "Hongshan District, Chifeng"; "Suzhou, Jiangsu" and "Suzhou, Anhui"), so a release in
English that writes the name alone ("Hongshan District", "Suzhou public security organs") named no
region, and a "respectively" list lost a member. The bare name is the one bearer that lies in a
region the text names elsewhere (its city, its province), as a name two countries' states share
is the one in the named country (:mod:`.ambiguity`); with none or several such bearers, none.
Internal to :mod:`.gazetteer`; (round 27) :func:`qualified_bearer` serves :mod:`.actors`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narcokg.model.regions import Region

#: The kinds of China's prefecture- and county-level divisions (cities.csv, counties.csv).
_KINDS = frozenset({
    "prefecture-level city", "district", "county", "county-level city", "autonomous county",
    "banner", "autonomous banner",
})  # fmt: skip


def bare_names(regions: dict[str, Region], taken: set[str]) -> dict[str, list[str]]:
    """Each bare name ("Hongshan District") -> the divisions named with it and a comma, when
    no region or alias in ``taken`` already bears it."""
    found: dict[str, list[str]] = {}
    for region in regions.values():
        bare, comma, _ = region.name.partition(", ")
        if comma and region.kind in _KINDS and bare not in taken:
            found.setdefault(bare, []).append(region.name)
    return found


def pick_bearer(bearers: list[str], regions: dict[str, Region], named: list[str]) -> str | None:
    """The bearer lying within the region of ``named`` (in text order, not counting the
    country) named first, else none: (round 27) a city's release places itself before it names
    its namesake ("Suzhou … Jiangsu … the drugs came from Anhui province Suzhou city")."""
    for key in named:
        within = [b for b in bearers if key in _ancestors(b, regions)]
        if within:
            return within[0] if len(within) == 1 else None
    return None


def _ancestors(name: str, regions: dict[str, Region]) -> set[str]:
    found: set[str] = set()
    region = regions[name]
    while region.part_of is not None and region.part_of in regions:
        region = regions[region.part_of]
        if region.part_of is not None:  # the country holds every bearer: no choice
            found.add(region.name)
    return found


def qualified_bearer(label: str, where: str | None, region_names: list[str]) -> str | None:
    """(round 27) The division a name qualified by its province names ("Jiangxi Province Fuzhou
    Municipal Public Security Bureau", "Suzhou … Bureau of Anhui Province"): "Fuzhou, Jiangxi",
    the bearer of the bare name within that province, rather than the province itself."""
    if where is None:
        return None
    tail = f", {where}"
    found = [
        n for n in region_names
        if n.endswith(tail) and re.search(rf"(?<!\w){re.escape(n[: -len(tail)])}(?!\w)", label)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None
