"""(round 44) People newly found to use drugs, in a machine translation's broken word order, are
``drug-users-newly-discovered``, not a bare count of ``people``.

"new discover drug-taking personnel 143 people", "newly discover drug taking personnel 64
people", "drug-taking newly discovered personnel 31 people": the learned model reads the
well-formed "newly discovered drug users 118 people" but drafts these as ``people``; the keys of
garze banteng134, xsbn chevrotain135, aba lechwe136 and chuxiong muntjac137 name them
``drug-users-newly-discovered``. Only a count drafted as bare ``people`` is renamed, and only when
the words right before it, in its own clause, name people newly discovered or found taking drugs.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

_BARE = "people"
_MEASURE = "drug-users-newly-discovered"
_USERS = r"drug[\s-]+(?:taking|users?|abusers?|addicts?)"
_NEWLY = r"new(?:ly)?\s+(?:discover(?:ed)?|found)"
#: "new discover drug-taking personnel", "drug-taking newly discovered personnel", right
#: before the count (no comma, semicolon or full stop between).
_NEWLY_FOUND_USERS = re.compile(
    rf"\b(?:{_NEWLY}\s+{_USERS}(?:\s+(?:personnel|persons|people))?"
    rf"|{_USERS}\s+{_NEWLY}\s+(?:personnel|persons|people))\s+(?:about\s+)?$",
    re.I,
)


def discovered_users(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each bare count of people newly found taking drugs (see the module)."""
    for fact in found:
        if fact.measure != _BARE or fact.unit != "person":
            continue
        start = fact.mention.start
        before = context.text[max(0, start - 80) : start]
        if _NEWLY_FOUND_USERS.search(before):
            rename(fact, _MEASURE)
