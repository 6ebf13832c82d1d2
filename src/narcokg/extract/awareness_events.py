"""Round 37: drug-awareness events are publicity activities, and the people they reached are
people covered by publicity.

The registry's ``publicity-activities-organized`` ("anti-drug publicity or awareness activities
organized in the period, counted as events or as times held") had triggers only for the
machine-translated "publicity activities"; English releases count the same events as
"awareness sessions", "prevention events", "drug awareness meetings", "awareness programmes",
"drug-awareness gatherings", "drug awareness talks", "prevention activities", and presentations
"…, reaching N students": keys of 17 calibration reports of 14 rounds name them so (unit
``activity``), and the drafts proposed a measure from the words ("awareness-sessions-organised").
Lectures and presentations with no audience reached keep their own words, as their keys do
("gave 1,860 lectures" is ``lectures-given``).

The audience such an event reached ("reaching some 612,000 people", "spoke to 23,400 students and
parents", "reached about 1,100 residents", "attended by 96,000 people") is
``people-covered-by-publicity``, unless it is only students or pupils (the registry's
``students-taught-anti-drug-knowledge``, which most keys keep) or "young people" (keys split).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename
from narcokg.model.registry import registry

_EVENTS = "publicity-activities-organized"
_AUDIENCE = "people-covered-by-publicity"
#: Heads of an event counted (plural), and the words that make it an awareness event.
_EVENT_HEAD = re.compile(
    r"\b(?:sessions|meetings|programmes|programs|gatherings|talks|events|activities)$", re.I
)
_CUE = re.compile(r"\b(?:awareness|prevention|publicity|sensiti[sz]ation|anti-drug)\b", re.I)
#: Presentations (or any event) whose clause goes on to say whom they reached.
_PRESENTED = re.compile(r"\b(?:presentations|sessions|talks|events|programmes|programs)$", re.I)
_REACHING = re.compile(r"^[^.;\d]*?,\s*(?:and\s+)?reach(?:ing|ed)\s", re.I)
#: A campaign the sentence names makes its events awareness events ("Through the One Pill Can
#: Kill campaign, … at 188 events").
_CAMPAIGN = re.compile(r"\bcampaign\b", re.I)
#: The words right before an audience count: "reaching (about)", "spoke to", "presentations to",
#: "attended by".
_REACHED = re.compile(
    r"(?:\breach(?:ing|ed)|\bspoke\s+to|\b(?:presentations|lectures|talks|sessions)\s+to"
    r"|\battended\s+by)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|over\s+|almost\s+)?$",
    re.I,
)
#: The sentence speaks of awareness events (not a training or recovery programme's reach, nor
#: "talks" of no named kind: round 17's "held 40 talks …, reaching 12,000 people" stays proposed).
_AWARE = re.compile(
    r"\b(?:awareness|prevention|publicity|campaign|presentations?|lectures?)\b", re.I
)
_STUDENTS = re.compile(r"\b(?:students|pupils|schoolchildren)\b", re.I)
#: Students and a group that is no student: "students and parents", "pupils and traders".
_MIXED = re.compile(
    r"\b(?:students|pupils)\s+and\s+(?:their\s+)?(?:parents|traders|teachers|coaches|residents"
    r"|community\s+members|families|staff)\b",
    re.I,
)
_PEOPLE = re.compile(
    r"\b(?:people|persons|individuals|residents|citizens|villagers|community\s+members)$", re.I
)


def awareness_events(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name awareness events and the people they reached (see the module)."""
    known = registry().measures
    for fact in found:
        if fact.change_of or fact.measure in {_EVENTS, _AUDIENCE}:
            continue
        sentence = context.sentences[fact.mention.sentence]
        text = context.text[sentence.start : sentence.end]
        noun = " ".join(fact.mention.noun.split())
        if fact.unit != "person" and fact.measure not in known and _event(context, fact, noun):
            rename(fact, _EVENTS)
            fact.unit = "activity"
        elif fact.unit == "person" and _AWARE.search(text) and _audience(context, fact, noun):
            if fact.measure in known and fact.measure != "students-taught-anti-drug-knowledge":
                continue
            rename(fact, _AUDIENCE)


def _event(context: DraftContext, fact: DraftMeasurement, noun: str) -> bool:
    """Whether the count is of awareness events: an event's head and an awareness word in its
    noun, or an event whose clause says whom it reached, or events of a named campaign."""
    sentence = context.sentences[fact.mention.sentence]
    after = context.text[fact.mention.end : sentence.end]
    if _EVENT_HEAD.search(noun) and _CUE.search(noun):
        return True
    if _PRESENTED.search(noun) and _REACHING.match(after):
        return True
    text = context.text[sentence.start : sentence.end]
    # only the bare noun: "held 96 community events" keeps its own words, as its key does
    return noun.lower() == "events" and bool(_CAMPAIGN.search(text))


def _audience(context: DraftContext, fact: DraftMeasurement, noun: str) -> bool:
    """Whether the count is the audience an awareness event reached, and not students only."""
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    if not _REACHED.search(before):
        return False
    if _STUDENTS.search(noun):
        return bool(_MIXED.search(noun + context.text[fact.mention.end : sentence.end][:40]))
    return bool(_PEOPLE.search(noun)) and noun.lower().split()[-2:-1] != ["young"]
