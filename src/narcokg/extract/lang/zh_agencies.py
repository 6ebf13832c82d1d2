"""Which agency a Chinese release's figure belongs to, beyond the names :mod:`.zh_places` finds.

- Public security organs stand for the top public security agency of their scope: 全国公安机关 is
  the Ministry of Public Security's system, 全省公安机关 the province's department (公安厅),
  全市公安机关 the city's bureau (公安局); 各地/各级 or no scope word: the publisher's own scope.
- 省公安厅 and 市公安局 without a name: the home province's department, the home city's bureau.
- Narcotics control commissions (禁毒委员会, 禁毒委, 禁毒办) of a province or city, and the national
  one (国家禁毒委员会 is drafted as its office, the usual publisher).
- International bodies cited as the source of a statistic (据联合国毒品和犯罪问题办公室统计).
"""

from __future__ import annotations

import re

from narcokg.extract.actors import Agency
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang import zh_places
from narcokg.model.regions import Region

MPS = Agency("ministry-of-public-security", "Ministry of Public Security", "China")
NNCC = Agency("nncc-office", "Office of the National Narcotics Control Commission", "China")
#: International bodies a Chinese release cites as the source of a figure.
INTERNATIONAL: dict[str, Agency] = {
    "联合国毒品和犯罪问题办公室": Agency(
        "unodc", "United Nations Office on Drugs and Crime", None, international=True
    ),
    "世界卫生组织": Agency("who", "World Health Organization", None, international=True),
    "国际麻醉品管制局": Agency(
        "incb", "International Narcotics Control Board", None, international=True
    ),
}
_ORGANS = "public-security-organs"


def find_agencies_zh(
    text: str, regions: dict[str, Region], home: dict[str, str]
) -> tuple[list[Mention], dict[str, Agency]]:
    """Agency mentions (by slug) in text order and the agencies they name; ``home`` holds the
    document's country, province and city (:func:`zh_places.document_regions`)."""
    mentions, agencies = zh_places.find_agencies(text, regions)
    extra = (
        _commissions(text, regions)
        + _autonomous(text, regions)
        + _unnamed(text, regions, home)
        + _international(text)
    )
    for _, agency in extra:
        agencies[agency.slug] = agency
    mentions = [m for m in mentions if not any(_overlaps(m, e) for e, _ in extra)]
    mentions = sorted(mentions + [m for m, _ in extra], key=lambda m: m.start)
    publisher = mentions[0].key if mentions else None
    resolved = [_organs(m, text, regions, home, agencies, publisher) for m in mentions]
    for mention in resolved:
        agencies.setdefault(mention.key, _agency_of(mention.key, regions, home))
    used = {m.key for m in resolved}
    return resolved, {k: a for k, a in agencies.items() if k in used}


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _commissions(text: str, regions: dict[str, Region]) -> list[tuple[Mention, Agency]]:
    """禁毒委员会(办公室), 禁毒委, 禁毒办: national, or of a named province or city."""
    names = zh_places.zh_names(regions)
    local = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    found = []
    pattern = rf"(国家|{local})(?:省|市|自治区)?禁毒(?:委员会(?:办公室)?|委|办)"
    for m in re.finditer(pattern, text):
        agency = NNCC if m[1] == "国家" else _commission(regions[names[m[1]]])
        found.append((Mention(m.start(), m.end(), agency.slug, m.group()), agency))
    return found


def _commission(region: Region) -> Agency:
    slug = f"{region.slug}-narcotics-control-commission-office"
    return Agency(slug, f"{region.name} Narcotics Control Commission Office", region.name)


def _autonomous(text: str, regions: dict[str, Region]) -> list[tuple[Mention, Agency]]:
    """An autonomous region's department by its full name: 广西壮族自治区公安厅."""
    names = zh_places.zh_names(regions)
    short = [n for n, r in names.items() if regions[r].kind == "autonomous region"]
    if not short:
        return []
    found = []
    pattern = rf"({'|'.join(map(re.escape, short))})[\u4e00-\u9fff]{{1,4}}?自治区公安厅"
    for m in re.finditer(pattern, text):
        slug = _public_security(names[m[1]], regions)
        found.append((Mention(m.start(), m.end(), slug, m.group()), _agency_of(slug, regions, {})))
    return found


