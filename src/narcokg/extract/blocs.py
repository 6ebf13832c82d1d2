"""(round 24) The members of a bloc whose own body publishes a regional summary and never lists
them ("ASEAN Narcotics Cooperation Center … all ten Member States submitted", "African Union
Mechanism for Police Cooperation … the data Member States reported"): the report is the members'
as a set, not its seat's country, which its dateline names ("Bangkok, 14 August 2026"). Only
blocs whose membership is fixed and known; a body that lists the members reporting
(:mod:`.reporting_members`) is read from its list first. Internal to :mod:`.placing`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency

#: ASEAN's ten members (Timor-Leste, admitted in October 2025, first reports for 2026).
ASEAN = (
    "Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia",
    "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam",
)  # fmt: skip
#: The African Union's 55 members (the Sahrawi Republic is the gazetteer's Western Sahara).
AFRICAN_UNION = (
    "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cape Verde",
    "Cameroon", "Central African Republic", "Chad", "Comoros", "Republic of the Congo",
    "Democratic Republic of the Congo", "Côte d'Ivoire", "Djibouti", "Egypt",
    "Equatorial Guinea", "Eritrea", "Eswatini", "Ethiopia", "Gabon", "Gambia", "Ghana",
    "Guinea", "Guinea-Bissau", "Kenya", "Lesotho", "Liberia", "Libya", "Madagascar", "Malawi",
    "Mali", "Mauritania", "Mauritius", "Morocco", "Mozambique", "Namibia", "Niger", "Nigeria",
    "Rwanda", "Western Sahara", "Sao Tome and Principe", "Senegal", "Seychelles", "Sierra Leone",
    "Somalia", "South Africa", "South Sudan", "Sudan", "Tanzania", "Togo", "Tunisia", "Uganda",
    "Zambia", "Zimbabwe",
)  # fmt: skip
#: A bloc's name as a body's name holds it (any case: letterheads are often in capitals).
BLOCS = {"ASEAN": ASEAN, "African Union": AFRICAN_UNION}
_BLOC = re.compile(rf"\b({'|'.join(map(re.escape, BLOCS))})\b", re.I)
#: The members as a whole: "Member States reported", "all ten Member States".
_MEMBER_STATES = re.compile(r"\bmember\s+states\b", re.I)


def bloc_members(
    text: str, opening: tuple[int, int], publisher: Agency | None, regions: dict[str, Region]
) -> tuple[str, ...]:
    """The members of the bloc the publisher's name holds, when the publisher has no
    jurisdiction of its own and the opening (title end to ``opening[1]``) speaks of the
    bloc's "Member States"; else nothing."""
    if publisher is None or publisher.jurisdiction is not None:
        return ()
    named = _BLOC.search(publisher.label)
    if named is None or not _MEMBER_STATES.search(text, *opening):
        return ()
    bloc = next(name for name in BLOCS if name.casefold() == named[1].casefold())
    members = BLOCS[bloc]
    return members if all(m in regions for m in members) else ()
