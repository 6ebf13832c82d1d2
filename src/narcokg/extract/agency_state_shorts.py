"""(round 32, issue 14) A body named with its state's abbreviation ("WA Police", "WA Police
Force", "(NT Police)") is the body the text also names in full ("the Western Australia Police
Force"), as the keys give it (docs/facts.md "Agency ids": one body, its full name the label, the
short name an alternative). The short name holds none of the long one's words before the
abbreviation, so round 7's short forms never joined them. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

#: The abbreviations of Australia's states and territories, written before a body's name.
STATES = {
    "WA": "Western Australia",
    "NT": "Northern Territory",
    "NSW": "New South Wales",
    "SA": "South Australia",
    "Qld": "Queensland",
    "Vic": "Victoria",
    "Tas": "Tasmania",
    "ACT": "Australian Capital Territory",
}


def state_shorts(found: list[Mention], agencies: dict[str, Agency], rename: Rename) -> None:
    """Give each body named with a state's abbreviation to the one body named in full whose
    name starts with its words spelled out."""
    for slug, agency in list(agencies.items()):
        first, _, rest = agency.label.removeprefix("the ").partition(" ")
        if first not in STATES or not rest or slug not in agencies:
            continue
        spelled = f"{STATES[first]} {rest}"
        longer = {
            other
            for other, named in agencies.items()
            if other != slug
            and _starts(named.label.removeprefix("The ").removeprefix("the "), spelled)
        }
        if len(longer) == 1 and any(m.key in longer for m in found):
            rename(found, agencies, slug, agencies[longer.pop()])


def _starts(label: str, words: str) -> bool:
    return label == words or label.startswith(words + " ")
