"""Round 29: investigations an agency had open at a date are ``investigations-open``.

"As of December 31, 2025, the unit had 27 drug investigations open", "1,486 drug
investigations remained open", "the section had 26 active drug investigations", "12
investigations under way": keys of 30 calibration reports of 15 rounds name such a count
``investigations-open`` (unit ``investigation``, a stock counted at the date), whatever word says
the investigations are still running and whatever kind of investigation ("narcotics",
"trafficking", "joint") the text names; drafts proposed the text's own words
(``active-drug-investigations``, ``drug-investigations-remained-open``) or read them as
investigations opened in the period (the registry's flow). Investigations *opened* in the
period keep their own measure.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: The count's own words up to "investigations": up to four words between the number and it.
_INVESTIGATIONS = re.compile(
    r"^(?P<words>(?:[A-Za-z-]+\s+){0,4}?)investigations\b(?P<rest>[^.;:()\d]{0,80})", re.I
)
#: A word in front that says they are still running ("31 active drug investigations").
_RUNNING_BEFORE = re.compile(r"\b(?:active|open|ongoing|pending|current|live)\s", re.I)
#: A predicate after them that says so ("open", "remained open", "were still open", "under way").
_RUNNING_AFTER = re.compile(
    r"^(?:[^,]{0,60}?\s)?(?:(?:were|was|are|remained|remain)\s+)?(?:still\s+)?"
    r"(?:open|active|ongoing|under\s*way|pending|in\s+progress)\b(?!-)",
    re.I,
)


def open_investigations(mention: Mention, after: str) -> Counted | None:
    """``investigations-open`` for a count of investigations its words say are still running
    at the figure's date, else ``None`` (``after``: the sentence's text after the figure)."""
    if mention.unit is not None:
        return None
    words = re.sub(r"^[^A-Za-z]*", "", mention.noun)
    counted = _INVESTIGATIONS.match(words)
    if counted is None or re.search(r"\b(?:into|of|on)\s*$", counted["words"], re.I):
        return None  # no count of investigations ("teams of investigations")
    rest = counted["rest"] if counted["rest"].strip() else after
    if not (_RUNNING_BEFORE.search(counted["words"]) or _RUNNING_AFTER.match(" " + rest)):
        return None
    note = "measure: investigations still open at the figure's date"
    return Counted("investigations-open", "investigation", True, note)
