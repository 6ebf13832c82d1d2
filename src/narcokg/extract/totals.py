"""Figures whose measure a reviewer must look at twice, flagged on the figure itself:

- a running total ("bringing the total to 1,230", "since the program began in 2010, DEA has
  collected 18.3 million pounds"): the fact format has no cumulative measure; the answer keys
  keep the flow measure and give the figure a period from when counting began to the date it
  was counted (``drafts.period_of`` drafts it when the sentence gives the year counting began,
  up to the end of the period the figure would otherwise have), so the figure says to check it;
- a subgroup of what its measure counts ("Women accounted for 5,904 of those arrested", "1,389
  were aged under 25", "tested 214,600 people for hepatitis C"): the registry names the whole
  group, so the figure names the subgroup for the reviewer.

Each note starts with the field it puts in doubt, so such a figure is never high confidence.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import RUNNING_TOTAL, SINCE_START, SUBGROUP, SUPERLATIVE
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
    elif _own_period(sentence, mention.end):
        return mention  # "including 6,200 this year": a new count inside the total
    elif since := _since(sentence):
        cue = f"a running total ({since.group().strip()!r})"
    else:
        return mention
    return mention.with_notes(
        f"period: {cue}: its period runs from when counting began to the date of the total "
        "(the measure stays the flow's): check both ends"
    )


def running_start(sentence: Sentence, start: int, end: int) -> str | None:
    """The year a running total at ``[start, end)`` counts from, when its sentence states it
    ("since the program began in 2010" -> "2010"); ``None`` for any other figure."""
    quote = sentence.text[start - sentence.start : end - sentence.start]
    if re.search(r"%|\bper\s?cent|percent|fold\b|times\b|per\s+100", quote, re.I):
        return None
    if _own_period(sentence, end) and not RUNNING_TOTAL.search(
        sentence.text[: start - sentence.start]
    ):
        return None
    since = _since(sentence) or _since_of_total(sentence, start)
    if since is None:
        return None
    year = re.match(r"\s*in\s+((?:19|20)\d\d)\b", sentence.text[since.end() :])
    return year[1] if year else None


#: The period a count states right after it: "6,200 this year", "410 in the last quarter".
_OWN_PERIOD = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:(?:this|last)\s+(?:year|quarter|month|week)"
    r"|(?:in|during)\s+(?:the\s+)?(?:last\s+|past\s+|latest\s+)?(?:year|quarter|month|week)"
    r"|(?:in|during)\s+(?:19|20)\d\d)\b",
    re.I,
)


def _own_period(sentence: Sentence, end: int) -> bool:
    """Whether a count of a "since …" sentence names its own period right after it: then it is
    a new count, not the running total ("received 48,000 calls, including 6,200 this year")."""
    return bool(_OWN_PERIOD.match(sentence.text[end - sentence.start :]))


def _since_of_total(sentence: Sentence, start: int) -> re.Match[str] | None:
    """ "since …" inside the running-total cue of the figure at ``start`` ("bringing the number
    distributed since the program launched in 2016 to 1.12 million"): the year the total counts
    from; the new count before the cue ("handed out 41,820 kits in the quarter") has none."""
    cue = RUNNING_TOTAL.search(sentence.text[: start - sentence.start])
    if cue is None:
        return None
    since = SINCE_START.search(cue.group())
    if since is None:
        return None
    return SINCE_START.search(sentence.text, sentence.text.find(cue.group()) + since.start())


def _since(sentence: Sentence) -> re.Match[str] | None:
    """ "since the program began" when it makes the sentence's counts running totals: not with a
    running-total cue elsewhere, nor after a superlative ("the highest level since ...")."""
    since = SINCE_START.search(sentence.text)
    if since is None or _ANY_RUNNING.search(sentence.text):
        return None
    return None if SUPERLATIVE.search(sentence.text[: since.start()]) else since


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
