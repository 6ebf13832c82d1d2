"""(round 44, issue 14) England's regional organised crime units: "North East Regional Special
Operations Unit", "Eastern Region Special Operations Unit", "South West Regional Organised Crime
Unit". Each works for the police forces of one English region, and the keys place its release in
England; but the compass name before "Region(al)" was read as whatever the gazetteer holds under
it (South Africa's North West province, as the unit's jurisdiction), or, with no jurisdiction,
the release's country was guessed from passing mentions (the United States from "county
lines" and its cities) or left at the United Kingdom. An English region's name before the
British unit words ("Organised Crime", "Special Operations") is the cue; Wales's unit ("Southern
Wales Regional Organised Crime Unit") names its own country and is not read here.

Called by :func:`.draft.draft_document` once the publisher is known, before its country is
guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency

#: One of England's regions as its unit names it (the compass forms and the Midlands, Yorkshire),
#: then "Region" or "Regional" and a British regional unit's kind.
_ENGLISH_UNIT = re.compile(
    r"^(?:the\s+)?(?:North\s+East(?:ern)?|North\s+West(?:ern)?|South\s+East(?:ern)?"
    r"|South\s+West(?:ern)?|Eastern|East\s+Midlands|West\s+Midlands"
    r"|Yorkshire\s+and\s+(?:the\s+)?Humber)"
    r"\s+Region(?:al)?\s+(?:Organised\s+Crime|Special\s+Operations)\s+Unit\b",
    re.I,
)
ENGLAND = "England"


def place_english_unit(
    agencies: dict[str, Agency], publisher: Agency | None, regions: dict[str, Region]
) -> Agency | None:
    """The publisher, in England when it is one of England's regional organised crime units
    (``agencies`` updated to match); any other publisher as it was."""
    if publisher is None or ENGLAND not in regions or not _ENGLISH_UNIT.match(publisher.label):
        return publisher
    placed = agencies[publisher.slug] = replace(publisher, jurisdiction=ENGLAND)
    return placed
