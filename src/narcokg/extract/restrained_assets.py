"""Round 38: money a court order restrained is ``assets-restrained``, whatever it was held in.

"Police restrained $9.6 million in cash, vehicles and property under criminal proceeds
legislation", "courts granted orders restraining £94.6 million of criminal assets": the act is
the restraint (the registry's "worth of assets restrained by court order"), not a seizure; the
drafts read the "cash" after the sum (``cash-seized``, or a proposed ``cash-restrained``): keys of
nzp-bop tenrec110, nzp-cb kiang112, nzp-wk sitatunga109, nzp-cm cuscus104 and ncauk quagga72.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

_MEASURE = "assets-restrained"
#: What the drafts read for such a sum: cash, assets seized, or a bare sum.
_READ = frozenset({"cash-seized", "assets-seized", "money-amount", "cash-restrained"})
#: The restraint right before the sum: "restrained $9.6 million", "orders restraining £94.6
#: million", "the restraint of $9.6 million", "restrained a further $2 million".
_RESTRAINED = re.compile(
    r"\b(?:restrain(?:ed|ing)|restraint\s+of)\s+"
    r"(?:a\s+further\s+|another\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|over\s+)?$",
    re.I,
)


def restrained_assets(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name ``assets-restrained`` each sum restrained (see the module)."""
    for fact in found:
        if fact.measure not in _READ:
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start]
        if _RESTRAINED.search(before):
            rename(fact, _MEASURE)