def _unnamed(
    text: str, regions: dict[str, Region], home: dict[str, str]
) -> list[tuple[Mention, Agency]]:
    """省公安厅 / 市公安局 / 市禁毒办 with no place name: the home province's or city's."""
    found = []
    for m in re.finditer(r"(省|市)(公安厅|公安局|禁毒委员会办公室|禁毒委员会|禁毒委|禁毒办)", text):
        before = text[m.start() - 1 : m.start()]
        if before and "\u4e00" <= before <= "\u9fff" and before not in "，。；、：和与及在由据从向":
            continue  # part of a name: 四川省公安厅 is found by name
        region = home.get(m[1])
        if region is None or m[2] == {"省": "公安局", "市": "公安厅"}[m[1]]:
            continue
        if m[2].startswith("禁毒"):
            agency = _commission(regions[region])
            slug = agency.slug
        else:
            slug = _public_security(region, regions)
            agency = _agency_of(slug, regions, home)
        found.append((Mention(m.start(), m.end(), slug, m.group()), agency))
    return found


def _international(text: str) -> list[tuple[Mention, Agency]]:
    found = []
    for name, agency in INTERNATIONAL.items():
        for m in re.finditer(name, text):
            found.append((Mention(m.start(), m.end(), agency.slug, m.group()), agency))
    return found


def _organs(
    mention: Mention,
    text: str,
    regions: dict[str, Region],
    home: dict[str, str],
    agencies: dict[str, Agency],
    publisher: str | None,
) -> Mention:
    """公安机关 as the top public security agency of its scope."""
    if mention.key != _ORGANS:
        return mention
    scope = text[max(0, mention.start - 2) : mention.start]
    if scope.endswith("全国"):
        slug = MPS.slug
    elif scope.endswith(("全省", "全区")) and "省" in home:
        slug = _public_security(home["省"], regions)
    elif scope.endswith("全市") and "市" in home:
        slug = _public_security(home["市"], regions)
    else:
        slug = _publishers_system(publisher, agencies, regions, home)
    return Mention(mention.start, mention.end, slug, mention.text)


def _publishers_system(
    publisher: str | None,
    agencies: dict[str, Agency],
    regions: dict[str, Region],
    home: dict[str, str],
) -> str:
    """The public security agency of the publisher's jurisdiction (the publisher itself when it is
    one), else the Ministry's."""
    agency = agencies.get(publisher or "")
    if agency is None or publisher is None or publisher == _ORGANS:
        return MPS.slug
    if publisher.endswith(("public-security-bureau", "public-security-department")):
        return publisher
    jurisdiction = agency.jurisdiction
    if jurisdiction is None or jurisdiction == home.get("国") or jurisdiction not in regions:
        return MPS.slug
    return _public_security(jurisdiction, regions)


def local_police(
    slug: str, region_name: str, agencies: dict[str, Agency], regions: dict[str, Region]
) -> str | None:
    """The police of ``region_name`` when ``slug`` is the police of another Chinese place (it is
    added to ``agencies``); None when ``slug`` is no local police agency or already the place's."""
    agency = agencies.get(slug)
    region = regions.get(region_name)
    police = slug.endswith(("public-security-bureau", "public-security-department"))
    if agency is None or region is None or not police or region.kind == "country":
        return None
    if not _within(region.name, "China", regions):
        return None  # 全球缴获…: no police of the World
    if agency.jurisdiction is None or _within(region.name, agency.jurisdiction, regions):
        return None  # 广东省公安厅…。深圳市破获…: the province's department reports for Shenzhen
    local = _public_security(region.name, regions)
    agencies.setdefault(local, _agency_of(local, regions, {}))
    return local


def _within(name: str, other: str, regions: dict[str, Region]) -> bool:
    """``name`` is ``other`` or lies inside it."""
    region: Region | None = regions.get(name)
    while region is not None:
        if region.name == other:
            return True
        region = regions.get(region.part_of) if region.part_of else None
    return False


def _public_security(region_name: str, regions: dict[str, Region]) -> str:
    region = regions[region_name]
    if region.kind == "country":
        return MPS.slug
    city = region.kind in zh_places.CITY_KINDS
    kind = "public-security-bureau" if city else "public-security-department"
    return f"{region.slug}-{kind}"


def _agency_of(slug: str, regions: dict[str, Region], home: dict[str, str]) -> Agency:
    if slug == MPS.slug:
        return MPS
    by_slug = {r.slug: r for r in regions.values()}
    for kind in ("public-security-bureau", "public-security-department"):
        if slug.endswith(kind):
            region = by_slug[slug.removesuffix(f"-{kind}")]
            label = f"{region.name} {kind.replace('-', ' ').capitalize()}"
            return Agency(slug, label, region.name)
    return Agency(slug, slug.replace("-", " ").capitalize(), home.get("国"))
