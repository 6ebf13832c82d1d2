"""Operations of synthetic reports, their figures, and the planted inconsistencies of provincial
reports. See :mod:`narcokg.synth.corpus`.
"""

from __future__ import annotations

import random
from decimal import Decimal

from narcokg.model.regions import region_slug
from narcokg.synth.plan import (
    LOCAL_OPERATIONS,
    PROVINCE_NAMES,
    DocumentPlan,
    Figure,
    Operation,
    Planted,
    period_intro,
    phrase_for,
    quote_for,
    subject,
)
from narcokg.synth.text import MEASURES, VERBS, Phrase


def add_national_operation(plan: DocumentPlan, name: str, rng: random.Random) -> None:
    period_slug = plan.period.lower()
    label = f'"{name} {plan.period}" operation'
    named = rng.sample(sorted(PROVINCE_NAMES), 2)
    count = rng.randint(5, 20)
    quote = f'to carry out the "{name} {plan.period}" operation'
    sentence = (
        f"The Ministry of Public Security organized {count} key provinces, including "
        f"{named[0]} and {named[1]}, {quote}."
    )
    op = Operation(
        f"{region_slug(name)}-{period_slug}",
        label,
        sentence,
        quote,
        named,
        False,
        "ministry-of-public-security",
        "public-security-organs",
    )
    plan.operations.append(op)
    provinces = Phrase(f"{count}", Decimal(count), "exact", "province")
    plan.figures.append(
        Figure(
            f"{op.slug}-provinces",
            "provinces-participating",
            provinces,
            sentence,
            f"{count} key provinces",
            "China",
            op.slug,
        )
    )
    for measure in rng.sample(
        ["drug-crime-cases-cracked", "suspects-arrested", "drugs-seized", "methamphetamine-seized"],
        2,
    ):
        share = Decimal(rng.uniform(0.05, 0.3))
        _add_operation_figure(plan, op, measure, plan.values[measure] * share, rng)


def _add_operation_figure(
    plan: DocumentPlan,
    op: Operation,
    measure: str,
    value: Decimal,
    rng: random.Random,
    *,
    exact: bool = False,
) -> Figure:
    phrase = phrase_for(measure, value, rng)
    if exact:
        phrase = Phrase(f"{int(value):,}", Decimal(int(value)), "exact", phrase.unit)
    quote = quote_for(measure, phrase)
    sentence = f"In the {op.label}, {subject(plan)} {VERBS[measure]} {quote}."
    figure = Figure(f"{op.slug}-{measure}", measure, phrase, sentence, quote, plan.region, op.slug)
    plan.figures.append(figure)
    return figure


def add_provincial_operations(
    plan: DocumentPlan, national: DocumentPlan, rng: random.Random, pending: list[str]
) -> None:
    if national.operations and rng.random() < 0.6:
        shared = national.operations[0]
        quote = f"took part in the national {shared.label.replace(' operation', '')} operation"
        sentence = f"The {plan.region} public security organs {quote}."
        op = Operation(
            shared.slug,
            shared.label,
            sentence,
            quote,
            [plan.region],
            False,
            "ministry-of-public-security",
            plan.agency,
        )
        plan.operations.append(op)
        _add_operation_figure(
            plan,
            op,
            "drug-crime-cases-cracked",
            plan.values["drug-crime-cases-cracked"] * Decimal(rng.uniform(0.1, 0.5)),
            rng,
        )
    kind = rng.choice(LOCAL_OPERATIONS)
    quote = f'launched the "{plan.region} {kind}" campaign'
    local = Operation(
        f"{region_slug(plan.region)}-{region_slug(kind)}-{plan.period.lower()}",
        f'"{plan.region} {kind}" campaign',
        f"The {plan.region} police {quote}.",
        quote,
        [plan.region],
        True,
        None,
        plan.agency,
    )
    plan.operations.append(local)
    for measure in rng.sample(["suspects-arrested", "drugs-seized", "heroin-seized"], 2):
        share = Decimal(rng.uniform(0.1, 0.5))
        _add_operation_figure(plan, local, measure, plan.values[measure] * share, rng)


def plant_provincial(plan: DocumentPlan, national: DocumentPlan, pending: list[str]) -> None:
    rng = random.Random(plan.rng_state)
    local = plan.operations[-1]
    counts = [m for m in sorted(national.upper) if MEASURES[m][0] == "count"]
    if "province-exceeds-national" in pending and counts:
        pending.remove("province-exceeds-national")
        op = Operation(local.slug, local.label, local.sentence, local.quote, [], True, None, "")
        figure = _add_operation_figure(
            plan, op, counts[0], national.upper[counts[0]] * 3, rng, exact=True
        )
        figure.operation, figure.fid = None, f"{counts[0]}-total"
        figure.sentence = figure.sentence.replace(
            f"In the {local.label}", period_intro(plan.period)
        )
        plan.planted.append(
            Planted(
                "province-exceeds-national",
                plan.doc_id,
                plan.measurement_iri(figure.fid),
                ("CrossLevelConsistencyShape",),
            )
        )
    elif "operation-exceeds-total" in pending and "suspects-arrested" in plan.upper:
        pending.remove("operation-exceeds-total")
        figure = _add_operation_figure(
            plan, local, "trafficking-arrests", plan.upper["suspects-arrested"] * 2, rng, exact=True
        )
        figure.fid = "trafficking-arrests-in-operation"
        plan.planted.append(
            Planted(
                "operation-exceeds-total",
                plan.doc_id,
                plan.measurement_iri(figure.fid),
                ("CrossLevelConsistencyShape",),
            )
        )
    elif "unit-misfit" in pending:
        pending.remove("unit-misfit")
        figure = _add_operation_figure(
            plan, local, "trafficking-arrests", Decimal(37), rng, exact=True
        )
        figure.fid = "trafficking-arrests-in-kilograms"
        figure.phrase = Phrase(figure.phrase.text, figure.phrase.number, "exact", "kilogram")
        plan.planted.append(
            Planted(
                "unit-misfit",
                plan.doc_id,
                plan.measurement_iri(figure.fid),
                ("UnitFitsMeasureShape",),
            )
        )
