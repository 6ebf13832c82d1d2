"""(round 23) A police force's unit named with the force's acronym: "The Windsor Police Service
(WPS) Drugs and Guns Unit has concluded …", "the KCPD Narcotics and Vice Division", "the XPS
Drug Unit". The acronym is the owner's, not a word of the unit's name: the unit is its own name
("Drugs and Guns Unit"), a part of the force, in the force's jurisdiction (docs/facts.md, "Agency
ids"), so that a release whose lead says the unit ran the project gives it the project's figures
(:mod:`.agency_operations`). Internal to :mod:`.actors`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.issuers import UNIT_HEAD
from narcokg.model.regions import region_slug

#: The owner's acronym in brackets right before the unit's name: "… Service (WPS) ".
_BRACKETED_BEFORE = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)[ ]+$")
#: A label opening on an acronym before the unit's own capitalised words: "KCPD Narcotics …".
_ACRONYM_FRONT = re.compile(r"^(?P<acronym>[A-Z]{2,6})[ ]+(?P<rest>[A-Z][a-z].*)$")


def units_named_by_acronym(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """A unit named after its force's acronym (bracketed right after the force's name, or
    opening the unit's label) is a part of the force, under its own name."""
    owners = _acronym_owners(found, agencies)
    for slug, agency in list(agencies.items()):
        if slug not in agencies or agency.part_of or not UNIT_HEAD.search(agency.label):
            continue
        front = _ACRONYM_FRONT.match(agency.label)
        owner = owners.get(front["acronym"]) if front else None
        if front is not None and owner is not None and owner != slug:
            # the unit's own name when the text also calls it so ("… (WPS) Drugs and Guns Unit"
            # before "the WPS Drugs and Guns Unit"); a unit named only with the acronym keeps it
            # ("RSS Training Unit", as the keys write it)
            bare = re.search(rf"(?<!{front['acronym']}[ ]){re.escape(front['rest'])}", text)
            _make_part(found, agencies, slug, front["rest"] if bare else agency.label, owner)
            continue
        for mention in [m for m in found if m.key == slug]:
            before = _BRACKETED_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            owner = owners.get(before["acronym"]) if before else None
            if owner is not None and owner != slug:
                _make_part(found, agencies, slug, agency.label, owner)
                break


def _acronym_owners(found: list[Mention], agencies: dict[str, Agency]) -> dict[str, str]:
    """Each acronym the text uses for one agency that is no unit ("WPS" -> the force)."""
    owners: dict[str, set[str]] = {}
    for mention in found:
        if re.fullmatch(r"[A-Z]{2,6}", mention.text) and not agencies[mention.key].part_of:
            owners.setdefault(mention.text, set()).add(mention.key)
    return {acronym: keys.pop() for acronym, keys in owners.items() if len(keys) == 1}


def _make_part(
    found: list[Mention], agencies: dict[str, Agency], slug: str, label: str, owner: str
) -> None:
    """``slug`` becomes the unit ``label`` of ``owner`` (merged with an agency of that label)."""
    old = agencies.pop(slug)
    new = region_slug(label)
    where = old.jurisdiction or agencies[owner].jurisdiction
    agencies[new] = replace(agencies.get(new, old), slug=new, label=label, part_of=owner,
                            jurisdiction=where)  # fmt: skip
    for index, mention in enumerate(found):
        if mention.key == slug:
            found[index] = replace(mention, key=new)
