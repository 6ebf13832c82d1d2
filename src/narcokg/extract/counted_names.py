"""(round 47) A machine translation's count of people, written with the Chinese classifier 名 as
"name" or "names" right after the number, counts people even when no noun before it says who.

"order compulsory isolation drug rehabilitation 47 name", "whole year new discover drug-taking
personnel 58 name": ``nouns.CLASSIFIERS`` drops the classifier, so the count is bare; with no
person word before it the drafts read ``unknown-measure`` in the unit ``item``, and the passes
that name such people (``discovered_users``, ``compulsory_rehabilitation``) read only a bare
count of ``people``. The keys of bijie wisent144 and lijiang springbok146 name them people
(``drug-users-newly-discovered``, ``people-sent-to-compulsory-rehabilitation``). Only a count
drafted ``unknown-measure`` whose number the classifier follows is made a count of ``people``
(unit ``person``), before those passes run.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename
from narcokg.extract.unnamed import UNNAMED

#: the classifier right after the number, ending its clause or followed by a change
_CLASSIFIER = re.compile(r"\s+names?\b(?!\s+of\b)", re.I)


def counted_names(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Make each unnamed count the classifier "name(s)" follows a count of people."""
    for fact in found:
        if fact.measure != UNNAMED:
            continue
        if _CLASSIFIER.match(context.text, fact.mention.end):
            rename(fact, "people", "person")
