"""End-to-end scoring of a draft against its answer key, field by field, for any language.

A drafted figure is *right* when its span is exactly the key's and its measure, number, bound
slot (qualifier), unit, period and region all equal the key's; precision, recall and F1 count
right figures. ``spans`` is the share of key figures whose exact span was drafted at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from narcokg.extract.drafts import Draft
from narcokg.model.facts import FactFile
from narcokg.model.spans import find_quote

FIELDS = ("measure", "number", "qualifier", "unit", "period", "region")


@dataclass(frozen=True)
class FieldScore:
    document: str
    drafted: int
    expected: int
    right: int
    spans_exact: int
    wrong: tuple[str, ...] = ()

    @property
    def f1(self) -> float:
        total = self.drafted + self.expected
        return 2 * self.right / total if total else 1.0


def score_fields(draft: Draft, key: FactFile) -> FieldScore:
    """Compare every field of the drafted figures with the key's."""
    drafted = {(m.mention.start, m.mention.end): m for m in draft.measurements}
    right = spans = 0
    wrong: list[str] = []
    for fact in key.measurements:
        span = find_quote(draft.text, fact.quote, within=fact.within)
        found = drafted.get((span.start, span.end))
        if found is None:
            wrong.append(f"{fact.id}: no figure drafted at {fact.quote!r}")
            continue
        spans += 1
        got = (found.measure, found.mention.number, found.mention.qualifier, found.unit,
               found.period, found.regions)  # fmt: skip
        want = (fact.measure, fact.number, fact.qualifier, fact.unit, fact.period, fact.regions)
        if got == want:
            right += 1
        else:
            diff = [f"{n}={g!r}≠{w!r}" for n, g, w in zip(FIELDS, got, want, strict=True) if g != w]
            wrong.append(f"{fact.id}: " + ", ".join(diff))
    return FieldScore(key.document.id, len(drafted), len(key.measurements), right, spans,
                      tuple(wrong))  # fmt: skip


def total_fields(scores: list[FieldScore]) -> FieldScore:
    return FieldScore(
        "overall",
        sum(s.drafted for s in scores),
        sum(s.expected for s in scores),
        sum(s.right for s in scores),
        sum(s.spans_exact for s in scores),
    )
