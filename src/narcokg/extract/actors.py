"""Agencies and operations a report names (the rest of the gazetteer, see :mod:`.gazetteer`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import (
    AGENCY_NAME,
    KNOWN_AGENCIES,
    LEADING_WORDS,
    OPERATION_NAMES,
)
from narcokg.model.regions import region_slug


@dataclass(frozen=True)
class Agency:
    slug: str
    label: str
    jurisdiction: str | None
    part_of: str | None = None
    #: an international body (UNODC): it has no country, and its reports none by default
    international: bool = False


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
                agency = Agency(agency_slug(label), label, country, international=country is None)
                agencies.setdefault(agency.slug, agency)
                found.append(Mention(m.start(), m.end(), agency_slug(label), m.group()))
    for m in AGENCY_NAME.finditer(text):
        label = LEADING_WORDS.sub("", m.group())
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
    for pattern in OPERATION_NAMES:
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
