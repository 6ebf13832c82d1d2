"""Regions, agencies and operations a Chinese release names.

Regions come from the ``label_zh`` column of the gazetteer (云南, 深圳 with or without 省/市;
counties by their full names only, 宝安区: see :mod:`~narcokg.extract.lang.zh_counties`);
全国/全省/全市 stand for the document's country, province or city. Members of a list closed by
等 (广东、云南、广西等11个重点省份) are participants, not the figure's region. Agencies: 公安部,
国家禁毒办 / 国家禁毒委员会办公室, 海关总署, X海关, X省公安厅, X市公安局, (全国/全省/各地)公安机关.
Operations: names in “” (with or without a year), glossed in English where the name is known.
"""

from __future__ import annotations

import re

from narcokg.extract.actors import Agency
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang import zh_counties
from narcokg.model.regions import COUNTY_KINDS, Region, region_slug

#: Known operation names -> English glosses (the first is the label; the rest alternatives).
OPERATION_GLOSSES: dict[str, tuple[str, ...]] = {
    "猎枭": ("Kingpin Hunt", "hunting"),
    "净边": ("Clean Border",),
    "清源断链": ("Clear the Source, Break the Chain",),
    "雷霆扫毒": ("Thunder Sweep",),
    "禁毒2023": ("Anti-drug 2023",),
}
NATIONAL_AGENCIES: dict[str, tuple[str, str]] = {
    "国家禁毒委员会办公室": ("nncc-office", "Office of the National Narcotics Control Commission"),
    "国家禁毒办": ("nncc-office", "Office of the National Narcotics Control Commission"),
    "公安部": ("ministry-of-public-security", "Ministry of Public Security"),
    "海关总署": ("general-administration-of-customs", "General Administration of Customs"),
}


#: Short names of prefecture-level cities that are read without 市: provincial capitals and other
#: large cities. Other two-character short names are ordinary words too often (安康 well-being,
#: 白银 silver, 来宾 guests, 日照 sunshine, 长治 in 长治久安), so those need 市: 白银市.
BARE_CITIES = frozenset({
    "石家庄", "太原", "呼和浩特", "沈阳", "大连", "长春", "哈尔滨", "南京", "苏州", "无锡", "杭州",
    "宁波", "温州", "合肥", "福州", "厦门", "南昌", "济南", "青岛", "郑州", "武汉", "长沙", "广州",
    "深圳", "东莞", "佛山", "南宁", "海口", "成都", "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁",
    "银川", "乌鲁木齐",
})  # fmt: skip
CITY_KINDS = frozenset({"prefecture-level city", "autonomous prefecture", "prefecture", "league"})


def zh_names(regions: dict[str, Region]) -> dict[str, str]:
    """Chinese names -> region names, counties apart (:mod:`zh_counties`): every ``label_zh``; a
    city's short name where it is safe alone (:data:`BARE_CITIES`, or three characters and more:
    齐齐哈尔); an autonomous prefecture's short name with 州 (延边州, 红河州)."""
    regions = {n: r for n, r in regions.items() if r.kind not in COUNTY_KINDS}
    names = {r.label_zh: r.name for r in regions.values() if r.label_zh}
    for region in regions.values():
        short = region.short_zh
        if short and region.kind == "autonomous prefecture":
            names.setdefault(short if short.endswith("州") else short + "州", region.name)
        elif short and (short in BARE_CITIES or len(short) >= 3):
            names.setdefault(short, region.name)
    return names


def find_regions(text: str, regions: dict[str, Region]) -> list[Mention]:
    """Region mentions by Chinese name (a county's by its full name: see
    :mod:`~narcokg.extract.lang.zh_counties`), and 全国/全省/全市 resolved to the document's
    regions."""
    names = zh_names(regions)
    counties = zh_counties.county_labels(regions)
    if not names and not counties:
        return []
    pattern = "|".join(re.escape(n) for n in sorted(names.keys() | counties, key=len, reverse=True))
    found: list[Mention] = []
    previous: Mention | None = None
    for m in re.finditer(rf"(?:{pattern})(?:省|市|自治区)?", text):
        mention = _mention(text, m, names, counties, previous, regions)
        if mention is None:
            continue
        previous = mention
        after = text[mention.end : mention.end + 1]
        if after in ("、", "等") or text[m.start() - 1 : m.start()] == "、":
            continue  # a member of a list of participants
        found.append(mention)
    home = document_regions(found, regions)
    for m in re.finditer(r"全(国|省|市)", text):
        key = home.get(m[1])
        if key:
            found.append(Mention(m.start(), m.end(), key, m.group()))
    return sorted(found, key=lambda n: n.start)


