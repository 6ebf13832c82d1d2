"""Round 22 (part A): a bare head noun whose full phrase the report named before.

"… commenced 4,318 treatment episodes … The South, North and North West regions accounted for
2,106, 1,284 and 928 episodes respectively. … services commenced 1,122 episodes": once a report
has named what it counts with a modifier the registry reads ("treatment episodes"), its later
counts of the bare head noun ("episodes", "episodes commenced", "episodes closed") count the same
thing. Such a count is proposed from its head alone (``episodes``, ``episodes-commenced``); it
takes the measure and unit of the last earlier registry figure whose own noun phrase ends in that
head (writers of 3 calibration reports of 3 rounds key them so). A count whose own words name a
drug ("the principal drug in 2,569 of the 9,412 episodes") is a part the drug rules name; heads of
people are left to their verbs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.earlier_wholes import earlier_whole, own_words
from narcokg.extract.renamed_levels import rename
from narcokg.extract.tied import PRINCIPAL

if TYPE_CHECKING:
    from narcokg.model.registry import MeasureEntry

#: Heads that say only who was counted: what they count comes from their verb, not from a phrase.
_PEOPLE = frozenset(
    {
        "people", "persons", "individuals", "men", "women", "children", "adults", "residents",
        "users", "abusers", "offenders", "suspects", "defendants", "participants", "clients",
        "patients", "detainees", "prisoners", "inmates",
    }
)  # fmt: skip
#: A proposal made of the head alone, or of the head and a participle ("episodes-commenced").
_BARE = re.compile(r"^(?P<head>[a-z]+s)(?:-(?P<act>[a-z]+ed))?$")


def earlier_heads(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each count proposed from a bare head noun the measure and unit of the last earlier
    registry figure whose noun phrase ends in that head and says more than the head."""
    from narcokg.model.registry import registry

    known = registry().measures
    for fact in found:
        bare = _BARE.match(fact.measure)
        if bare is None or fact.measure in known or fact.change_of:
            continue
        head = bare["head"]
        if head in _PEOPLE or own_words(fact) != [head] or fact.denominator is not None:
            continue  # a part ("1,388 of the tests") is named by the part rules
        if _principal(context, fact):
            continue
        whole = earlier_whole(context, found, fact, head)
        source = whole.figure if whole is not None else None  # its unit is the figure's
        if source is None or not _same_act(bare["act"], known[source.measure]):
            continue
        rename(fact, source.measure, source.unit)
        fact.review.append(f"measure: the bare {head!r}, as {source.id!r} named them before")


def _same_act(act: str | None, entry: MeasureEntry) -> bool:
    """A count's own act ("investigations closed") is the earlier measure's when that measure
    names no act of its own (``treatment-admissions``) or its act is that one (the registry's
    example verb, or the last word of its notation): "closed" is not ``investigations-opened``.
    Round 29: a stock's last word is a state ("investigations-open"), which no act shares."""
    if act is None:
        return True
    named = entry.notation.rsplit("-", 1)[-1]
    stated = named.endswith("ed") or entry.nature == "stock"
    return act in {entry.example_verb, named} or not stated


#: A part named by what happened in it: "provided in 17,354 episodes", "… in just 96".
_IN_PART = re.compile(r"\bin\s+(?:just\s+|only\s+|about\s+|some\s+|nearly\s+)?$", re.I)


def _principal(context: DraftContext, fact: DraftMeasurement) -> bool:
    """The clause before the count says what it is the principal drug in, or what happened in
    it ("Counselling was the main treatment, provided in 17,354 episodes"): a part, not all."""
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    return re.search(PRINCIPAL, before, re.I) is not None or _IN_PART.search(before) is not None
