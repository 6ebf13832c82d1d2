"""(round 50) People a release says "were charged" are people charged, not defendants prosecuted.

"509 were later charged by the prosecuting attorney's office", "1,389 defendants were charged
with drug offenses in 2025", "in the fourth quarter alone, 411 defendants were charged": the
role noun "defendants" (or a count of the people arrested before it) made the drafts read
``defendants-prosecuted``, where the keys of hawaiipd-hi bilby120, hcdao-tx galago93, hcpo-nj
dikdik94, plpt-nv chevrotain135, usao-az wallaroo153 and usaosdtx vicuna76 count the charge
(``people-charged``). Only a count of people drafted ``defendants-prosecuted`` whose own words
after the number are "(defendants) were (later / subsequently) charged" is renamed; the
defendants of one takedown or operation ("14 defendants were charged in the takedown", "have been
charged" in usao-ndoh's) are keyed as prosecuted and left, as are "were charged or reported to"
and a supply charge (:mod:`.trafficking_charged`, before this).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename, words_around

_READ = "defendants-prosecuted"
#: Right after the number: "were later charged", "defendants were charged"; never "were charged
#: or reported"
_WERE_CHARGED = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?were\s+(?:later\s+|subsequently\s+|also\s+)?charged\b(?!\s+or\b)",
    re.I,
)
#: Right after "were charged": the charges of one takedown or operation
_IN_OPERATION = re.compile(
    r"^\s*in\s+(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:takedown|operation|sweep|round-?up|raids?)\b",
    re.I,
)


def charged_defendants(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people who "were charged" people charged (see the module)."""
    for fact in found:
        if fact.measure != _READ or fact.unit != "person" or fact.change_of:
            continue
        after = words_around(context, fact)[1]
        charged = _WERE_CHARGED.match(after)
        if charged and not _IN_OPERATION.match(after[charged.end() :]):
            rename(fact, "people-charged")
