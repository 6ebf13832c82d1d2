"""Agencies and operations a report names (the rest of the gazetteer, see :mod:`.gazetteer`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narcokg.extract.gazetteer import Mention
from narcokg.model.regions import region_slug

#: Known agencies: alias -> (label, country). Abbreviations resolve to the full name.
KNOWN_AGENCIES: dict[str, tuple[str, str | None]] = {
    "Ministry of Public Security": ("Ministry of Public Security", "China"),
    "public security organs": ("Public security organs", "China"),
    "National Narcotics Control Commission": ("National Narcotics Control Commission", "China"),
    "NNCC": ("National Narcotics Control Commission", "China"),
    "China National Narcotics Control Commission": (
        "National Narcotics Control Commission",
        "China",
    ),
    "Drug Enforcement Administration": ("Drug Enforcement Administration", "United States"),
    "DEA": ("Drug Enforcement Administration", "United States"),
    "Customs and Border Protection": ("U.S. Customs and Border Protection", "United States"),
    "CBP": ("U.S. Customs and Border Protection", "United States"),
    "National Crime Agency": ("National Crime Agency", "United Kingdom"),
    "NCA": ("National Crime Agency", "United Kingdom"),
    "Home Office": ("Home Office", "United Kingdom"),
    "Border Force": ("Border Force", "United Kingdom"),
    "Australian Federal Police": ("Australian Federal Police", "Australia"),
    "AFP": ("Australian Federal Police", "Australia"),
    "Australian Border Force": ("Australian Border Force", "Australia"),
    "Royal Canadian Mounted Police": ("Royal Canadian Mounted Police", "Canada"),
    "RCMP": ("Royal Canadian Mounted Police", "Canada"),
    "Canada Border Services Agency": ("Canada Border Services Agency", "Canada"),
    "CBSA": ("Canada Border Services Agency", "Canada"),
    "United Nations Office on Drugs and Crime": ("United Nations Office on Drugs and Crime", None),
    "UNODC": ("United Nations Office on Drugs and Crime", None),
}
_GENERIC = re.compile(
    r"\b(?:[A-Z][A-Za-z]+\s+){1,4}(?:Provincial\s+|Municipal\s+|State\s+)?"
    r"(?:Public\s+Security\s+(?:Department|Bureau)|Police(?:\s+(?:Service|Force|Department))?"
    r"|Narcotics\s+(?:Bureau|Division)|Drug\s+Squad|Customs|Commission|Coroners\s+Service)\b"
    # "National Records of Scotland", "Office for National Statistics", "Department of ..."
    r"|\b(?:[A-Z][a-z]+\s+){0,3}(?:Office|Department|Records|Bureau|Ministry)\s+(?:of|for)\s+"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}\b"
)
_LEADING = re.compile(r"^(?:(?:The|In|At|On|By|From|Meanwhile|Since|Last|This|And)\s+)+")
_OPERATIONS = (
    re.compile(
        r'"(?P<name>[^"\n]{2,40})"\s+(?P<kind>(?:special\s+)?(?:operations?|campaigns?'
        r"|crackdowns?|actions?|initiative))"
    ),
    re.compile(r"\bOperation\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"),
    re.compile(r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w-]*\s+){1,4})(?P<kind>Campaign|Initiative)\b"),
)


@dataclass(frozen=True)
class Agency:
    slug: str
    label: str
    jurisdiction: str | None
    part_of: str | None = None


def agency_slug(label: str) -> str:
    return region_slug(label.replace("U.S.", "US"))


def find_agencies(text: str, region_names: list[str]) -> tuple[list[Mention], dict[str, Agency]]:
    """Agency mentions (key = agency slug) and the agencies they name."""
    agencies: dict[str, Agency] = {}
    found: list[Mention] = []
    regional = "|".join(re.escape(n) for n in sorted(region_names, key=len, reverse=True))
    for m in re.finditer(rf"\b({regional})\s+public\s+security\s+organs\b", text):
        agency = Agency(
            agency_slug(f"{m[1]} public security organs"),
            f"{m[1]} public security organs",
            m[1],
            "public-security-organs",
        )
        agencies[agency.slug] = agency
        found.append(Mention(m.start(), m.end(), agency.slug, m.group()))
    for alias, (label, country) in KNOWN_AGENCIES.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            if not any(f.start <= m.start() < f.end for f in found):
                agencies.setdefault(agency_slug(label), Agency(agency_slug(label), label, country))
                found.append(Mention(m.start(), m.end(), agency_slug(label), m.group()))
    for m in _GENERIC.finditer(text):
        label = _LEADING.sub("", m.group())
        start = m.end() - len(label)
        if any(f.start < m.end() and start < f.end for f in found):
            continue
        where = next((n for n in region_names if n in label), None)
        agencies.setdefault(agency_slug(label), Agency(agency_slug(label), label, where))
        found.append(Mention(start, m.end(), agency_slug(label), label))
    if "public-security-organs" not in agencies and any(a.part_of for a in agencies.values()):
        agencies["public-security-organs"] = Agency(
            "public-security-organs", "Public security organs", "China"
        )
    return sorted(found, key=lambda f: f.start), agencies


def find_operations(text: str) -> list[Mention]:
    """Operation mentions; ``key`` is the operation's label."""
    found: list[Mention] = []
    for pattern in _OPERATIONS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            found.append(Mention(m.start(), m.end(), _operation_label(m), m.group()))
    return sorted(found, key=lambda f: f.start)


def _operation_label(match: re.Match[str]) -> str:
    name = " ".join(match["name"].split())
    if match.group().startswith('"'):
        kind = " ".join(match["kind"].split())
        return f'"{name[0].upper()}{name[1:]}" {kind}'
    if match.group().startswith("Operation") or "Operation" in match.group()[:10]:
        return f"Operation {name}"
    return f"{name} {match['kind']}"
