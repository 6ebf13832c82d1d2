"""Round 15: cases a force registered, named by a verb away from the count.

A count of cases a police force registers or records is offences recorded (round 8 reads the
verb right before the number: "registered 402 cases"). Writers of four calibration rounds keep
that reading when the verb stands further off: a second count of the same verb ("registered
48,960 cases of trafficking (+4.2%) and 3,290 cases of smuggling"), the places that "recorded
the most, with 14,120, 11,986 and 9,044 cases respectively", a part of the registered cases in
the next sentence ("… registered 1,482 drug cases. Of these cases, 963 involved cannabis"). A
verb of solving between the registration and the count ("cracked", "solved") names it instead.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

_REGISTERED = re.compile(r"\b(?:registered|recorded|logged)\b", re.I)
#: Acts on cases other than their registration, or another count registered, which give the
#: count its own measure.
_OTHER_ACT = re.compile(
    r"\b(?:cracked|solved|cleared|uncovered|busted|detected|handled|investigated|smashed|filed"
    r"|heard|tried|prosecuted|referred|dealt\s+with|opened|closed|concluded|seized|arrested"
    r"|arrests|seizures|deaths)\b",  # "recorded the highest number of arrests, with …"
    re.I,
)
#: Cases as the count's noun, or named right after a bare count.
_CASES = re.compile(r"\bcases\b", re.I)
_CASES_AFTER = re.compile(r"^\s*(?:of\s+(?:the|these|those)\s+)?cases\b", re.I)
#: A part of the cases counted before: "Of these cases, 963 involved …".
_PART = re.compile(r"\b(?:of|among)\s+(?:these|those|the)\s+cases\b[^.;]*$", re.I)
#: The registration of cases or crimes in the sentence before.
_REGISTERED_CASES = re.compile(
    r"\b(?:registered|recorded|logged)\s+(?:a\s+total\s+of\s+)?[\d,.]+\s+(?:[a-z-]+\s+){0,2}"
    r"(?:cases|crimes|offences|offenses)\b",
    re.I,
)


def registered_cases(mention: Mention, before: str, after: str, previous: str) -> Counted | None:
    """``drug-offences-recorded`` for a count of cases registered by a verb away from it (see the
    module), else ``None``. ``before``/``after``: its sentence around it; ``previous``: the
    sentence before."""
    bare_cases = not mention.noun.strip() and _CASES_AFTER.match(after)
    if mention.unit is not None or not (_CASES.search(mention.noun) or bare_cases):
        return None
    if not _cracked(mention.noun or "cases") or _HEALTH.search(before + mention.noun):
        return None
    verbs = list(_REGISTERED.finditer(before))
    if verbs and not _OTHER_ACT.search(before[verbs[-1].end() :]):
        return Counted("drug-offences-recorded", "case", True, "measure: cases registered")
    found = None if verbs or not _PART.search(before) else _REGISTERED_CASES.search(previous)
    if found is not None and not _OTHER_ACT.search(previous[found.end() :]):
        note = "measure: a part of the cases the sentence before registered"
        return Counted("drug-offences-recorded", "case", True, note)
    return None


#: Cases of health, not of crime: "cases of poisoning", "hospitals recorded".
_HEALTH = re.compile(
    r"\b(?:poison\w*|hospital\w*|overdos\w*|infection\w*|hiv|hepatitis|patients?|clinic\w*)\b",
    re.I,
)


def _cracked(noun: str) -> bool:
    """Whether the registry reads the count's own words as cases cracked (of any kind)."""
    from narcokg.extract.measures import classify

    return classify(noun, "", None, False).measure.endswith("cases-cracked")
