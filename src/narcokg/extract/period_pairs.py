"""Round 9 (issue 14): which period a figure of a pair or a table is of, read from what stands
before it: the earlier figure of a change ("from 240 … to 610", "up from 1,170", "rose to 412
from 287"; not a source, "plants from 1,930 plantations"), a legend giving bracketed figures
their period ("(2023-24, with 2022-23 in brackets)"), and the period in force at a position.
Used by :mod:`.context`."""

from __future__ import annotations

import re

from narcokg.errors import FactError
from narcokg.extract.drafts import DraftContext, nearest
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.patterns import MONTH, MONTH_NAMES, YEAR
from narcokg.extract.period_alone import part_sentence
from narcokg.extract.period_earlier_sentence import compares_earlier
from narcokg.extract.period_kinds import OPERATION_SENTENCE, PeriodMention
from narcokg.extract.period_sections import section_span
from narcokg.extract.text import Sentence


def bracket_legend(context: DraftContext, mention: Mention) -> str | None:
    """The period a legend gives figures in brackets ("Seizures (2023-24, with 2022-23 in
    brackets):"), for a figure that opens brackets in the lines after it."""
    text = context.text
    if not text[max(0, mention.start - 2) : mention.start].strip().endswith("("):
        return None
    legends = list(_LEGEND.finditer(text, max(0, mention.start - 600), mention.start))
    if not legends or "\n\n" in text[legends[-1].end() : mention.start]:
        return None
    inside = [p for p in context.periods if legends[-1].start(1) <= p.start < legends[-1].end(1)]
    return inside[0].label if inside else None


#: (round 13) also a legend of its own brackets: "(2022 figures in brackets)", "(2022 in
#: parentheses)"
_LEGEND = re.compile(
    r"(?:\bwith\s+|\(\s*)(?:the\s+)?(?:figures?\s+for\s+)?([^,()]{2,40}?)\s+(?:figures?\s+)?in\s+"
    r"(?:brackets|parenthes[ie]s)"
)


def earlier_of_pair(text: str, mention: Mention) -> bool:
    """The earlier figure of a change: "from 240 kilograms … to 610", "up from 1,170"; not a
    source ("612,000 plants from 1,930 indoor plantations")."""
    before = text[max(0, mention.start - 40) : mention.start]
    if not re.search(r"\bfrom\s+$", before):
        return False
    clause = re.split(r"[,;.](?!\d)", text[mention.end : mention.end + 80])[0]
    return bool(_CHANGE_FROM.search(before) or re.search(r"\bto\s+(?:about\s+)?\d", clause))


_CHANGE_FROM = re.compile(
    r"\b(?:up|down|rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped"
    r"|climbed|jumped|declined|went|changed|doubled|tripled)\s+(?:\w+\s+)?from\s+$"
    r"|\bto\s+\d[\d.,]*(?:\s+\w+)?\s+from\s+$",  # "rose to 412 from 287"
    re.I,
)


def over_years(
    context: DraftContext, sentence: Sentence, mention: Mention, measure: str, label: str
) -> str:
    """A figure of "between 2019 and 2023" (every year of it): a change over it is of its last
    year ("rose twelve-fold between 2019 and 2023"); (round 22) the two figures of "from A to B"
    over it are of its first and its last year ("dropped from 47 to 22 between 2023 and 2025",
    "rose from 8.0 to 8.2 deaths per 100,000 between 2024 and 2025")."""
    span = re.fullmatch(r"(\d{4})-01-01/(\d{4})-12-31", label)
    if span and span[1] != span[2] and measure.endswith(("-increase", "-decrease")):
        return span[2]
    text = context.text
    clause = re.split(r"[,;](?!\d)", text[mention.end : sentence.end])[0]
    years = _BETWEEN_YEARS.search(clause)
    if years is None or years[1] >= years[2]:
        return label
    if earlier_of_pair(text, mention):
        return years[1]
    later = _LATER_OF_PAIR.search(text, max(sentence.start, mention.start - 60), mention.start)
    return years[2] if later else label


#: "between 2023 and 2025" after a pair, in its clause.
_BETWEEN_YEARS = re.compile(rf"\bbetween\s+({YEAR})\s+and\s+({YEAR})\b")
#: The later figure of "from A to B": "from 47 to ", "from 8.0 per cent to ".
_LATER_OF_PAIR = re.compile(r"\bfrom\s+(?:about\s+)?\d[\d.,]*(?:\s+[\w%-]+){0,3}?\s+to\s+$")


def in_force(context: DraftContext, sentence: Sentence, at: int) -> str:
    """The period in force at ``at``: the nearest one named before it in its sentence (not a
    base), else the last one earlier in its paragraph, else the document's."""
    names = [Name(p.start, p.end, p.label, "") for p in context.periods if not p.comparison]
    found, _ = nearest([n for n in names if n.end <= at], sentence, context, at, at)
    return found.key if found else context.default_period


def launched_total(text: str, sentence: Sentence, mention: Mention, label: str) -> str:
    """A count its sentence totals "by the end of" its period for something started within that
    period ("The helpline, launched in July 2023, received 10,400 calls by the end of the
    financial year"): from the start's month to the period's end."""
    from narcokg.model.periods import parse_period

    started = _STARTED.search(text, sentence.start, mention.start)
    if started is None or not _BY_END.match(text, mention.end, sentence.end):
        return label
    try:
        period = parse_period(label)
    except FactError:
        return label
    month = MONTH_NAMES[started["m"].lower()]
    first = f"{started['y']}-{month:02d}-01"
    if not period.start.isoformat() < first <= period.end.isoformat():
        return label
    return f"{first}/{period.end.isoformat()}"


