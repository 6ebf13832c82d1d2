"""(round 37, issue 14) A Chinese city's public security bureau under its official English name.
A machine translation renders 市公安局 word for word, "<City> City Public Security Bureau", where
the bureau's own English name, and the keys' label (78 of 79 calibration keys), is "<City>
Municipal Public Security Bureau"; the draft kept the translation's word, so the figures' agency
differed from the key's by that one word. Internal to :mod:`.agency_edges`.

(round 46) Only when the text itself gives the municipal name somewhere: a release that writes
the bureau "<City> City Public Security Bureau" throughout is keyed by the name it gives (five
calibration keys of five rounds, 58 and 142-145; three older keys of such texts list it as an
``alt_labels`` name), as docs/facts.md's "Agency ids" take the label from the text."""

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
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug: Callable[[str], str],
) -> None:
    """Label a "<City> City Public Security Bureau" by the municipal name the text gives."""
    for key, agency in list(agencies.items()):
        named = _CITY_BUREAU.fullmatch(agency.label)
        if named is None:
            continue
        label = f"{named['city']} Municipal Public Security Bureau"
        if label not in text:  # round 46: the name the text gives
            continue
        rename(found, agencies, key, replace(agency, slug=slug(label), label=label))
