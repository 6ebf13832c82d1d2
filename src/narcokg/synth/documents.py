"""One synthetic report: its plan (who reports what, for which period and region) and its rendering
as a source text plus a fact file in the format of ``graph/facts/*.yaml``. See
:mod:`narcokg.synth.corpus`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from narcokg.model.periods import parse_period
from narcokg.model.regions import region_slug
from narcokg.namespaces import NKID
from narcokg.synth.text import (
    COUNT_UNITS,
    FILLERS,
    MEASURES,
    VERBS,
    Phrase,
    count_phrase,
    lost_point_phrase,
    mass_phrase,
    split_wan_phrase,
)

NATIONAL_OPERATIONS = (
    "Thunder",
    "Hunting",
    "Clean Source",
    "Border Shield",
    "Sky Net",
    "Iron Fist",
)
LOCAL_OPERATIONS = ("Spring Thunder", "Clean Border", "Net Sweep", "Mountain Eagle", "River Guard")
REPORTERS = ("Xiong Feng", "Zeng Fanyi", "Li Wei", "Zhang Min", "Wang Fang", "Chen Jie", "Liu Yang")
#: National true values of a whole year: (low, high); counts in units, masses in tonnes.
YEARLY = {
    "drug-crime-cases-cracked": (30_000, 120_000),
    "suspects-arrested": (45_000, 170_000),
    "drugs-seized": (15, 90),
    "drug-production-materials-seized": (200, 1500),
    "cannabis-plants-seized": (1_000_000, 9_000_000),
    "students-taught-anti-drug-knowledge": (60_000_000, 140_000_000),
}
#: Narrower measures as shares of the broader one: (broader, low share, high share).
NARROWER = {
    "drug-trafficking-cases-cracked": ("drug-crime-cases-cracked", 0.3, 0.5),
    "drug-production-cases-cracked": ("drug-crime-cases-cracked", 0.002, 0.01),
    "major-cross-regional-cases-cracked": ("drug-crime-cases-cracked", 0.003, 0.008),
    "trafficking-arrests": ("suspects-arrested", 0.3, 0.5),
    "methamphetamine-seized": ("drugs-seized", 0.3, 0.6),
    "heroin-seized": ("drugs-seized", 0.05, 0.2),
}
ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


@dataclass(frozen=True)
class Planted:
    """A planted inconsistency: its kind, the measurement it is on and the shapes that catch it."""

    kind: str
    document: str
    measurement: str
    shapes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.document,
            "measurement": self.measurement,
            "shapes": list(self.shapes),
        }


@dataclass
class Operation:
    slug: str
    label: str
    sentence: str
    quote: str
    regions: list[str]
    complete: bool
    organised_by: str | None
    conducted_by: str


@dataclass
class Figure:
    fid: str
    measure: str
    phrase: Phrase
    sentence: str
    quote: str
    region: str
    operation: str | None = None
    repaired: bool = True  # False: a garbled figure recorded as read literally (planted)


@dataclass
class DocumentPlan:
    doc_id: str
    period: str
    region: str
    agency: str
    values: dict[str, Decimal]
    figures: list[Figure] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    upper: dict[str, Decimal] = field(default_factory=dict)  # measure -> stated upper bound
    planted: list[Planted] = field(default_factory=list)
    rng_state: int = 0

    @property
    def national(self) -> bool:
        return self.region == "China"

    def measurement_iri(self, fid: str) -> str:
        return f"{NKID}measurement/{self.doc_id}/{fid}"


def _length(period: str) -> float:
    span = parse_period(period)
    return ((span.end - span.start).days + 1) / 365.25


def _true_values(
    period: str, national: DocumentPlan | None, rng: random.Random
) -> dict[str, Decimal]:
    if national is None:
        scale = _length(period)
        values = {m: Decimal(rng.uniform(lo, hi) * scale) for m, (lo, hi) in YEARLY.items()}
    else:
        values = {
            m: v * Decimal(rng.uniform(0.005, 0.03))
            for m, v in national.values.items()
            if m in YEARLY
        }
    for measure, (broader, lo, hi) in NARROWER.items():
        values[measure] = values[broader] * Decimal(rng.uniform(lo, hi))
    return values


def plan_document(
    index: int,
    period: str,
    region: str,
    national: DocumentPlan | None,
    rng: random.Random,
    pending: list[str],
) -> DocumentPlan:
    """Plan one report; plants the first pending inconsistency the report can carry."""
    slug = region_slug(region)
    doc_id = f"synth-{index:05d}-{slug}-{period.lower()}"
    agency = (
        "ministry-of-public-security" if region == "China" else f"{slug}-public-security-organs"
    )
    plan = DocumentPlan(doc_id, period, region, agency, _true_values(period, national, rng))
    plan.rng_state = rng.randrange(2**32)
    chosen = sorted(rng.sample(sorted(MEASURES), rng.randint(6, 9)))
    for must in ("drug-crime-cases-cracked", "suspects-arrested", "drugs-seized"):
        if must not in chosen:
            chosen.append(must)
    for measure in chosen:
        _add_total(plan, measure, rng, pending)
    from narcokg.synth.operations import (
        add_national_operation,
        add_provincial_operations,
        plant_provincial,
    )

    if plan.national:
        for name in rng.sample(NATIONAL_OPERATIONS, 2):
            add_national_operation(plan, name, rng)
    else:
        assert national is not None
        add_provincial_operations(plan, national, rng, pending)
        plant_provincial(plan, national, pending)
    return plan


def _period_intro(period: str) -> str:
    if "-H" in period:
        return f"In the {'first' if period.endswith('1') else 'second'} half of {period[:4]}"
    if "-Q" in period:
        return f"In the {ORDINALS[period[-1]]} quarter of {period[:4]}"
    if "-" in period:
        return f"In {date(int(period[:4]), int(period[5:]), 1):%B %Y}"
    return f"In {period}"


def _subject(plan: DocumentPlan) -> str:
    return "the public security organs" if plan.national else f"the {plan.region} police"


def _phrase(measure: str, value: Decimal, rng: random.Random) -> Phrase:
    kind, _ = MEASURES[measure]
    if kind == "mass":
        return mass_phrase(value, rng)
    return count_phrase(value, COUNT_UNITS.get(measure, "case"), rng)


def _quote(measure: str, phrase: Phrase) -> str:
    return phrase.text if phrase.repair else f"{phrase.text} {MEASURES[measure][1]}"


def _add_total(plan: DocumentPlan, measure: str, rng: random.Random, pending: list[str]) -> None:
    value = plan.values[measure]
    phrase = _garbled(plan, measure, value, rng) or _phrase(measure, value, rng)
    quote, repaired = _quote(measure, phrase), True
    if plan.national and phrase.repair == "split-wan-decimal" and "naive-split-wan" in pending:
        pending.remove("naive-split-wan")
        phrase, repaired = Phrase(phrase.text, phrase.naive[0], "exact", phrase.unit), False
        plan.planted.append(
            Planted(
                "naive-split-wan",
                plan.doc_id,
                plan.measurement_iri(measure),
                ("UnrepairedGarbleShape", "CrossLevelConsistencyShape"),
            )
        )
    elif (
        not plan.national
        and phrase.repair == "lost-decimal-point"
        and "naive-lost-point" in pending
    ):
        pending.remove("naive-lost-point")
        phrase, repaired = Phrase(phrase.text, phrase.naive[0], "exact", "tonne"), False
        plan.planted.append(
            Planted(
                "naive-lost-point",
                plan.doc_id,
                plan.measurement_iri(measure),
                ("UnrepairedGarbleShape",),
            )
        )
    verb = VERBS[measure]
    if quote == phrase.text:
        sentence = f"{_period_intro(plan.period)}, a total of {quote}."
    else:
        sentence = f"{_period_intro(plan.period)}, {_subject(plan)} {verb} {quote}."
    plan.figures.append(
        Figure(measure, measure, phrase, sentence, quote, plan.region, None, repaired)
    )
    if phrase.qualifier in ("exact", "about") and repaired:
        plan.upper[measure] = _base(phrase)


def _base(phrase: Phrase) -> Decimal:
    """The phrase's number in base units (kilograms for masses)."""
    factor = {"tonne": 1000, "kilogram": 1}.get(phrase.unit, 1)
    return phrase.number * factor