_STARTED = re.compile(
    rf"\b(?:launched|opened|set\s+up|introduced|created|established|started)\s+in\s+"
    rf"(?P<m>{MONTH})\s+(?P<y>{YEAR})\b",
    re.I,
)
_BY_END = re.compile(
    r"[^.;]*?\bby\s+the\s+end\s+of\s+the\s+(?:(?:financial|fiscal)\s+)?year\b", re.I
)


def operation_span(context: DraftContext, sentence: Sentence) -> str | None:
    """(round 11) The span "the operation" refers back to: the last stated span of months or
    days (not a whole year, not a base) in an earlier sentence of its paragraph ("From September
    to November 2024, officers … tracked a network. In the operation, the unit arrested 23
    persons"), or None when the paragraph states none."""
    earlier = [
        s.start for s in context.sentences[: sentence.index] if s.paragraph == sentence.paragraph
    ]
    spans = [
        p for p in context.periods
        if earlier and min(earlier) <= p.start < sentence.start
        and not p.comparison and _span_label(p.label)
    ]  # fmt: skip
    if spans:
        return spans[-1].label
    return _stated_before(context, sentence) or section_span(context, sentence)  # (round 22)


def _stated_before(context: DraftContext, sentence: Sentence) -> str | None:
    """(round 19) A paragraph that states no span refers back to the span an earlier sentence
    states an operation ran ("The project ran from 6 October 2025 to 22 April 2026. …
    Over the course of the project, officers seized …"): the first such span, the whole
    operation's, not a part told later ("Earlier in the investigation, between May and June")."""
    told = [
        p for p in context.periods
        if p.end <= sentence.start and not p.comparison and not p.running and _span_label(p.label)
        and OPERATION_SENTENCE.search(_told_in(context, p.start))
    ]  # fmt: skip
    return told[0].label if told else None


def _span_label(label: str) -> bool:
    """Months or days spelt as dates, or (round 35) a quarter ("Operation Sentinel ran
    throughout the October to December quarter": 2025-Q4), not a whole year."""
    return "/" in label or re.fullmatch(r"\d{4}-Q[1-4]", label) is not None


def _told_in(context: DraftContext, at: int) -> str:
    return next((s.text for s in context.sentences if s.start <= at < s.end), "")


#: (round 16) A sentence that opens on a part of the figures before it: "Among them, …", "Of
#: these, …". It keeps their period, even a running total's span, which is otherwise the total's
#: sentence's only.
_PART_OF_BEFORE = re.compile(r"\s*(?:among\s+them|of\s+(?:them|these|those))\b", re.I)


def part_of_before(text: str, start: int) -> bool:
    return bool(_PART_OF_BEFORE.match(text, start))


def past_carried(context: DraftContext, sentence: Sentence, label: str) -> str:
    """(round 11) ``label`` carried from an earlier sentence, unless that sentence named it for
    its own figure of an earlier year ("In the same period of 2024, the FGR had seized 9.1
    tonnes. Agents also seized 8.2 tonnes …"; "In 2023, deputies had seized 129 pounds."): then
    the period in force before it."""
    if section := section_span(context, sentence):
        return section  # (round 22) a figure of an operation's section: the span it states
    before = [p for p in context.periods if p.end <= sentence.start and not p.comparison]
    if not before or before[-1].label != label:
        return label
    part = part_sentence(context, before[-1])  # round 27: "in the quarter alone"
    if (
        not _sentence_local(context, before[-1])
        and not _present_stock(context, sentence, before[-1])
        and part is None
    ):
        return label
    rest = [p for p in before if p.label != label and (part is None or p.end <= part)]
    names = [Name(p.start, p.end, p.label, "") for p in rest]
    found, _ = nearest(names, sentence, context, sentence.start, sentence.start)
    return found.key if found else context.default_period


def _sentence_local(context: DraftContext, period: PeriodMention) -> bool:
    """Whether ``period`` is an earlier year's, for its own sentence only: "the same period of
    2024", or a year before the report's own in a sentence told in the past perfect ("In 2023,
    deputies had seized …")."""
    if period.earlier:
        return True
    told = next((s for s in context.sentences if s.start <= period.start < s.end), None)
    ends = [re.findall(r"\d{4}", label) for label in (period.label, context.default_period)]
    earlier = all(ends) and int(ends[0][-1]) < int(ends[1][-1])
    if told is None or not earlier:
        return False
    at, end = period.start - told.start, period.end - told.start  # round 27: a comparison's
    return bool(_PAST_PERFECT.search(told.text)) or compares_earlier(told.text, at, end)


def _present_stock(context: DraftContext, sentence: Sentence, period: PeriodMention) -> bool:
    """(round 16) "At present, 41,000 users are registered. Police tested 8,600 people.": the day
    a stock is counted on is no later sentence's period, unless it counts a part of that stock
    ("Of these, …") or tells a state in the present ("2,600 have been abstinent")."""
    words = context.text[period.start : period.end]
    if not _AT_PRESENT.fullmatch(words) or part_of_before(context.text, sentence.start):
        return False
    return not _PRESENT_STATE.search(sentence.text)


_AT_PRESENT = re.compile(r"at\s+present|currently", re.I)
_PRESENT_STATE = re.compile(r"\b(?:is|are|has|have|remains?)\b", re.I)
#: "had seized", "had been arrested", "had made": a past before the report's own.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:[a-z]+ed|made|seen|found|taken|seized)\b")
