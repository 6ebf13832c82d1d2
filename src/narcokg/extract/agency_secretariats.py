"""(round 45, issue 14) An international body's General Secretariat issues the release. "…,
the World Customs Organization's General Secretariat announced today" (made-up wording): the
known body's name matched inside the possessive and the body took every figure, where the keys
give them to its General Secretariat, the body's own staff that coordinates an operation and
publishes its results. In such a release the body's bare name ("the operation, led by the World
Customs Organization's analysts, …") stands for the secretariat as well, as round 42 has a
unit's own release read its owner's bare name (:mod:`.agency_unit_owner_names`). Internal to
:mod:`.actors`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import KNOWN_AGENCIES

#: "INTERPOL's General Secretariat": a body's name (one to six capitalised words) and the unit
_SECRETARIAT = re.compile(
    r"(?<![\w-])(?P<owner>[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,5})'s[ ]General[ ]Secretariat\b"
)


def general_secretariats(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each "<international body>'s General Secretariat" to the secretariat, part of the
    body; when the text names no other body before it (the release's own), the body's
    bare mentions as well."""
    for m in _SECRETARIAT.finditer(text):
        known = KNOWN_AGENCIES.get(m["owner"])
        if known is None or known[1] is not None:  # an international body only
            continue
        owner = agency_slug(known[0])
        label = " ".join(m.group().split())
        unit = Agency(agency_slug(label), label, None, part_of=owner, international=True)
        agencies.setdefault(unit.slug, unit)
        found[:] = [f for f in found if not (f.start < m.end() and m.start() < f.end)]
        found.append(Mention(m.start(), m.end(), unit.slug, m.group()))
        if not any(f.start < m.start() and f.key not in {owner, unit.slug} for f in found):
            _bare_owner_as(unit, found)
    found.sort(key=lambda f: f.start)


def _bare_owner_as(unit: Agency, found: list[Mention]) -> None:
    for index, mention in enumerate(found):
        if mention.key == unit.part_of:
            found[index] = replace(mention, key=unit.slug)
