"""The drafted fact file as data (operations, measurements, the context figures take) and the
look-ups assembly shares: the nearest name to a figure, its period, the measure it counts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from narcokg.extract import actors, gazetteer, measures, part_of, periods, same_period_clause
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en import patterns as en
from narcokg.extract.measures import count_unit
from narcokg.extract.sex_parts import sex_part
from narcokg.extract.text import Sentence


@dataclass(frozen=True)
class DraftOperation:
    slug: str
    label: str
    quote: str
    within: str | None
    regions: tuple[str, ...]
    regions_complete: bool
    period: str
    conducted_by: tuple[str, ...]
    alt_labels: tuple[tuple[str, str], ...] = ()  # (language tag, label)


@dataclass
class DraftMeasurement:
    id: str
    mention: Mention
    measure: str
    unit: str
    period: str
    regions: tuple[str, ...]
    agency: str | None = None
    operation: str | None = None
    within: str | None = None
    change_of: str | None = None
    #: the whole of an "N out of M" share
    denominator: Decimal | None = None
    confidence: float = 0.9
    review: list[str] = field(default_factory=list)
    #: the confidence the drafting rules gave, kept when the learned calibrator replaces it
    rule_confidence: float | None = None
    #: the learned measure model's reading (``None``: it abstained) and its probability
    learned: tuple[str | None, float] | None = None


@dataclass
class Draft:
    doc_id: str
    file: str
    title: str
    published: date
    text: str
    publisher: str | None
    translated_from: str | None
    agencies: dict[str, actors.Agency]
    operations: list[DraftOperation]
    measurements: list[DraftMeasurement]
    language: str = "en"
    home_why: str = ""  # why the rules took the home region ("the dateline"): a calibrator feature


@dataclass(frozen=True)
class DraftContext:
    """Everything found in the document that figures take their context from."""

    text: str
    sentences: list[Sentence]
    published: date
    regions: list[gazetteer.Mention]
    country: str | None
    #: the regions a figure gets when nothing nearer names one ("England and Wales": two)
    home: tuple[str, ...]
    periods: list[periods.PeriodMention]
    default_period: str
    agencies: list[gazetteer.Mention]
    operations: list[gazetteer.Mention]
    #: the figures of each sentence, by sentence index (filled once they are found)
    figures: dict[int, list[Mention]] = field(default_factory=dict)
    #: the agency mention that publishes the report (:func:`agency_headings.publisher_of`)
    publisher: gazetteer.Mention | None = None
    #: each agency's country, by agency slug
    jurisdictions: dict[str, str | None] = field(default_factory=dict)
    #: each agency's state or province, when its jurisdiction is one (by agency slug)
    agency_states: dict[str, str] = field(default_factory=dict)
    #: the country of each region the text names
    countries: dict[str, str | None] = field(default_factory=dict)
    #: (round 19) the publisher's unit that ran the lead's operation, and its section's end
    running: tuple[gazetteer.Mention, int] | None = None


def _in(names: list[Name], sentence: Sentence) -> list[Name]:
    return [n for n in names if sentence.start <= n.start < sentence.end]


def nearest(
    names: list[Name],
    sentence: Sentence,
    context: DraftContext,
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


def period_of(context: DraftContext, sentence: Sentence, start: int, end: int) -> tuple[str, bool]:
    """The period of ``[start, end)`` (see :func:`_period_of`); a running total whose sentence
    says when counting began ("since the program began in 2010") runs from then to the end of
    that period, as the answer keys write it (its review note still asks to check the end); a
    total stated at a date ("by the end of 2023") keeps its date."""
    from narcokg.extract.totals import running_start
    from narcokg.model.periods import parse_period

    label, explicit = _period_of(context, sentence, start, end)
    year = running_start(sentence, start, end)
    if year is None or own_clause_period(context, sentence, start, end):
        return label, explicit
    try:
        period = parse_period(label)
    except ValueError:
        return label, explicit
    if period.kind != "flow":
        return label, explicit  # "by the end of 2023 ... since it opened": a total at a date
    until = period.end
    return (
        (f"{year}-01-01/{until.isoformat()}", True)
        if int(year) <= until.year
        else (label, explicit)
    )


def own_clause_period(context: DraftContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the clause of ``[start, end)`` names a period of its own, apart from the running
    total's "since" clause ("Since it opened in 2012 the line has taken 9,000 calls, and in 2024
    alone 1,100"; "…, 95 of them in the first half of this year"): a new count, not the total.
    A period its clause runs "to" or "through" ends the total instead."""
    return bool(_clause_periods(context, sentence, start, end))


