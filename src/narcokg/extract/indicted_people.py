"""Round 35: people a count's own words say were indicted are ``people-indicted``.

"grand juries indicted 688 defendants", "23 people indicted in federal court", "returned
indictments against 612 of them, an 11 percent increase over the 551 indicted", "318 and 201 of
the indicted defendants", "federal indictments against 73 defendants": keys of six calibration
reports of five rounds name them ``people-indicted`` (usao-edky binturong99, ccda-ga and hsi-sd
coati101, fwpd-vnd dikdik94, mpd-nsid indri96, manchesterpd-nh jackal65); the drafts read the
role (``defendants-prosecuted``), the arrest or the bare noun. Indictments "filed against N
persons" stay ``defendants-prosecuted`` (the vdt-me and vdt-si keys), and people indicted on
supply or trafficking charges stay ``trafficking-arrests`` (``trafficking_charged``). An earlier
level the sentence compares ("(1,379 in 2024)") is named alike.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename_with_earlier_level, words_around
from narcokg.extract.trafficking_charged import charged_with_supply

_MEASURE = "people-indicted"
#: What the drafts read for such a count: the role, the act, or the bare noun of a proposal.
_READ = frozenset(
    {
        "defendants-prosecuted",
        "people-charged",
        "suspects-arrested",
        "people",
        "persons",
        "defendants",
    }
)
#: The verb or noun right before the count: "indicted 171", "indictments against 612" (not
#: "filed indictments against", the prosecutors' filings the keys name otherwise).
_BEFORE = re.compile(r"(?:\bindicted|(?<!filed\s)\bindictments\s+against)\s+$", re.I)
#: The verb right after the count and its noun: "23 people indicted", "162 people were later
#: indicted", "the 551 indicted", "201 of the indicted defendants", "318 and 201 of the indicted".
_AFTER = re.compile(
    r"^\s*(?:and\s+[\d,]+\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+(?:later\s+)?indicted|indicted|of\s+the\s+indicted)\b",
    re.I,
)
#: An earlier level compared with the count, between the two figures.
_COMPARED = re.compile(
    r"(?:compared\s+with|up\s+from|down\s+from|over|from|\()\s*(?:the\s+)?$", re.I
)


def indicted_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people indicted ``people-indicted`` (see the module)."""
    for fact in found:
        if fact.measure not in _READ or fact.unit != "person" or fact.change_of:
            continue
        if not _indicted(context, fact) or charged_with_supply(context, fact):
            continue
        earlier = frozenset({fact.measure})
        rename_with_earlier_level(context, found, fact, _MEASURE, earlier, _COMPARED)


def _indicted(context: DraftContext, fact: DraftMeasurement) -> bool:
    """Whether the words right before or after the count say its people were indicted."""
    before, after = words_around(context, fact)
    return bool(_BEFORE.search(before) or _AFTER.match(after))
