"""The learned model's second opinion on each drafted figure's measure.

:func:`second_opinion` runs after the rules have settled a figure's measure. Where the model
reads another measure it adds a review note naming both; where the combination policy chosen on
the calibration split says so (:data:`OVERRIDE_DOUBTFUL`, :data:`OVERRIDE_DISAGREE`) the model's
measure replaces the rules', changing the unit only when the rules' unit cannot express the
model's measure (``nk:unitKind``). Internal.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from narcokg.extract.learned.measure_model import learned_measure

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftMeasurement

#: The model replaces a doubtful reading of the rules (a proposed measure, or one the rules noted)
#: when its probability is at least this; ``None``: never.
OVERRIDE_DOUBTFUL: float | None = None
#: The model replaces any reading of the rules it disagrees with at this probability; ``None``:
#: never.
OVERRIDE_DISAGREE: float | None = None


#: How the model's note begins (the judge tells it from the rules' own measure notes).
NOTE = "measure: the rules read"


def second_opinion(text: str, fact: DraftMeasurement) -> None:
    """Compare the model's measure with the rules' for ``fact`` (of the document ``text``):
    note a disagreement, and take the model's measure where the policy says so."""
    label, p = learned_measure(text, fact)
    fact.learned = (label, p)  # the calibrator reads whether the two agree
    if label is None or label == fact.measure:
        return
    note = f"{NOTE} {fact.measure}, the learned model {label} (p={p:.2f}): which?"
    if _overrides(fact, p) and (unit := _unit_for(label, fact.unit)) is not None:
        fact.measure, fact.unit = label, unit
    fact.review.append(note)


def _overrides(fact: DraftMeasurement, p: float) -> bool:
    from narcokg.model.registry import registry

    doubtful = fact.measure not in registry().measures or rules_doubt(fact.review)
    if OVERRIDE_DOUBTFUL is not None and doubtful and p >= OVERRIDE_DOUBTFUL:
        return True
    return OVERRIDE_DISAGREE is not None and p >= OVERRIDE_DISAGREE


def rules_doubt(review: list[str] | tuple[str, ...]) -> bool:
    """Whether the rules noted a doubt about the measure (the model's own note aside)."""
    return any(n.startswith("measure") and not n.startswith(NOTE) for n in review)


def _unit_for(measure: str, unit: str) -> str | None:
    """The unit a figure keeps when it takes ``measure``: its own unless that unit's kind
    contradicts the measure's, then the measure's count unit (``None``: no unit fits)."""
    from narcokg.model.registry import registry

    entry = registry().measures.get(measure)
    kind = unit_kinds().get(unit)
    if entry is None or kind is None or kind == entry.kind:
        return unit
    return entry.count_unit if entry.kind == "count" else None


@lru_cache(maxsize=1)
def unit_kinds() -> dict[str, str]:
    """Each unit label's kind (mass, volume, count, dimensionless)."""
    from narcokg import paths
    from narcokg.model.vocabulary import load_vocabulary

    units = load_vocabulary(paths.ontology_file()).units
    return {
        label: kind.rsplit("#", 1)[-1].removesuffix("Unit").lower()
        for label, (_, kind) in units.items()
    }
