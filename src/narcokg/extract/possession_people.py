"""Round 39: people "dealt with for possession" are ``people-dealt-with-for-possession``.

Police count those they resolved for possession or use apart from those charged with supply,
whatever the outcome (a warning, a referral, a charge): "A further 623 people were dealt with for
possession or use of drugs", "1,295 people came to Police attention for possession or use". The
keys of seven calibration reports of seven rounds name them so (nzp-ec oribi116, nzp-tm olingo117,
nzp-acd colugo115, nzp-bop tenrec110, nzp-cb kiang112, nzp-cm cuscus104, nzp-wk sitatunga109);
the drafts read bare ``people``. People "charged with possession" are left to the charge rules.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename, words_around

_MEASURE = "people-dealt-with-for-possession"
#: What the drafts read for such a count: people by a role noun, no act.
_READ = frozenset({"people", "persons", "individuals", "unknown-measure"})
#: The count's own predicate: "were dealt with for possession", "came to Police attention for
#: simple possession or use".
_DEALT_WITH = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been)\s+dealt\s+with"
    r"|came\s+to\s+(?:the\s+)?(?:police\s+)?attention)\s+for\s+(?:simple\s+|drug\s+)?possession\b",
    re.I,
)


def possession_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people dealt with for possession (see the module)."""
    for fact in found:
        if fact.measure not in _READ or fact.unit != "person" or fact.change_of:
            continue
        if _DEALT_WITH.match(words_around(context, fact)[1]):
            rename(fact, _MEASURE)
