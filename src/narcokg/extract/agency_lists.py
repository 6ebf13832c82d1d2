"""Agencies named together (round 17, issue 14; a cause recurring across the writers of the
calibration rounds). A "respectively" list pairs its agencies with its figures in order ("the
Harbour Police and the Coast Guard seized 80 kg and 120 kg respectively": the 120 kg are the
Coast Guard's), as the keys read it, instead of giving the whole group to the publisher. In a
translated Chinese release, places sharing one head ("Wuhan, Yichang and Xiangyang public security
organs") name each place's organs (:func:`.agency_full.listed_organs`). Internal to
:mod:`.attribution`."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.text import Sentence

#: Between two agencies of one list: a comma, "and", an acronym in brackets after the first.
_JOIN = re.compile(r"(?:\s*\([A-Z]{2,7}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: The figures a list pairs with end at a clause break between them (a comma before words).
_CLAUSE_END = re.compile(r"[;:]|,\s+\S")


def respective(context: DraftContext, sentence: Sentence, mention: Mention) -> Name | None:
    """The agency a "respectively" sentence pairs the figure with: the list of agencies before
    its figures, as many as the figures of that clause (before "respectively" when it follows
    them, else after it), in order."""
    text = context.text
    said = _RESPECTIVELY.search(text, sentence.start, sentence.end)
    if said is None:
        return None
    group = _group(context, sentence, mention.start)
    if len(group) < 2 or len({a.key for a in group}) < len(group):
        return None
    after = [f for f in context.figures.get(sentence.index, []) if f.start >= group[-1].end]
    listed = [f for f in after if f.end <= said.start()] or _clause(text, after, said.end())
    if len(listed) != len(group):
        return None
    at = next((i for i, f in enumerate(listed) if f.start == mention.start), None)
    return None if at is None else group[at]


def _group(context: DraftContext, sentence: Sentence, before: int) -> list[Name]:
    """The last list of agencies the sentence names before ``before``."""
    names = [a for a in context.agencies if sentence.start <= a.start and a.end <= before]
    if not names:
        return []
    group = [names[-1]]
    for other in reversed(names[:-1]):
        if not _JOIN.fullmatch(context.text, other.end, group[0].start):
            break
        group.insert(0, other)
    return group


def _clause(text: str, figures: list[Mention], start: int) -> list[Mention]:
    """The figures from ``start`` up to the end of their clause."""
    listed: list[Mention] = []
    for figure in (f for f in figures if f.start >= start):
        if listed and _CLAUSE_END.search(text[listed[-1].end : figure.start]):
            break
        listed.append(figure)
    return listed
