"""Round 17: the offences people were charged with are charges laid, not offences recorded.

"Detectives charged 214 people with 690 drug offences", "75 people were charged with 301
offences": the offences are the object of "charged … with", one charge each, so they count the
registry's ``charges-laid`` (unit ``charge``), as calibration writers of several rounds key
them; offences a force recorded stay ``drug-offences-recorded``.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: "charged 214 people with", "were charged with a total of": the clause right before the count.
_CHARGED_WITH = re.compile(
    r"\bcharged\b[^.;:()]{0,60}?\bwith\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|some\s+)?$",
    re.I,
)
_OFFENCES = re.compile(r"\boffen[cs]es\b", re.I)


def offences_charged(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Offences counted as what people were charged with become charges laid."""
    for fact in found:
        if fact.measure != "drug-offences-recorded" or not _OFFENCES.search(fact.mention.quote):
            continue
        sentence = context.sentences[fact.mention.sentence]
        if _CHARGED_WITH.search(context.text[sentence.start : fact.mention.start]):
            rename(fact, "charges-laid", "charge")
            fact.review.append("measure: offences people were charged with, one charge each")
