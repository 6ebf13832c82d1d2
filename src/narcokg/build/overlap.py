"""Which ids of a new report other documents already use: shared ids become one entity in the
graph (an operation of two reports is one operation), so ``narcokg add`` names them and a merge
is a decision, not an accident.

Measurement ids are not compared: their IRIs include the document id, so they never merge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from narcokg.model.facts import FactFile


@dataclass(frozen=True)
class SharedId:
    """An id of the new report (``kind`` operation or agency) that ``files`` also use."""

    kind: str
    slug: str
    files: tuple[str, ...]

    def to_text(self) -> str:
        shown = ", ".join(self.files[:3]) + (
            f" and {len(self.files) - 3} more" if len(self.files) > 3 else ""
        )
        return (
            f"warning: {self.kind} {self.slug!r} is also used by {shown}: the graph will hold one "
            f"{self.kind} for both; rename it in the new fact file if they differ"
        )


#: What the comparison needs of a document: its fact file's name, its operation and agency ids.
Ids = tuple[str, frozenset[str], frozenset[str]]


def ids_of(facts: FactFile) -> Ids:
    return (
        facts.path.name,
        frozenset(op.slug for op in facts.operations),
        frozenset(agency.slug for agency in facts.agencies),
    )


def shared_ids(new: FactFile, others: Iterable[FactFile]) -> list[SharedId]:
    """The new report's operation and agency ids that ``others`` use too, in a stable order."""
    return shared_ids_among(new, (ids_of(facts) for facts in others))


def shared_ids_among(new: FactFile, others: Iterable[Ids]) -> list[SharedId]:
    """:func:`shared_ids` with the others' ids only (from an incremental build's summaries)."""
    name, operations, agencies = ids_of(new)
    mine = {("operation", slug) for slug in operations} | {("agency", slug) for slug in agencies}
    users: dict[tuple[str, str], list[str]] = {key: [] for key in mine}
    for other, their_operations, their_agencies in others:
        if other == name:
            continue
        theirs = {("operation", slug) for slug in their_operations}
        theirs |= {("agency", slug) for slug in their_agencies}
        for key in mine & theirs:
            users[key].append(other)
    return [
        SharedId(kind, slug, tuple(sorted(files)))
        for (kind, slug), files in sorted(users.items())
        if files
    ]
