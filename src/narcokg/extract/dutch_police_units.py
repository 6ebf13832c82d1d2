"""(round 45, issue 14) The regional units of the Dutch National Police: "The Limburg unit of the
National Police (Eenheid Limburg)", "Police unit Oost-Brabant". A unit named for a Dutch
province or area that the gazetteer does not hold ("Zeeland-West-Brabant", "Oost-Brabant") or
shares with a neighbour (Belgium's Limburg) had no jurisdiction, so the release's country was
guessed from the places it names in passing: Belgium or Germany across the border, or the World
from the ports the drugs came through. The police's ten regional units are few and fixed; one of
their names as the publisher, in a release that names the National Police ("Politie", "Eenheid"),
places the release in the Netherlands.

Called by :func:`.draft.report_context` once the publisher is known, before its country is
guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency

#: The ten regional units of the National Police, in their Dutch and English names.
_UNIT_AREAS = (
    r"(?:Noord|Oost|Midden)-Nederland|(?:North(?:ern)?|East(?:ern)?|Central)\s+Netherlands"
    r"|Noord-Holland|North\s+Holland|Amsterdam|Den\s+Haag|The\s+Hague|Rotterdam"
    r"|Zeeland-West-Brabant|Zeeland\s*-\s*West\s+Brabant|Oost-Brabant|East\s+Brabant|Limburg"
)
#: A unit's own label: "Limburg unit", "Police unit Oost-Brabant", "Eenheid Limburg".
_UNIT_LABEL = re.compile(
    rf"^(?:the\s+)?(?:(?:{_UNIT_AREAS})\s+(?:police\s+)?unit"
    rf"|(?:Police\s+unit|Eenheid|Politie\s*-?\s*Eenheid)\s+(?:{_UNIT_AREAS}))$",
    re.I,
)
#: The release names the Dutch National Police, in English or Dutch.
_NATIONAL_POLICE = re.compile(
    r"\bunits?\s+of\s+the\s+National\s+Police\b|\(Eenheid\s|\bPolitie\b|\bNationale\s+Politie\b"
)
NETHERLANDS = "Netherlands"


def place_dutch_unit(
    agencies: dict[str, Agency], publisher: Agency | None, text: str, regions: dict[str, Region]
) -> Agency | None:
    """The publisher, in the Netherlands when it is one of the National Police's regional units
    (``agencies`` updated to match); any other publisher as it was."""
    if (
        publisher is None
        or publisher.jurisdiction is not None
        or NETHERLANDS not in regions
        or not _UNIT_LABEL.match(publisher.label.strip())
        or not _NATIONAL_POLICE.search(text)
    ):
        return publisher
    placed = agencies[publisher.slug] = replace(publisher, jurisdiction=NETHERLANDS)
    return placed
