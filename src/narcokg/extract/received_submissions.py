"""(round 50) The drug submissions a laboratory "received" are counted in ``submission``, not
``sample``.

"The Bureau's Forensic Science Center received 9,114 drug chemistry submissions …": the count
of evidence coming in, which the keys write in the laboratory's own unit ("submission"), while
the submissions a laboratory "analyzed" or "tested" are keyed as tested samples (``sample``, as
drafted). Only a count drafted in ``sample`` whose own words are "(drug) (chemistry)
submissions" and whose clause ends with "received" or "receiving" right before the number.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before

_DRAFTED = "sample"
_UNIT = "submission"
#: "received", "reported receiving", "has received", right before the count (an "about" allowed)
_RECEIVED = re.compile(r"\breceiv(?:ed|ing)\s+(?:about\s+|nearly\s+|more\s+than\s+)?$", re.I)
#: the count's own noun: "9,114 drug chemistry submissions", "512 submissions"
_SUBMISSIONS = re.compile(r"[\d.,]+(?:\s+million)?\s+(?:drug\s+)?(?:chemistry\s+)?submissions\b")


def received_submissions(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Count each laboratory's received submissions in ``submission`` (see the module)."""
    for fact in found:
        if fact.unit != _DRAFTED:
            continue
        own = _SUBMISSIONS.match(context.text, fact.mention.start)
        if own is not None and _RECEIVED.search(clause_before(context, fact)):
            fact.unit = _UNIT
