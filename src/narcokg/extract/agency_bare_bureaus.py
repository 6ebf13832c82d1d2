"""(round 48, issue 14) A translated Chinese city release's bare "City Bureau" or "Municipal
Bureau" is the city's own public security bureau. A machine translation renders 市局 word for
word, with no city and often no article ("Aiming at this, City Bureau strengthen road check"),
after the text has named "<City> City Public Security Bureau" or "<City> Municipal Public
Security Bureau" in full; the name grammar took the bare words for a body of their own, so the
figures of those sentences went to a "City Bureau" no key lists (nine calibration reports of
nine rounds, 98-151). The bare name joins the city bureau the text names most; it is left alone
when no city bureau is named, or two are named as often as each other. Internal to
:mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections import Counter

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

#: The bare name: "City Bureau", "the Municipal Bureau", "City Public Security Bureau".
_BARE = re.compile(r"(?:[Tt]he )?(?:City|Municipal)(?: Public Security)? Bureau")
#: A city's bureau named in full: "Yibin City Public Security Bureau", "Xi'an Municipal …".
_CITY_BUREAU = re.compile(
    r"[A-Z][a-z']+(?: [A-Z][a-z']+)? (?:City|Municipal) Public Security Bureau"
)


def bare_bureaus(found: list[Mention], agencies: dict[str, Agency], rename: Rename) -> None:
    """Put the city bureau the text names most in place of each bare "City Bureau"."""
    bare = [key for key, agency in agencies.items() if _BARE.fullmatch(agency.label)]
    owner = _main_city_bureau(found, agencies) if bare else None
    if owner is None:
        return
    for key in bare:
        rename(found, agencies, key, owner)


def _main_city_bureau(found: list[Mention], agencies: dict[str, Agency]) -> Agency | None:
    """The city bureau named in full most often, if one is named more often than any other."""
    named = Counter(
        m.key for m in found if m.key in agencies and _CITY_BUREAU.fullmatch(agencies[m.key].label)
    )
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return agencies[ranked[0][0]]
