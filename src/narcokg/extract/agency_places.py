"""(round 28, issue 14) Places named in front of a body's own name. Translated Chinese releases
place a city's bureau in its province ("<Province> Province <City> Municipal Public Security
Bureau held a press conference"), where the body's own name, as its source line gives it, starts
at the city: the keys name "<City> Municipal Public Security Bureau" (docs/facts.md "Agency ids":
the body's name, not the place it lies in). The name grammar read the province as the first words
of the name. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention

#: A province named before a city's or county's own body: "Hubei Province Wuhan Municipal …".
_PROVINCE_FRONT = re.compile(
    r"^(?:[A-Z][a-z']+[ ]){1,2}Province[ ]"
    r"(?=[A-Z][a-z']+(?:[ ][A-Z][a-z']+)?[ ](?:Municipal|City|County|Prefecture)[ ][A-Z])"
)

Rename = Callable[[list[Mention], dict[str, Agency], str, Agency], None]


def drop_province_fronts(
    found: list[Mention], agencies: dict[str, Agency], rename: Rename, slug_of: Callable[[str], str]
) -> None:
    """Name a city's body placed in its province by the body's own name, moving its mentions."""
    for slug, agency in list(agencies.items()):
        front = _PROVINCE_FRONT.match(agency.label)
        if front is None:
            continue
        label = agency.label[front.end() :]
        for index, mention in enumerate(found):
            if mention.key == slug and mention.text.startswith(front.group()):
                start = mention.start + front.end()
                found[index] = Mention(start, mention.end, slug, mention.text[front.end() :])
        rename(found, agencies, slug, replace(agency, slug=slug_of(label), label=label))
