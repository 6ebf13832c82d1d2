"""(round 45) Publicity activities a machine translation counts with a classifier ("activity 214
field", "publicity activity 132 times") are ``publicity-activities-organized``, unit
``activity``.

"organize carry out propaganda activity 186 field", "anti-drug publicity activities 146 field",
"entering herdsmen home activity 215 times": the classifier after the number ("field" for a
session, "times") was drafted as the measure and the unit, where the keys of aba lechwe136,
chuxiong muntjac137, dalipsb-yn bushbuck141, garze banteng134, linxia addax139 and wenzhou
caribou58 count activities. Only a count drafted with the unit ``field`` or ``time`` whose own
clause ends with the word activity or activities is renamed.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before

_MEASURE = "publicity-activities-organized"
_CLASSIFIERS = {"field", "time"}
_ACTIVITY = re.compile(r"\bactivit(?:y|ies)\s+(?:about\s+|nearly\s+|over\s+)?$", re.I)


def translated_activities(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each activity count drafted as its classifier (see the module)."""
    for fact in found:
        if fact.unit not in _CLASSIFIERS:
            continue
        clause = clause_before(context, fact)
        if _ACTIVITY.search(clause):
            fact.measure = _MEASURE
            fact.unit = "activity"
            fact.review = [n for n in fact.review if not n.startswith(("measure", "unit"))]