def _garbled(plan: DocumentPlan, measure: str, value: Decimal, rng: random.Random) -> Phrase | None:
    if rng.random() > 0.3:
        return None
    scope = "country" if plan.national else "province"
    noun = MEASURES[measure][1]
    if measure in ("drug-crime-cases-cracked", "suspects-arrested") and value >= 10_000:
        return split_wan_phrase(value, noun, COUNT_UNITS.get(measure, "case"), scope)
    if MEASURES[measure][0] == "mass" and value >= 1:
        return lost_point_phrase(value, noun)
    return None


PROVINCE_NAMES = (
    "Hunan",
    "Hubei",
    "Yunnan",
    "Guangdong",
    "Guangxi",
    "Sichuan",
    "Guizhou",
    "Zhejiang",
    "Fujian",
    "Jiangsu",
    "Henan",
    "Shandong",
)


def render_document(plan: DocumentPlan) -> tuple[str, str]:
    """The report's text and its fact file (YAML)."""
    from narcokg.synth.facts import fact_file_text

    rng = random.Random(plan.rng_state)
    fillers = list(FILLERS)
    rng.shuffle(fillers)
    sentences = [op.sentence for op in plan.operations]
    sentences += [f.sentence for f in plan.figures if f.sentence not in sentences]
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        current.append(fillers.pop() if fillers else "")
        if len(current) >= 5:
            paragraphs.append(" ".join(s for s in current if s))
            current = []
    paragraphs.append(" ".join(s for s in current + fillers if s))
    text = "\n".join(p for p in paragraphs if p)
    published = parse_period(plan.period).end + timedelta(days=rng.randint(5, 45))
    return text, fact_file_text(plan, text, published, rng.sample(REPORTERS, 2))