def _clause_periods(
    context: DraftContext, sentence: Sentence, start: int, end: int
) -> list[periods.PeriodMention]:
    """The periods the clause of ``[start, end)`` names, none when it counts "since" a start."""
    text = context.text
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, sentence.start, start)]
    left = max([sentence.start, *cuts])
    cut = _CLAUSE_CUT.search(text, end, sentence.end)
    right = cut.start() if cut else sentence.end
    if re.search(r"\bsince\b", text[left:right], re.I):
        return []
    return [
        p
        for p in context.periods
        if left <= p.start < right
        and not p.comparison
        and not _counts_since(text, p)
        and not _TOTAL_END.search(text[max(left, p.start - 12) : p.start + 1])
    ]


def _counts_since(text: str, period: periods.PeriodMention) -> bool:
    """Whether ``period`` is a running total's span ("since August 2012", "since it opened")."""
    return period.running or text[period.start : period.end].lower().startswith("since")


#: A clause break: a semicolon or a comma before a space (not the comma of "1,100").
_CLAUSE_CUT = re.compile(r";|,(?=\s)")
#: Words that make a period the end of a running total: "to 2023", "through 2023", "by 2023".
_TOTAL_END = re.compile(r"\b(?:to|through|thru|until|till|by|up\s+to)\s+\S?$", re.I)


def _period_of(context: DraftContext, sentence: Sentence, start: int, end: int) -> tuple[str, bool]:
    """The period of ``[start, end)``: one attached to it ("46,800 in 2022", "in 2021 (4,859
    deaths)"), else the nearest in its sentence that is not a base or comparison period, else
    the last one earlier in the paragraph, else the document's."""
    text = context.text
    for p in context.periods:
        after = start <= p.start < end or (
            0 <= p.start - end <= 24 and en.ATTACHED_AFTER.fullmatch(text[end : p.start])
            and not ("\n" in text[end : p.start] and _SINGLED_OUT.match(text, p.end))
        )  # fmt: skip
        # "in 2021 (4,859 deaths)"; "(2022: 862 kg)", the earlier figure's own year
        before = same_period_clause.right_before(text, p, start)  # (round 32) or "last year …"
        if after or before or _legend_in_bracket(text, p, start):
            return p.label, True
    if en.COMPARED_LIST.search(text[sentence.start : start] + " 0"):
        # the earlier figures listed after "compared with" share the year that closes the list
        closing = [
            p
            for p in context.periods
            if end <= p.start < sentence.end and not re.search(r"[,;.]", text[end : p.start])
        ]
        if closing:
            return closing[0].label, True
    plain = [
        p for p in context.periods if not p.comparison and not aside(text, p.start, start, end)
        and not same_period_clause.closed_before(text, p, start)
    ]  # fmt: skip
    own = [
        p for p in plain
        if sentence.start <= p.start < sentence.end
        and (p.start < start or not _SINGLED_OUT.match(text, p.end))
    ]  # fmt: skip
    phrase = example_phrase(text, start)
    # a figure of an "including …" phrase takes the phrase's own period first
    inside = [p for p in own if phrase and phrase[0] <= p.start < phrase[1]]
    found = periods.nearest_period(inside or own, start, end)
    if found is not None and _counts_since(text, found):
        # "412 … since August 2012, 38 of them in 2024": a part with its own period
        part = _clause_periods(context, sentence, start, end)
        found = periods.nearest_period(part, start, end) or found
    if found is not None:
        return found.label, True
    names = [Name(p.start, p.end, p.label, "") for p in plain]
    carried, _ = nearest(names, sentence, context, start, end)
    if carried is None or _SINGLED_OUT.match(text, carried.end):
        return context.default_period, False
    return carried.key, False


