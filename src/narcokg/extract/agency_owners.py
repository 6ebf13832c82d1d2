"""Round 31 (issue 14): the owner a unit's name is placed in ("The General Directorate for
Narcotics Affairs at the Ministry of the Interior presented …", "the Division of Drug
Enforcement (DDE) of the Bureau of …", "the Drug Control Department, part of the Ministry of
Interior, registered …") is not the body that acts: the unit before it is. The nearest-name
rule gave such figures to the owner, the name closer to them; docs/facts.md "Agency: the
issuing sub-unit" gives them to the unit (the owner being its `part_of`). Internal to
:mod:`.attribution`."""

from __future__ import annotations

import re

from narcokg.extract.gazetteer import Mention as Name

#: From a unit's name (its acronym in brackets allowed) to its owner's: "at the", "of the",
#: "within the", "under the", ", part of the", ", a unit of the".
_OWNER_LINK = re.compile(
    r"(?:[ ]+\([A-Z]{2,7}\))?(?:[ ]+(?:of|at|within|under)[ ]+the[ ]+"
    r"|,[ ]+(?:(?:which[ ]+is[ ]+)?part[ ]+of|an?[ ]+(?:unit|division|department|directorate"
    r"|branch|agency|body)[ ]+of)[ ]+the[ ]+)"
)


def placing_owner(text: str, names: list[Name], name: Name) -> bool:
    """Whether ``name`` only places another agency named right before it in its owner."""
    return any(
        other.key != name.key
        and other.end < name.start
        and _OWNER_LINK.fullmatch(text, other.end, name.start) is not None
        for other in names
    )
