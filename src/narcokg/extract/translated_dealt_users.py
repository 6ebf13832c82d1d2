"""(round 49) Drug users a machine translation says the police "investigate and deal with" are
``drug-users-dealt-with``, not bare ``person-times``.

"whole year investigate and deal with drug-taking personnel 1,208 person times", "dealt with
drug-taking personnel 95 person-times": the translation counts 查处吸毒人员 in the classifier
人次, which the drafts read as the measure ``person-times``; the keys of dandong huemul149, heihe
chamois145, hechi argali154, yueyang blesbok155, zhaoqing chinkara156 and jiujiang tsessebe157
name them ``drug-users-dealt-with``. Only a count drafted ``person-times`` whose own clause ends
with "deal(t) with" and drug-taking personnel (or drug users) is renamed.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before, rename

_BARE = "person-times"
_MEASURE = "drug-users-dealt-with"
#: "(investigate and) deal with drug-taking personnel", "dealt with drug users", right before the
#: count (no comma, semicolon or full stop between)
_DEALT_WITH_USERS = re.compile(
    r"\bdeal(?:t|s)?\s+with\s+drug[\s-]+(?:taking|users?|abusers?|addicts?)"
    r"(?:\s+(?:personnel|persons|people))?\s+(?:about\s+|nearly\s+|over\s+)?$",
    re.I,
)


def translated_dealt_users(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each count of drug users the police dealt with (see the module)."""
    for fact in found:
        if fact.measure != _BARE:
            continue
        if _DEALT_WITH_USERS.search(clause_before(context, fact)):
            rename(fact, _MEASURE)