def _legend_in_bracket(text: str, period: periods.PeriodMention, start: int) -> bool:
    """(round 20) A bracket that opens on a period and a colon gives it to every figure in it,
    not only the first: "(2024-25: 8,640 offences; 462 per 100,000)", "(fiscal year 2025: 371
    investigations and 880 arrests)", "(2024: 962, 301 and 22.5 kilograms respectively)"."""
    if not 0 < start - period.end <= 200 or _LEGEND_COLON.match(text, period.end) is None:
        return False
    opening = text.rfind("(", 0, period.start)
    return (
        opening >= 0
        and not text[opening + 1 : period.start].strip()
        and not re.search(r"[()\n]", text[opening + 1 : start])
    )


_LEGEND_COLON = re.compile(r"\s*:")


#: (round 19) A part singled out of the report's period ("In the April to June quarter alone,
#: agents made 811 arrests"): the period of the figures after it in its own sentence only; a
#: figure before it, or a later sentence's, keeps the report's.
_SINGLED_OUT = re.compile(r",?\s+alone\b")


def aside(text: str, at: int, start: int, end: int) -> bool:
    """Whether ``at`` lies inside parentheses that do not hold ``[start, end)`` ("(46,800 in
    2022)" gives its year to its own figure only)."""
    opening = text.rfind("(", 0, at)
    if opening < 0 or text.rfind(")", 0, at) > opening:
        return _in_example(text, at, start, end)
    closing = text.find(")", at)
    return not (opening < start and (closing < 0 or end <= closing + 1))


def _in_example(text: str, at: int, start: int, end: int) -> bool:
    """Whether ``at`` lies in an "including …" phrase that does not hold ``[start, end)``: "seized
    1,180 kilograms, including 218 kilograms … in April 2022" gives April to the 218 only."""
    phrase = example_phrase(text, at)
    return phrase is not None and not (phrase[0] <= start and end <= phrase[1])


def example_phrase(text: str, at: int) -> tuple[int, int] | None:
    """The "including …" phrase (to the end of its clause) that ``at`` lies in, if any."""
    clause = _CLAUSE_END.split(text[max(0, at - 200) : at])[-1]
    cue = _EXAMPLE.search(clause)
    if cue is None:
        return None
    return at - len(clause) + cue.start(), at + len(_CLAUSE_END.split(text[at : at + 200])[0])


_CLAUSE_END = re.compile(r"[;()\n]|[,.](?!\d)")
_EXAMPLE = part_of.EXAMPLE  # (round 33) also "31 of them"


def measure_of(mention: Mention, sentence: Sentence, previous: str = "") -> measures.Counted:
    """The measure and unit a (non-change) figure counts (``previous``: the text of the sentence
    before in its paragraph), rates and crop areas named as writers name them (round 15)."""
    from narcokg.extract.suspects import part_of_group, proceeded_against, unarrested
    from narcokg.extract.writer_names import as_writers_name

    sentence = _without_alternative(sentence)
    before = sentence.text[: mention.start - sentence.start]
    counted = unarrested(_measure_of(mention, sentence, previous), sentence.text, before)
    after = sentence.text[mention.end - sentence.start :]
    counted = proceeded_against(part_of_group(counted, before, after, previous), before, after)
    return as_writers_name(counted, mention, before, previous, after)


#: Round 19: an act the sentence says did not happen ("were referred to treatment rather than
#: charged", "instead of being arrested"): its verb never names the figure's measure.
_ALTERNATIVE = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+(?:being\s+)?[a-z]+ed\b[^,;.\d]*", re.I
)


def _without_alternative(sentence: Sentence) -> Sentence:
    """``sentence`` with such an act blanked out (its offsets kept)."""
    text = _ALTERNATIVE.sub(lambda m: " " * len(m[0]), sentence.text)
    return sentence if text == sentence.text else replace(sentence, text=text)


