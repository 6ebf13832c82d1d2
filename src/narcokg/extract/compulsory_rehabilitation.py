"""(round 45) People a machine translation says were ordered or sent to "compulsory isolation
(drug) rehabilitation" are ``people-sent-to-compulsory-rehabilitation``, not bare ``people``.

"Compulsory isolation drug rehabilitation 215 people", "order compulsory isolation
rehabilitation 96 people", "police send compulsory isolation rehabilitation 74 people": the
keys of chuxiong muntjac137, dalipsb-yn bushbuck141 and xiangxi sambar138 name them so (older
keys propose near names, and aba lechwe136 counts its "compulsory isolation drug rehabilitation"
among ``drug-users-in-treatment``: those stay wrong either way). Only a count drafted as bare
``people`` right after the words, in its own clause, is renamed; detoxification keeps its own
name.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before, rename

_BARE = "people"
_MEASURE = "people-sent-to-compulsory-rehabilitation"
_COMPULSORY = re.compile(
    r"\bcompulsory\s+(?:isolation\s+|isolated\s+)?(?:drug\s+)?rehabilitation\s+(?:about\s+)?$",
    re.I,
)


def compulsory_rehabilitation(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each bare count of people sent to compulsory rehabilitation (see the module)."""
    for fact in found:
        if fact.measure != _BARE or fact.unit != "person":
            continue
        clause = clause_before(context, fact)
        if _COMPULSORY.search(clause):
            rename(fact, _MEASURE)
