"""(round 52) A count of cases its own words tie to fentanyl is ``fentanyl-cases``.

"Of the new cases, 1,406 involved fentanyl or a fentanyl analogue, compared with 1,122 the year
before", "611 of those were fentanyl cases", "Fentanyl cases have climbed …, from 388 in 2021 to
1,204 in 2025": the drafts read the cases a prosecutor or a laboratory counts as
``drug-crime-cases-cracked``, while the calibration keys (scdag-tn civet92, waynecountypo fossa83,
dauphin-da hutia95, kcpaowa lemur86, acl-la bettong166, usao-wdva kowari169) count the fentanyl
cases. Only a figure read ``drug-crime-cases-cracked`` is renamed: the number "involved fentanyl"
or "were fentanyl cases" right after it, or its sentence opens on "(Federal) fentanyl cases"; an
earlier level of the same sentence ("compared with 1,122") follows it."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename_with_earlier_level, words_around

_READ = "drug-crime-cases-cracked"
_MEASURE = "fentanyl-cases"
#: Right after the number: "involved fentanyl", "of those delivery cases involved fentanyl",
#: "of those were fentanyl cases".
_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,4}?(?:involved\s+fentanyl\b|were\s+fentanyl\s+cases\b)", re.I
)
#: The sentence's subject: "Fentanyl cases have climbed", "Federal fentanyl cases in the district".
_SUBJECT = re.compile(r"^\s*(?:[A-Z][a-z]+\s+)?fentanyl\s+cases\b", re.I)
#: Between the figure and an earlier level of the same count.
_COMPARED = re.compile(r"^[^.;]{0,40}\b(?:compared\s+with|against|up\s+from|down\s+from)\s+$", re.I)


def fentanyl_cases(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each case count whose own words tie it to fentanyl ``fentanyl-cases``."""
    for fact in found:
        if fact.measure != _READ or fact.change_of:
            continue
        before, after = words_around(context, fact)
        if _AFTER.match(after) or _SUBJECT.match(before):
            rename_with_earlier_level(context, found, fact, _MEASURE, frozenset({_READ}), _COMPARED)