def _measure_of(mention: Mention, sentence: Sentence, previous: str) -> measures.Counted:
    from narcokg.extract.bare import of_them
    from narcokg.extract.proposals import propose
    from narcokg.extract.rates import rate_measure
    from narcokg.extract.vague_before import fugitives_read, read_before

    if wanted := fugitives_read(mention.noun, sentence.text[: mention.start - sentence.start]):
        return wanted  # round 22: "captured drug-related fugitives 37 people"
    if (proposed := propose(mention, sentence, previous)) is not None:
        return proposed
    mention = of_them(mention, sentence, previous)  # round 7: "2,511 of them", a part
    if mention.unit in {"percent", "per-mille", "per-100000"}:
        before = sentence.text[: mention.start - sentence.start]
        after = sentence.text[mention.end - sentence.start :]
        rate = rate_measure(mention.noun, sentence.text, before, after)
        return measures.Counted(rate.measure, mention.unit, rate.known, rate.note)
    mass = mention.unit in {"tonne", "kilogram", "gram", "pound", "milligram"}
    offset = mention.start - sentence.start
    before = " ".join(sentence.text[:offset].split()[-1:])
    if before.lower() in {"against", "on", "upon"}:  # "3,400 charges against 1,050 people"
        before = " ".join(re.split(r"\d[\d,.]*", sentence.text[:offset])[-1].split()[-3:])
    rest = sentence.text[mention.end - sentence.start :]
    if count_unit(mention.noun) == "person":  # round 22: "1,874 people who were …"
        rest = _ASIDE_TO_VERB.sub("", rest, count=1)
    rest = _APPOSITIVE.sub("", rest, count=1)  # "Four men, aged 28 to 51, were charged"
    after = _RULED_OUT.split(rest, maxsplit=1)[0]  # round 19: "… instead of being charged"
    around = f"{before}|{after}"  # the verb before it, then the clause after it
    counted = measures.classify(mention.noun, sentence.text, mention.unit, mass, around=around)
    if not counted.known and (
        read := read_before(mention.noun, sentence.text[:offset], sentence.text, mention.unit)
    ):
        counted = read  # round 17: "of which 3 years not found relapse 4,870 people"
    if not counted.known and previous:  # "seized 391,000 plants" after a sentence on cannabis
        counted = measures.with_cue_before(counted, mention.noun, sentence.text, previous, around)
    if (part := sex_part(counted.measure, sentence.text[:offset], rest)) is not None:
        counted = replace(counted, measure=part, known=False)  # round 21: "Men accounted for"
    if mass and counted.measure == "drugs-seized" and not measures.own_drug(mention.noun):
        clause = re.split(r"[,;:(]", sentence.text[:offset])[-1]
        return measures.named_drug(counted, mention.unit, clause, sentence.text, previous)
    if not mass and re.fullmatch(r"[\d.,\s]+|[A-Za-z-]+", mention.quote):
        unit = count_unit(mention.noun) or counted.unit
        clause = sentence.text[:offset]
        return measures.by_clause_after(mention.noun, after, sentence.text, unit, clause) or counted
    return counted


#: Where the clause after a figure ends: a stop, or an act it rules out ("were referred to
#: treatment instead of facing charges"). ``_ALTERNATIVE`` already blanks a ruled-out participle
#: ("rather than being charged") from the whole sentence; this also ends the clause at other forms.
_RULED_OUT = re.compile(r"[,;.]|\b(?:instead\s+of|rather\s+than)\b")
#: A clause set off by commas between a count and its finite verb ("Four men, aged 28 to 51, were
#: charged"; round 19: "318 people, found with small amounts, were referred"): skipped, so the
#: verb after it says what was done to them.
_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:(?:aged|all|both|most|many|some)\b[^,;.]*,"
    r"|[^,;.()]{3,90},(?=\s+(?:were|was|had\s+been|have\s+been|are|is)\s+[a-z]+))"
)

#: Round 22: a longer aside or a relative clause between people counted and their passive verb
#: (", who were found possessing, using or selling …, were apprehended", ", against 1,021 in …,
#: were arrested", "who were suspected of producing … were arrested"): skipped as well.
_ASIDE_TO_VERB = re.compile(
    r"^(?:\s*,\s*(?:who|against|compared\s+with|up\s+from|down\s+from)\b[^;.]{3,160}?,"
    r"|\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+ed\b[^;.]{0,160}?)"
    r"(?=\s+(?:were|was|had\s+been|have\s+been)\s+[a-z]+ed\b)",
    re.I,
)


def unique_id(wanted: str, used: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3`` … when taken; the result is marked as used."""
    slug, number = wanted, 2
    while slug in used:
        slug, number = f"{wanted}-{number}", number + 1
    used.add(slug)
    return slug
