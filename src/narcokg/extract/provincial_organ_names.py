"""(round 53) A province inside the name of the provincial organ a city's bureau answers to
("whole city public security organs implement Gansu Province Public Security Department's
deployment … Whole year crack 164 cases") names that organ, not where the city's figures were
counted: in a report about one city or county, the province there is neither a place of its
sentence's figures nor one the next sentences carry. Used by :mod:`.agency_name_places`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.gazetteer import Mention as Name

#: The level word after the place in a provincial organ's name, as machine translation writes it.
_PROVINCIAL = re.compile(r"\s+Provinc(?:e|ial)\b")


def provincial_organ_name(context: DraftContext, name: Name) -> bool:
    """Whether ``name`` opens a provincial organ's name ("Gansu Province Public Security
    Department") in a report whose one home region is another place of the same country (a city:
    a province's own report has the province as its home and keeps it)."""
    home = context.home
    if len(home) != 1 or name.key in home or name.key == context.country:
        return False
    if context.countries.get(name.key) != context.country:
        return False
    if not _PROVINCIAL.match(context.text, name.end):
        return False
    return any(a.start <= name.start < a.end for a in context.agencies)