def _mention(
    text: str,
    m: re.Match[str],
    names: dict[str, str],
    counties: dict[str, list[Region]],
    previous: Mention | None,
    regions: dict[str, Region],
) -> Mention | None:
    """The region a match names: a province or city by any of its names (云南省, 广州), a county by
    its full name, qualified by the region just before it (深圳市宝安区) where it must be."""
    name = m.group()
    stem = name if name in names else name[:-3] if name.endswith("自治区") else name[:-1]
    if name in names or (name not in counties and stem in names):
        return Mention(m.start(), m.end(), names[stem], name)
    label = name if name in counties else stem
    if zh_counties.area_word(text, label, m.start() + len(label)):  # 河北区域 is Hebei's area
        area = label[:-1]
        if area not in names:
            return None
        return Mention(m.start(), m.start() + len(area), names[area], area)
    qualified = previous is not None and zh_counties.same_phrase(text, previous.end, m.start())
    before = regions.get(previous.key) if previous is not None and qualified else None
    county = zh_counties.resolve(label, counties[label], before, regions)
    if county is None:
        return None
    return Mention(m.start(), m.start() + len(label), county.name, label)


def document_regions(found: list[Mention], regions: dict[str, Region]) -> dict[str, str]:
    """The document's country (国), province (省) and city (市): the first of each named, directly
    or as the region a named one lies in (a county names its city and province)."""
    home: dict[str, str] = {}
    for mention in found:
        region: Region | None = regions[mention.key]
        while region is not None:
            level = _level(region)
            if level:
                home.setdefault(level, region.name)
            region = regions[region.part_of] if region.part_of else None
    home.setdefault("国", "China")
    return home


def _level(region: Region) -> str | None:
    if region.kind == "country":
        return "国"
    if region.kind in CITY_KINDS:
        return "市"
    return None if region.kind in COUNTY_KINDS else "省"


def find_agencies(text: str, regions: dict[str, Region]) -> tuple[list[Mention], dict[str, Agency]]:
    """Agency mentions (by slug) and the agencies they name."""
    agencies: dict[str, Agency] = {}
    mentions: list[Mention] = []
    for name, (slug, label) in NATIONAL_AGENCIES.items():
        for m in re.finditer(name, text):
            agencies[slug] = Agency(slug, label, "China")
            mentions.append(Mention(m.start(), m.end(), slug, m.group()))
    by_zh = {zh: regions[name] for zh, name in zh_names(regions).items()}
    local = "|".join(re.escape(n) for n in sorted(by_zh, key=len, reverse=True)) or "(?!)"
    kinds = {"公安厅": "public-security-department", "公安局": "public-security-bureau",
             "海关": "customs"}  # fmt: skip
    for m in re.finditer(rf"({local})(?:省|市|自治区)?(公安厅|公安局|海关)(?!总署)", text):
        region = by_zh[m[1]]
        slug = f"{region.slug}-{kinds[m[2]]}"
        label = f"{region.name} {kinds[m[2]].replace('-', ' ').capitalize()}"
        agencies[slug] = Agency(slug, label, region.name)
        mentions.append(Mention(m.start(), m.end(), slug, m.group()))
    for m in re.finditer(r"公安机关", text):
        agencies["public-security-organs"] = Agency(
            "public-security-organs", "Public security organs", "China"
        )
        mentions.append(Mention(m.start(), m.end(), "public-security-organs", m.group()))
    overlapping = [
        a for a in mentions if any(b is not a and b.start <= a.start < b.end for b in mentions)
    ]
    kept = [m for m in mentions if m not in overlapping]
    return sorted(kept, key=lambda n: n.start), agencies


def find_operations(text: str) -> list[Mention]:
    """Quoted operation names: “猎枭2023”专项行动 -> key “猎枭2023”."""
    found = []
    for m in re.finditer(r"“(?P<name>[^”]{1,20})”(?:系列|专项|集中)?(?:行动|战役|工作)?", text):
        found.append(Mention(m.start(), m.end(), m["name"], m.group()))
    return found


def operation_english(name: str) -> tuple[str, ...]:
    """English glosses of an operation name (its year kept): “猎枭2023” -> Kingpin Hunt 2023."""
    year = re.search(r"\d{4}", name)
    stem = re.sub(r"\d{4}", "", name)
    glosses = OPERATION_GLOSSES.get(stem) or OPERATION_GLOSSES.get(name, ())
    return tuple(f"{g} {year.group()}" if year else g for g in glosses)


def operation_slug(name: str, period: str) -> str:
    """An English slug where the name is glossed, else one from the period."""
    glosses = operation_english(name)
    base = region_slug(glosses[0]) if glosses else "operation"
    year = period.split("/")[0][:4]
    return base if base.endswith(year) else f"{base}-{year}"
