"""(round 28, issue 14) Places named in front of a body's own name. Translated Chinese releases
place a city's bureau in its province ("<Province> Province <City> Municipal Public Security
Bureau held a press conference", "<City> Municipal Public Security Bureau of <Province> Province"),
where the body's own name, as its source line gives it, starts
at the city: the keys name "<City> Municipal Public Security Bureau" (docs/facts.md "Agency ids":
the body's name, not the place it lies in). The name grammar read the province as the first words
of the name. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

#: A province named before a city's or county's own body: "Hubei Province Wuhan Municipal …".
_PROVINCE_FRONT = re.compile(
    r"^(?:[A-Z][a-z']+[ ]){1,2}Province[ ]"
    r"(?=[A-Z][a-z']+(?:[ ][A-Z][a-z']+)?[ ](?:Municipal|City|County|Prefecture)[ ][A-Z])"
)

#: A province named after a city's or county's own body: "Suzhou Municipal … of Anhui Province".
_PROVINCE_BACK = re.compile(
    r"[ ](?:Municipal|City|County|Prefecture)[ ](?:[A-Z][a-z]+[ ]){1,4}?"
    r"(?:Bureau|Department|Office|Detachment|Brigade)"
    r"(?P<back>[ ]of[ ](?:the[ ])?(?:[A-Z][a-z']+[ ]){1,2}Province)$"
)


def drop_province_fronts(
    found: list[Mention], agencies: dict[str, Agency], rename: Rename, slug_of: Callable[[str], str]
) -> None:
    """Name a city's body placed in its province by the body's own name, moving its mentions."""
    for slug, agency in list(agencies.items()):
        front = _PROVINCE_FRONT.match(agency.label)
        back = _PROVINCE_BACK.search(agency.label)
        if front is None and back is None:
            continue
        cut = front.end() if front is not None else 0
        tail = len(back["back"]) if back is not None else 0
        label = agency.label[cut : len(agency.label) - tail]
        for index, mention in enumerate(found):
            if mention.key == slug and mention.text == agency.label:
                found[index] = Mention(mention.start + cut, mention.end - tail, slug, label)
        rename(found, agencies, slug, replace(agency, slug=slug_of(label), label=label))
