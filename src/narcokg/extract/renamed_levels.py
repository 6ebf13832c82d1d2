"""Renaming a figure's measure (``rename``: every renaming pass calls it, so the old measure's
review notes always go with it), the words before a number those passes read, and the earlier
level a renamed count's sentence compares it with.

``trafficking_charged``, ``indicted_people`` and ``diverted_people`` each decide from the words
around a count of people that it is another measure. The earlier level the same sentence
compares it with ("compared with 548 a year earlier", "(1,379 in 2024)") is the same measure at an
earlier time, so it is renamed alike.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement

#: The common words that make a later figure the earlier level ("compared with", "up from",
#: "down from", "from", "("), for passes that need no words of their own.
EARLIER_LEVEL = re.compile(
    r"(?:compared\s+with|up\s+from|down\s+from|from|\()\s*(?:the\s+)?$", re.I
)


def words_around(context: DraftContext, fact: DraftMeasurement) -> tuple[str, str]:
    """The count's sentence before its quote, and after its number (the quote may hold the number
    and its noun): the words these passes read."""
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    after = re.sub(r"^[\d,.]+", "", context.text[fact.mention.start : sentence.end])
    return before, after


def clause_before(context: DraftContext, fact: DraftMeasurement) -> str:
    """The words right before the figure's number, back to the last comma, semicolon, colon, full
    stop or line break (at most 80 characters): where a translated release names what it counts."""
    start = fact.mention.start
    return re.split(r"[,;.:\n]", context.text[max(0, start - 80) : start])[-1]


def rename(fact: DraftMeasurement, measure: str, unit: str | None = None) -> None:
    """Give the fact ``measure`` (and ``unit``, when given); its review notes on the old measure
    no longer apply."""
    fact.measure = measure
    if unit is not None:
        fact.unit = unit
    fact.review = [n for n in fact.review if not n.startswith("measure")]


def rename_with_earlier_level(
    context: DraftContext,
    found: list[DraftMeasurement],
    fact: DraftMeasurement,
    measure: str,
    earlier_reads: frozenset[str],
    compared: re.Pattern[str],
) -> None:
    """Rename ``fact``, and a later figure of its sentence read as one of ``earlier_reads`` when
    the words between the two (``compared``: "up from", "(") make it the earlier level."""
    rename(fact, measure)
    for other in found:
        if other.mention.sentence != fact.mention.sentence or other.measure not in earlier_reads:
            continue
        between = context.text[fact.mention.end : other.mention.start]
        if other.mention.start > fact.mention.end and compared.search(between):
            rename(other, measure)
