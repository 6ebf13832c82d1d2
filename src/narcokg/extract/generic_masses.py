"""Round 38: a mass whose own words are drugs in general is the total, whatever drug follows.

"CBP officers seized more than 301,000 pounds of narcotics over the same six months, including
about 9,800 pounds of fentanyl": the whole is all narcotics; the drug its "including" names is its
part. The drafts gave the whole the one drug its sentence names (``fentanyl-seized``), as the
rule for a mass of no words of its own does ("to 150,000 pounds"): keys of cbp-det paca106,
cbp-bos fennec113 and cbp-sea tahr111 name it ``drugs-seized``.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.renamed_levels import rename
from narcokg.extract.tied import drug_name
from narcokg.model.quantities import MASS_UNIT_NAMES as MASS

#: The figure's own words name drugs in general: "1,020 pounds of narcotics", "of illegal drugs".
_GENERIC = re.compile(
    r"\bof\s+(?:all\s+)?(?:(?:illegal|illicit|controlled|assorted|various)\s+)?"
    r"(?:narcotics|drugs|substances)\s*$",
    re.I,
)


def generic_masses(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name ``drugs-seized`` each seized mass of drugs in general drafted as one drug."""
    del context  # the figure's own words decide
    for fact in found:
        if fact.unit not in MASS or fact.measure == "drugs-seized":
            continue
        if not fact.measure.endswith("-seized") or not _GENERIC.search(fact.mention.quote):
            continue
        if any(drug_name(m) != "drug" for m in DRUG_WORDS.finditer(fact.mention.quote)):
            continue  # "of heroin and other drugs" names its drug
        rename(fact, "drugs-seized")
