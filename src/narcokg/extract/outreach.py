"""Round 16: counts of prevention and publicity work, named as writers of many rounds name them.

- People an activity or campaign covered, counted as people or person-times and not by a role
  ("organized 1,200 publicity activities, covering 860,000 people", "covered the masses 4.1
  million people"), are ``people-covered-by-<what>``, the kind of activity
  (``people-covered-by-publicity``), never "people".
- Activities counted by how many times they were held ("organized publicity activities 3,200
  times") are the activities and their verb (``publicity-activities-organized``, unit
  ``activity``), as docs/facts.md names a count by what was done to it, never "times".
- Schools that prevention or awareness work reached ("reached 48,000 students in 126 schools",
  "taught about the dangers of drugs in 3,412 schools") are the registry's ``schools-reached``.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.heads import proposed_unit
from narcokg.extract.measures import Counted

_ACTIVITIES = r"(?:activities|campaigns|events|sessions)"
#: The activity right before the people it covered: "publicity activities, covering".
_COVERED = re.compile(
    rf"\b(?P<what>[a-z]+)\s+{_ACTIVITIES}\b[^.;]*?\b(?:covering|covered|reaching)"
    r"\s+(?:the\s+masses\s+|an\s+audience\s+of\s+)?$",
    re.I,
)
#: Activities held a number of times: "organized publicity activities 3,200 times".
_HELD = re.compile(
    rf"\b(?P<verb>organi[sz]ed|held|conducted|carried\s+out|launched)\s+"
    rf"(?P<what>(?:[a-z-]+\s+){{0,2}}{_ACTIVITIES})\s+$",
    re.I,
)
#: Words of prevention or awareness work in the sentence of a count of schools.
_PREVENTION = re.compile(
    r"\b(?:reach(?:ed|ing)?|taught|teach\w*|awareness|prevention|educat\w*|campaigns?"
    r"|programmes?|programs?|lectures?|talks|sensiti[sz]\w*)\b",
    re.I,
)
_SCHOOLS = re.compile(r"(?:[a-z-]+\s+)?schools", re.I)
#: What a count of schools follows when work reached them ("students in 126 schools", "reached
#: 412 secondary schools"); a verb of its own ("visited 140 schools") names it otherwise.
_REACHED_BEFORE = re.compile(
    r"\b(?:in|reached|reaching)\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$",
    re.I,
)
#: People counted with no role of their own, as a campaign's audience is ("covering 1.6 million
#: people", "2.1 million person-times"); "students" taught are counted by their own measure.
_AUDIENCE = re.compile(r"(?:people|persons?|person-times|individuals|residents)", re.I)


def outreach_measure(mention: Mention, sentence: str, before: str) -> Counted | None:
    """The measure of a count of prevention or publicity work (see the module), else ``None``
    (``before``: the sentence's text before the figure)."""
    if mention.unit is not None:
        return None
    noun = mention.noun.strip()
    if _AUDIENCE.fullmatch(noun) and (covered := _COVERED.search(before)):
        note = f"measure: people a {covered['what'].lower()} activity covered"
        return Counted(f"people-covered-by-{covered['what'].lower()}", "person", False, note)
    if re.fullmatch(r"times?", noun, re.I) and (held := _HELD.search(before)):
        what = "-".join(held["what"].lower().split())
        verb = "-".join(held["verb"].lower().replace("organised", "organized").split())
        unit = proposed_unit(held["what"].split()[-1])
        return Counted(f"{what}-{verb}", unit, False, "measure: activities held so many times")
    if _SCHOOLS.fullmatch(noun) and _REACHED_BEFORE.search(before) and _PREVENTION.search(sentence):
        return Counted("schools-reached", "school", True, "measure: schools prevention reached")
    return None
