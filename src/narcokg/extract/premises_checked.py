"""Round 29: premises checked, counted in "household-times", are places inspected.

"The police checked entertainment venues, hotels and other key places 2,460 household-times",
"inspect the logistics delivery enterprise 860 household-times": machine translation renders 户次
(visits to premises, each visit once) as "household-times"; keys of 4 calibration reports of 4
rounds name the count ``places-inspected`` (unit ``place``), whatever premises the sentence lists.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

_HOUSEHOLD_TIMES = re.compile(r"^household[- ]times?$", re.I)
#: The check earlier in the count's clause.
_CHECKED = re.compile(
    r"\b(?:check(?:ed)?|inspect(?:ed)?|examin(?:e|ed)|search(?:ed)?)\b[^;.]*$", re.I
)


def premises_checked(mention: Mention, before: str) -> Counted | None:
    """``places-inspected`` for premises checked in household-times, else ``None``
    (``before``: the sentence's text before the figure)."""
    if not _HOUSEHOLD_TIMES.match(mention.noun.strip()) or not _CHECKED.search(before):
        return None
    return Counted("places-inspected", "place", False, "measure: premises checked, per visit")
