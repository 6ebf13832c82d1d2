"""Round 16: people a prevention or publicity activity covered, named as writers of many rounds
name them.

People an activity or campaign covered, counted as people or person-times and not by a role
("organized 1,200 publicity activities, covering 860,000 people", "covered the masses 4.1 million
people"), are ``people-covered-by-<what>``, the kind of activity (``people-covered-by-publicity``,
a registry concept), never "people". Activities held "N times" (``publicity-activities-organized``)
and schools prevention work reached (``schools-reached``) are named by the registry's trigger
words alone (ontology/narcokg.ttl): a second rule here named them by their verb and disagreed.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

_ACTIVITIES = r"(?:activities|campaigns|events|sessions)"
#: The activity right before the people it covered: "publicity activities, covering".
_COVERED = re.compile(
    rf"\b(?P<what>[a-z]+)\s+{_ACTIVITIES}\b[^.;]*?\b(?:covering|covered|reaching)"
    r"\s+(?:the\s+masses\s+|an\s+audience\s+of\s+)?$",
    re.I,
)
#: People counted with no role of their own, as a campaign's audience is ("covering 1.6 million
#: people", "2.1 million person-times"); "students" taught are counted by their own measure.
#: Round 22: a translation's word for publicity, as the registry's trigger words read it.
_SAME = {"propaganda": "publicity"}
_AUDIENCE = re.compile(r"(?:people|persons?|person-times|individuals|residents)", re.I)


def outreach_measure(mention: Mention, sentence: str, before: str) -> Counted | None:
    """The measure of a count of prevention or publicity work (see the module), else ``None``
    (``before``: the sentence's text before the figure)."""
    if mention.unit is not None:
        return None
    noun = mention.noun.strip()
    if _AUDIENCE.fullmatch(noun) and (covered := _COVERED.search(before)):
        what = covered["what"].lower()
        what = _SAME.get(what, what)
        note = f"measure: people a {what} activity covered"
        return Counted(f"people-covered-by-{what}", "person", False, note)
    return None
