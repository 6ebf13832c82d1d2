"""County-level divisions named in Chinese text (graph/reference/counties.csv).

A county is found only by its full official name, with its kind (宝安区, 义乌市, 正定县, 土默特左旗,
never 宝安 alone). The name resolves on its own only when it is unambiguous: one division has it,
it shares it with no other county-level division (counties.csv marks those that do by adding their
city or province to the English name: "Chaoyang District, Beijing") and it is at least three
characters long (南县, 新县, 城区 are words too). Any county name also resolves when the same phrase
names the city or province it lies in just before it: 深圳市宝安区, 北京市朝阳区, 湖南省益阳市南县.
A 区 that begins 区域, 区县 or 区划 is not a district's: 河北区域 is Hebei's area.
"""

from __future__ import annotations

import re

from narcokg.model.regions import COUNTY_KINDS, Region

#: What ends a phrase: a qualifier before one of these does not reach the county after it.
PHRASE_BREAK = re.compile(r"[，。；！？：,;\n]")


def county_labels(regions: dict[str, Region]) -> dict[str, list[Region]]:
    """Full Chinese names -> the county-level divisions that carry them."""
    labels: dict[str, list[Region]] = {}
    for region in regions.values():
        if region.kind in COUNTY_KINDS and region.label_zh:
            labels.setdefault(region.label_zh, []).append(region)
    return labels


def resolve(
    label: str, candidates: list[Region], before: Region | None, regions: dict[str, Region]
) -> Region | None:
    """The division ``label`` names: the one inside ``before`` (the region named just before it
    in the same phrase), else the only one when the name is unambiguous; otherwise none."""
    if before is not None:
        inside = [c for c in candidates if lies_in(c, before.name, regions)]
        if len(inside) == 1:
            return inside[0]
    only = candidates[0] if len(candidates) == 1 else None
    if only is not None and len(label) >= 3 and ", " not in only.name:
        return only
    return None


def lies_in(region: Region, outer: str, regions: dict[str, Region]) -> bool:
    """Whether ``region`` lies inside the region named ``outer`` (nk:partOf, any depth)."""
    parent = region.part_of
    while parent is not None:
        if parent == outer:
            return True
        parent = regions[parent].part_of if parent in regions else None
    return False


def area_word(text: str, label: str, end: int) -> bool:
    """Whether the 区 ending ``label`` begins 区域 (area), 区县 (districts and counties) or 区划
    (divisions): then 河北区域 is Hebei's area, not Tianjin's 河北区."""
    return label.endswith("区") and text[end : end + 1] in ("域", "县", "划")


def same_phrase(text: str, start: int, end: int) -> bool:
    """Whether nothing between ``start`` and ``end`` ends a phrase."""
    return PHRASE_BREAK.search(text, start, end) is None
