"""(round 20, issue 14) A Chinese county or city whose English name another division shares.

The gazetteer names such a division with its city or province after a comma ("Hongshan District,
Wuhan" and "Hongshan District, Chifeng"; "Suzhou, Jiangsu" and "Suzhou, Anhui"), so a release in
English that writes the name alone ("Hongshan District", "Suzhou public security organs") named no
region, and a "respectively" list lost a member. The bare name is the one bearer that lies in a
region the text names elsewhere (its city, its province), as a name two countries' states share
is the one in the named country (:mod:`.ambiguity`); with none or several such bearers, none.
Internal to :mod:`.gazetteer`."""

from __future__ import annotations

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


def pick_bearer(bearers: list[str], regions: dict[str, Region], named: set[str]) -> str | None:
    """The one bearer lying within a region of ``named`` (not counting the country), else none."""
    within = [b for b in bearers if _ancestors(b, regions) & named]
    return within[0] if len(within) == 1 else None


def _ancestors(name: str, regions: dict[str, Region]) -> set[str]:
    found: set[str] = set()
    region = regions[name]
    while region.part_of is not None and region.part_of in regions:
        region = regions[region.part_of]
        if region.part_of is not None:  # the country holds every bearer: no choice
            found.add(region.name)
    return found
