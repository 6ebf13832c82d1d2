"""(round 50) People a release says "were charged" are people charged, not defendants prosecuted.

"509 were later charged by the prosecuting attorney's office", "1,389 defendants were charged
with drug offenses in 2025", "in the fourth quarter alone, 411 defendants were charged": the
role noun "defendants" (or a count of the people arrested before it) made the drafts read
``defendants-prosecuted``, where the keys of hawaiipd-hi bilby120, hcdao-tx galago93, hcpo-nj
dikdik94, plpt-nv chevrotain135, usao-az wallaroo153 and usaosdtx vicuna76 count the charge
(``people-charged``). Only a count of people drafted ``defendants-prosecuted`` whose own words
after the number are "(defendants) were (later / subsequently) charged" is renamed; "have been
charged" (a takedown's indictment, keyed as prosecuted), "were charged or reported to" and a
supply charge (:mod:`.trafficking_charged`, before this) are left.
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


def charged_defendants(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people who "were charged" people charged (see the module)."""
    for fact in found:
        if fact.measure != _READ or fact.unit != "person" or fact.change_of:
            continue
        if _WERE_CHARGED.match(words_around(context, fact)[1]):
            rename(fact, "people-charged")
