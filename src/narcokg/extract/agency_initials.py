"""A state's health body named by the state's initials (round 21, issue 14): "NSW Health", "ACT
Health", "SA Health". The name grammar of :mod:`.lang.en.names` reads "<place> Health" only with
a place the gazetteer spells out ("Queensland Health"), so a body named with its state's initials
was not found, and its bulletin's figures went to a third party it cites (the Bureau of
Statistics, the state's police) or to the service its title counts. Initials of two to four
capitals before "Health" name such a body; its jurisdiction is the region those initials stand
for where the aliases know them, else none. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.extract.lang.en.names import ALIASES
from narcokg.model.regions import region_slug

#: "NSW Health", "ACT Health": not "NSW Health Pathology", "US Health and Human Services" or "the
#: WHO Health Emergencies Programme" (a longer name), nor a sentence's "UK health" (lower case).
_INITIALS_HEALTH = re.compile(r"(?<![\w.-])(?P<a>[A-Z]{2,4})\s+Health\b(?![ ]+(?:[A-Z]|and\b|&))")


def initials_health(text: str, region_names: list[str]) -> list[tuple[int, int, Agency]]:
    """Each "<initials> Health" the text names: start, end and the body."""
    found = []
    for m in _INITIALS_HEALTH.finditer(text):
        label = f"{m['a']} Health"
        where = ALIASES.get(m["a"])
        place = where if where in region_names else None
        found.append((m.start(), m.end(), Agency(region_slug(label), label, place)))
    return found
