"""One synthetic report: its plan (who reports what, for which period and region) and its rendering
as a source text plus a fact file in the format of ``graph/facts/*.yaml``. See
:mod:`narcokg.synth.corpus`.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from narcokg.model.periods import parse_period
from narcokg.model.regions import region_slug
from narcokg.synth.facts import fact_file_text
from narcokg.synth.operations import (
    add_national_operation,
    add_provincial_operations,
    plant_provincial,
)
from narcokg.synth.plan import (
    NATIONAL_OPERATIONS,
    DocumentPlan,
    Figure,
    Planted,
    period_intro,
    phrase_for,
    quote_for,
    subject,
)
from narcokg.synth.text import (
    COUNT_UNITS,
    FILLERS,
    MEASURES,
    VERBS,
    Phrase,
    lost_point_phrase,
    split_wan_phrase,
)

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
    if plan.national:
        for name in rng.sample(NATIONAL_OPERATIONS, 2):
            add_national_operation(plan, name, rng)
    else:
        assert national is not None
        add_provincial_operations(plan, national, rng, pending)
        plant_provincial(plan, national, pending)
    return plan


def _add_total(plan: DocumentPlan, measure: str, rng: random.Random, pending: list[str]) -> None:
    value = plan.values[measure]
    phrase = _garbled(plan, measure, value, rng) or phrase_for(measure, value, rng)
    quote, repaired = quote_for(measure, phrase), True
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
        sentence = f"{period_intro(plan.period)}, a total of {quote}."
    else:
        sentence = f"{period_intro(plan.period)}, {subject(plan)} {verb} {quote}."
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


def render_document(plan: DocumentPlan) -> tuple[str, str]:
    """The report's text and its fact file (YAML)."""
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


__all__ = ["DocumentPlan", "Planted", "plan_document", "render_document"]
