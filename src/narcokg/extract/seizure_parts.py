"""Round 33: a bare part of drug seizures that its own clause says involved one drug.

"Of the 2,046 drug seizures made during the year, 1,190 involved methamphetamine", "recorded
2,310 drug seizures, 1,340 of them involving methamphetamine", "744, or 38 percent, involved
methamphetamine": the part borrowed its whole's measure (``drug-seizures``); the keys name it by
the drug (``methamphetamine-seizures``): three reports of three rounds (wapiti90, yak54, fossa83).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.renamed_levels import rename
from narcokg.extract.tied import drug_name

#: The part's clause right after its bare number: an aside share, then "involved <drug>".
_INVOLVED = re.compile(
    r"^\s*(?:,\s*or\s+[\d.]+\s*(?:percent|per\s+cent|%)\s*,)?\s*(?:of\s+them\s+)?"
    r"(?:involved|involving)\s+",
    re.I,
)


def seizure_parts(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each bare part of drug seizures that involved one drug ``<drug>-seizures``."""
    for fact in found:
        if fact.measure != "drug-seizures" or not re.fullmatch(r"[\d,.]+", fact.mention.quote):
            continue
        after = context.text[fact.mention.end : fact.mention.end + 120]
        involved = _INVOLVED.match(after)
        drug = DRUG_WORDS.match(after, involved.end()) if involved else None
        if drug is None or drug_name(drug) == "drug" or _OR_MORE.match(after, drug.end()):
            continue  # "involved cannabis or cannabis resin": more than one drug
        rename(fact, f"{drug_name(drug)}-seizures")


_OR_MORE = re.compile(r"\s+(?:or|and)\s", re.I)
