"""Round 22: people safeguarded, named as docs/facts.md names people by what was done to them.

"and safeguarded 44 vulnerable people", "safeguarded 596 children and vulnerable adults who were
being exploited", "11 vulnerable people, 6 of them children, were safeguarded": a count of people
whose verb right before it, or whose predicate after it, is "safeguarded" is
``people-safeguarded`` (``people-<what was done to them>``), not a name built from the role nouns
counted (``vulnerable-people-safeguarded``, ``and-vulnerable-adults-safeguarded``,
``young-people-safeguarded``): keys of 7 calibration reports of 7 rounds name it so. Only a
proposed name is renamed: a registry concept drafted for such a count is left to its own rules.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement

_SAFEGUARDED = "people-safeguarded"
#: The verb right before the count in its clause: "and safeguarded 44", "safeguarded a total of".
_BEFORE = re.compile(
    r"\bsafeguarded\s+(?:a\s+(?:further|total\s+of)\s+|another\s+|some\s+|about\s+|more\s+than\s+)?$",
    re.I,
)
#: The predicate after it, past its own noun and an aside: "…, 6 of them children, were
#: safeguarded", "were also safeguarded".
_AFTER = re.compile(
    r"^[^.;:]{0,60}?\b(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?safeguarded\b", re.I
)


def safeguarded_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each proposed count of people safeguarded ``people-safeguarded``."""
    from narcokg.model.registry import registry

    known = registry().measures
    for fact in found:
        if fact.unit != "person" or fact.measure in known or fact.change_of:
            continue
        start, end = fact.mention.start, fact.mention.end
        before = context.text[max(0, start - 60) : start]
        after = context.text[end : end + 80]
        if _BEFORE.search(before) or _AFTER.match(after):
            fact.measure = _SAFEGUARDED
