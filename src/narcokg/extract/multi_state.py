"""(round 28, issue 14) The home region of bodies whose jurisdiction is several states or one
state of a country (docs/facts.md "Region: the publisher's own division", "Sets").

- A region's name inside a longer place name is not that region: the "New England Field
  Division" covers six US states, not England; the set its lead lists decides (:func:`.scope.
  covered`); nor is a demonym naming a sea: the "Indian Ocean Commission" is no body of
  India's, its members' list decides; (round 38) nor a state's name opening "<Name> County"
  (or Parish): the "Delaware County Sheriff's Office" is Ohio's, a county's office, whose
  state its own places decide (:func:`.local_places.issuer_state`). Used by :mod:`.actors`.
- A federal court district names its state: an office "for the Western District of Washington"
  or a letterhead's "District of Puerto Rico" line is that state's or territory's, not the
  country's, whatever department heads the letterhead. Used by :mod:`.draft`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.agency_forms import Agency


def inside_longer_name(label: str, name: str, region_names: list[str]) -> bool:
    """Whether every time ``label`` names ``name`` it is the tail of a longer place name the
    gazetteer lacks ("New England", "New Ireland"): a place of its own, not that region."""
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", label))
    return bool(found) and all(_longer(label, m.start(), name, region_names) for m in found)


def _longer(label: str, start: int, name: str, region_names: list[str]) -> bool:
    if _COUNTY_AFTER.match(label, start + len(name)):
        return True  # (round 38) "Nevada County Sheriff's Office" of California
    before = _NEW_BEFORE.search(label, 0, start)
    return before is not None and f"{before[0]}{name}" not in region_names


#: "New " right before a region's name makes another place ("New England"; "New South Wales"
#: and "New Jersey" are regions of their own, matched whole first).
_NEW_BEFORE = re.compile(r"(?<!\w)New\s$")
#: The word after a county's own name: "<Name> County" is a county, never the state.
_COUNTY_AFTER = re.compile(r"\s+(?:County|Parish)\b")


def names_a_sea(label: str) -> bool:
    """Whether the name opens with a sea's or an ocean's name ("Indian Ocean …", "Arabian Sea
    …"), whose adjective is no country's; (round 36) also a body of America's native nations
    ("Indian Health Service", "Menominee Indian Tribal Legislature"), none of India's."""
    return bool(_SEA.match(label) or _NATIVE.match(label))


_SEA = re.compile(r"[A-Z][a-z]+\s+(?:Ocean|Sea|Gulf)\b")
_NATIVE = re.compile(
    r"(?:American\s+)?Indian\s+(?:Health\s+Service|Affairs|Community|Tribal|Tribes?\b"
    r"|Reservation|Nations?\b|Country\b)"
)


def district_state(text: str, lead_end: int, regions: dict[str, Region]) -> str | None:
    """The state or territory of the one court district the letterhead and lead name ("Western
    District of Washington", "District of Puerto Rico"), if the gazetteer knows it."""
    found = {_territory(m["state"], regions) for m in _DISTRICT.finditer(text, 0, lead_end)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _territory(name: str, regions: dict[str, Region]) -> str | None:
    """The longest gazetteer name the words after "District of" open with ("Texas today"): a US
    state, or a US territory the gazetteer lists as a country of its own ("Puerto Rico")."""
    words = name.removeprefix("the ").split()
    for size in range(len(words), 0, -1):
        place = " ".join(words[:size])
        region = regions.get(place)
        if region is not None and (
            region.part_of == _UNITED_STATES or region.iso_3166 in _US_TERRITORIES
        ):
            return place
    return None


def us_territory(region: Region) -> bool:
    """(round 37) Whether the region is a US territory the gazetteer lists as a country of its
    own ("Puerto Rico", "United States Virgin Islands"): the United States' for an area."""
    return region.part_of is None and region.iso_3166 in _US_TERRITORIES


_UNITED_STATES = "United States"
#: Territories with a federal court district of their own (ISO 3166-1 codes).
_US_TERRITORIES = frozenset({"PR", "GU", "VI", "MP"})
#: A US court district: "the Southern District of Texas", "District of Puerto Rico"; not the
#: District of Columbia's own name (a region of its own, found whole by the gazetteer).
_DISTRICT = re.compile(
    r"(?:\b(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?(?<!\w)District\s+of\s+"
    r"(?P<state>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})"
)


def district_offices(
    text: str, lead_end: int, agencies: dict[str, Agency], district: str
) -> dict[str, Agency]:
    """The agencies the letterhead and lead name for the district ("the U.S. Attorney's Office
    for the Western District of Washington"), with the district's state as jurisdiction."""
    found: dict[str, Agency] = {}
    for slug, agency in agencies.items():
        named = re.escape(agency.label)
        if re.search(rf"{named}\s+(?:for|of)\s+(?:the\s+)?{_DISTRICT.pattern}", text[:lead_end]):
            found[slug] = replace(agency, jurisdiction=district)
    return found
