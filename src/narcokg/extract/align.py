"""Propose which figure of an original each figure of its translation renders, for review.

Figures are paired by measure first; among the original's figures of that measure the one with the
same value and qualifier wins (mass compared in kilograms), then the one at the nearest position in
text order. Every proposal says why, so the reviewer can accept it as ``renders:`` or fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from narcokg.model.facts import FactFile, MeasurementFact

_KILOGRAMS = {"tonne": Decimal(1000), "kilogram": Decimal(1), "gram": Decimal("0.001"),
              "pound": Decimal("0.45359237"), "milligram": Decimal("0.000001")}  # fmt: skip


@dataclass(frozen=True)
class Alignment:
    translation: str
    original: str | None
    reason: str


def _amount(fact: MeasurementFact) -> tuple[Decimal, str]:
    factor = _KILOGRAMS.get(fact.unit)
    return (fact.number * factor, "kilogram") if factor else (fact.number, fact.unit)


def propose_alignments(translation: FactFile, original: FactFile) -> list[Alignment]:
    """One proposal per figure of the translation, in its order; each original figure is used
    at most once."""
    originals = list(original.measurements)
    position = {m.id: i for i, m in enumerate(originals)}
    taken: set[str] = set()
    result = []
    for index, fact in enumerate(translation.measurements):
        same_measure = [m for m in originals if m.measure == fact.measure and m.id not in taken]
        if not same_measure:
            result.append(Alignment(fact.id, None, f"no figure of {fact.measure!r} left"))
            continue

        def rank(
            m: MeasurementFact, fact: MeasurementFact = fact, index: int = index
        ) -> tuple[int, int]:
            same = (_amount(m), m.qualifier) == (_amount(fact), fact.qualifier)
            return (0 if same else 1, abs(position[m.id] - index))

        best = min(same_measure, key=rank)
        taken.add(best.id)
        agrees = rank(best)[0] == 0
        reason = "same measure, value and qualifier" if agrees else (
            "same measure, nearest in order; VALUES DIFFER: a garble or a wrong pair"
        )  # fmt: skip
        result.append(Alignment(fact.id, best.id, reason))
    return result


def alignment_yaml(alignments: list[Alignment]) -> str:
    """The proposals as ``renders:`` lines to paste into the translation's fact file."""
    lines = [
        "# Proposed alignments (narcokg align): check each, then copy `renders` into the facts."
    ]
    for a in alignments:
        target = a.original if a.original else "null"
        lines.append(f"{a.translation}:\n  renders: {target}  # {a.reason}")
    return "\n".join(lines) + "\n"
