"""Figures whose measure a reviewer must look at twice, flagged on the figure itself:

- a running total ("bringing the total to 1,230", "since the program began in 2010, DEA has
  collected 18.3 million pounds"): the fact format has no cumulative measure; the answer keys
  keep the flow measure and give the figure a period from when counting began to the date it
  was counted, which the period step does not draft, so the figure says so;
- a subgroup of what its measure counts ("Women accounted for 5,904 of those arrested", "1,389
  were aged under 25", "tested 214,600 people for hepatitis C"): the registry names the whole
  group, so the figure names the subgroup for the reviewer.

Each note starts with the field it puts in doubt, so such a figure is never high confidence.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import RUNNING_TOTAL, SINCE_START, SUBGROUP
from narcokg.extract.text import Sentence

#: Units of changes and ratios: never a running total or a subgroup count.
_RATIOS = {"percent", "per-mille", "per-100000", "fold", "percentage-point"}
#: The running-total cue anywhere in a sentence (then it marks only the figure after it).
_ANY_RUNNING = re.compile(RUNNING_TOTAL.pattern.removesuffix("$"), re.I)


def flag(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with running totals and subgroup counts noted."""
    return [_subgroup(sentence, _running(sentence, m)) for m in mentions]


def _running(sentence: Sentence, mention: Mention) -> Mention:
    if mention.unit in _RATIOS:
        return mention
    before = sentence.text[: mention.start - sentence.start]
    if RUNNING_TOTAL.search(before):
        cue = "a running total"
    elif not _ANY_RUNNING.search(sentence.text) and (since := SINCE_START.search(sentence.text)):
        cue = f"a running total ({since.group().strip()!r})"
    else:
        return mention
    return mention.with_notes(
        f"period: {cue}: keep the measure and give the period from when counting began to the "
        "date of the total"
    )


def _subgroup(sentence: Sentence, mention: Mention) -> Mention:
    if mention.unit is not None or mention.denominator is not None:
        return mention
    offset = mention.start - sentence.start
    before = re.split(r"[,;:]|\bof\s+whom\b", sentence.text[:offset])[-1]
    after = re.split(r"[,;.]", sentence.text[mention.end - sentence.start :], maxsplit=1)[0]
    found = SUBGROUP.search(mention.noun) or SUBGROUP.search(after) or SUBGROUP.search(before)
    if found is None:
        return mention
    return mention.with_notes(
        f"measure: counts a subgroup ({found.group()!r}), not all that its measure counts: "
        "check the measure"
    )
