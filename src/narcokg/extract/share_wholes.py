"""Round 22: a share of "episodes" in a report of treatment episodes.

"Alcohol was the principal drug of concern in 63% of episodes", "… at 38.9% of episodes,
followed by methamphetamine (27.3%)": the share's own noun says only "episodes", but the episodes
are the treatment episodes the report counts before it ("closed 6,912 treatment episodes",
"episodes of alcohol and other drug treatment"), the registry's ``treatment-admissions``. The
share is named after that whole, ``share-of-treatment-episodes-<part>`` (docs/facts.md: a share
is ``share-of-<whole>-<part>``), as the keys of 4 calibration reports of 4 rounds name it. The
earlier phrase is found by ``earlier_wholes.earlier_whole``, as for ``earlier_heads.py``.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.earlier_wholes import earlier_whole

_EPISODES = re.compile(r"^share-of-episodes(?=-|$)")


def treatment_episode_shares(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name a share of "episodes" after the treatment episodes an earlier phrase named."""
    for fact in found:
        if not _EPISODES.match(fact.measure):
            continue
        whole = earlier_whole(context, found, fact, "episodes")
        if whole is not None and whole.measure == "treatment-admissions":
            fact.measure = _EPISODES.sub("share-of-treatment-episodes", fact.measure)
