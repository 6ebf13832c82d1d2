"""(round 37, issue 14) A Chinese city's public security bureau under its official English name.
A machine translation renders 市公安局 word for word, "<City> City Public Security Bureau", where
the bureau's own English name, and the keys' label (78 of 79 calibration keys), is "<City>
Municipal Public Security Bureau"; the draft kept the translation's word, so the figures' agency
differed from the key's by that one word. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

#: A city's bureau in the translation's words: "Weifang City Public Security Bureau".
_CITY_BUREAU = re.compile(
    r"(?P<city>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)[ ]City[ ]Public[ ]Security[ ]Bureau"
)


def municipal_bureaus(
    found: list[Mention], agencies: dict[str, Agency], rename: Rename, slug: Callable[[str], str]
) -> None:
    """Label each "<City> City Public Security Bureau" "<City> Municipal Public Security Bureau"."""
    for key, agency in list(agencies.items()):
        named = _CITY_BUREAU.fullmatch(agency.label)
        if named is None:
            continue
        label = f"{named['city']} Municipal Public Security Bureau"
        rename(found, agencies, key, replace(agency, slug=slug(label), label=label))
