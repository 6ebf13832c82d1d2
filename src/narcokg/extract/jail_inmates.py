"""Round 39: the part of a jail's inmates held on drug charges is ``inmates-held-on-drug-charges``.

"the county jail held 97 inmates, 41 of them on drug charges", "held 214 inmates, 87 of whom were
being held on drug charges", "the detention center held 187 inmates. Of those, 79 were in custody
on drug charges": keyed so in coloradocso-tx and wcso-tn olingo117, iowacso-wi and ohiocso-ky
oribi116, dcso-oh tenrec110; the drafts read the bare part as arrests or people awaiting trial.
A part of anything but a jail's inmates ("arrested 400 people, 120 of them on drug charges") is
left alone.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename, words_around

_WHOLE = "inmates-held"
_MEASURE = "inmates-held-on-drug-charges"
#: The part's own words: "of them on drug charges", "of whom were being held on drug-related
#: charges", "were in custody on drug charges".
_ON_DRUG_CHARGES = re.compile(
    r"^\s*(?:of\s+(?:them|whom|those)\s+)?(?:(?:were|was)\s+(?:being\s+)?(?:held|in\s+custody)\s+)?"
    r"on\s+(?:drug|narcotics?)(?:-related)?\s+charges\b",
    re.I,
)
_OPENS_ON_THEM = re.compile(r"^\W*Of\s+(?:them|those|these)\s*,\s*$", re.I)


def jail_inmates(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each part of a jail's inmates held on drug charges (see the module)."""
    for index, fact in enumerate(found):
        if fact.unit != "person" or fact.change_of or fact.measure == _WHOLE:
            continue
        before, after = words_around(context, fact)
        if not _ON_DRUG_CHARGES.match(after):
            continue
        earlier = [f for f in found[:index] if f.mention.sentence == fact.mention.sentence]
        if not earlier and _OPENS_ON_THEM.match(before):
            earlier = [f for f in found[:index] if f.mention.sentence == fact.mention.sentence - 1]
        if earlier and earlier[-1].measure == _WHOLE:
            rename(fact, _MEASURE)
            fact.denominator = earlier[-1].mention.number
