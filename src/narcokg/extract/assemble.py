"""Give each figure its context (period, region, agency, operation), link changes to the figures
they change, name the facts, and note what a reviewer should check."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import changes, periods
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.text import Sentence
from narcokg.model.regions import region_slug

if TYPE_CHECKING:
    from narcokg.extract.draft import DraftMeasurement, DraftOperation, _Context


def _in(names: list[Name], sentence: Sentence) -> list[Name]:
    return [n for n in names if sentence.start <= n.start < sentence.end]


def nearest(
    names: list[Name],
    sentence: Sentence,
    context: _Context,
    start: int,
    end: int,
    *,
    before_only: bool = False,
) -> tuple[Name | None, bool]:
    """The name closest to ``[start, end)`` in its sentence, else the last one named earlier in
    the paragraph; and whether it came from the figure's own sentence."""
    own = [n for n in _in(names, sentence) if not before_only or n.start < start]
    if own:

        def distance(n: Name) -> int:
            return start - n.end if n.end <= start else max(n.start - end, 0) + 1

        return min(own, key=distance), True
    earlier = [s for s in context.sentences[: sentence.index] if s.paragraph == sentence.paragraph]
    for previous in reversed(earlier):
        found = _in(names, previous)
        if found:
            return found[-1], False
    return None, False


def operations_of(context: _Context) -> list[DraftOperation]:
    from narcokg.extract.draft import DraftOperation

    result: list[DraftOperation] = []
    for name in context.operations:
        sentence = next(s for s in context.sentences if s.start <= name.start < s.end)
        period, _ = _period(context, sentence, name.start, name.end)
        members = _listed_regions(sentence.text)
        agency, _ = nearest(context.agencies, sentence, context, name.start, name.end)
        slug = f"{region_slug(name.key)}-{period.split('/')[0].lower()}"
        if any(op.slug == slug for op in result):
            continue
        unique = context.text.count(name.text) == 1
        result.append(
            DraftOperation(
                slug,
                name.key,
                name.text,
                None if unique else sentence.text,
                members,
                not re.search(r"\b(?:including|such as)\b", sentence.text),
                period,
                (agency.key,) if agency else (),
            )
        )
    return result


def _listed_regions(text: str) -> tuple[str, ...]:
    match = re.search(r"\b(?:including|such as)\s+((?:[A-Z][a-z]+(?:,\s*|\s+and\s+|\s+)?)+)", text)
    return tuple(re.findall(r"[A-Z][a-z]+", match[1])) if match else ()


def _period(context: _Context, sentence: Sentence, start: int, end: int) -> tuple[str, bool]:
    """The period of ``[start, end)``: one attached to it ("46,800 in 2022", "in 2021 (4,859
    deaths)"), else the nearest in its sentence that is not a base or comparison period, else
    the last one earlier in the paragraph, else the document's."""
    text = context.text
    for p in context.periods:
        after = start <= p.start < end or (
            0 <= p.start - end <= 8
            and re.fullmatch(r"\s*(?:in|for|during)?\s*", text[end : p.start])
        )
        before = 0 <= start - p.end <= 2 and text[p.end : start].strip() == "("
        if after or before:
            return p.label, True
    plain = [
        p for p in context.periods if not p.comparison and not _aside(text, p.start, start, end)
    ]
    own = [p for p in plain if sentence.start <= p.start < sentence.end]
    found = periods.nearest_period(own, start, end)
    if found is not None:
        return found.label, True
    names = [Name(p.start, p.end, p.label, "") for p in plain]
    carried, _ = nearest(names, sentence, context, start, end)
    return (carried.key, False) if carried else (context.default_period, False)


def _aside(text: str, at: int, start: int, end: int) -> bool:
    """Whether ``at`` lies inside parentheses that do not hold ``[start, end)`` ("(46,800 in
    2022)" gives its year to its own figure only)."""
    opening = text.rfind("(", 0, at)
    if opening < 0 or text.rfind(")", 0, at) > opening:
        return False
    closing = text.find(")", at)
    return not (opening < start and (closing < 0 or end <= closing + 1))


def assemble_measurements(
    context: _Context, mentions: list[list[Mention]], operations: list[DraftOperation]
) -> list[DraftMeasurement]:
    from narcokg.extract.context import figure_fact

    directions = _directions(context.sentences, mentions)
    links = changes.link_changes(context.sentences, mentions, directions)
    facts: dict[Mention, DraftMeasurement] = {}
    used: set[str] = set()
    for number, sentence in enumerate(context.sentences):
        for index, mention in enumerate(mentions[number]):
            change = links.get((number, index))
            base = facts.get(change.base) if change and change.base else None
            fact = figure_fact(context, sentence, mention, operations, change, base)
            fact.id = _unique_id(fact.id, used)
            facts[mention] = fact
    return list(facts.values())


def _directions(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[list[str | None]]:
    result: list[list[str | None]] = []
    for sentence, found in zip(sentences, mentions, strict=True):
        directions: list[str | None] = []
        previous: Mention | None = None
        last_direction: str | None = None
        for mention in found:
            direction = changes.change_direction(sentence, mention, previous, last_direction)
            directions.append(direction)
            previous, last_direction = mention, direction
        result.append(directions)
    return result


def _unique_id(wanted: str, used: set[str]) -> str:
    slug, number = wanted, 2
    while slug in used:
        slug, number = f"{wanted}-{number}", number + 1
    used.add(slug)
    return slug
