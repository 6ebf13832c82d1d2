"""Round 27: a bare number counts its sibling's narrower measure.

"740 arrests for drug trafficking, up from 655 the year before", "900 arrests for drug
dealing, against 812 a year earlier": a bare number that borrowed its sibling's
noun ("arrests") is read by that noun alone as the broader concept (`suspects-arrested`), while
the sibling's own words made it a narrower one (`trafficking-arrests`). What the bare number
counts is what its sibling counts, so it takes the narrower concept (`skos:broader` in the
registry), never a wider or an unrelated one. The base of a comparison right after its sibling
("responded to 87 overdoses in 2025, down from 95") counts what the sibling counts, a proposal
too. The sibling comes first (a part after its whole, "of whom 120 …", is no sibling), and a
part "of them" is left alone (which whole it is a part of is open).
"""

from __future__ import annotations

import re
from functools import lru_cache

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.suspects import PART_NOTE

_BORROWED = re.compile(r"^measure: a bare number; what it counts taken from '(.*)'$")
#: Only a comparison stands between the sibling and the bare base: "…, down from", "against".
_COMPARED = re.compile(
    r"^[^,;:.]*?,?\s*(?:(?:up|down)\s+from|against|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.I
)
_PART = re.compile(r"\s+of\s+(?:them|these|those|the|which|whom)\b", re.I)
_QUERY = """
SELECT ?narrow ?broad WHERE {
  ?c skos:notation ?narrow ; skos:broader/skos:notation ?broad .
}
"""


@lru_cache(maxsize=1)
def broader_of() -> dict[str, str]:
    """Each registry measure's broader measure (its notation), from the ontology."""
    import pyoxigraph

    from narcokg import paths
    from narcokg.namespaces import sparql_prologue

    store = pyoxigraph.Store()
    store.load(path=str(paths.ontology_file()), format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(sparql_prologue() + _QUERY)
    return {str(row["narrow"].value): str(row["broad"].value) for row in rows}  # type: ignore[union-attr]


def narrower(measure: str, than: str) -> bool:
    """Is ``measure`` a narrower concept of ``than`` (through any chain of ``skos:broader``)?"""
    parents = broader_of()
    seen: set[str] = set()
    while measure in parents and measure not in seen:
        seen.add(measure)
        measure = parents[measure]
        if measure == than:
            return True
    return False


def _base_of(sibling: DraftMeasurement, fact: DraftMeasurement, text: str) -> bool:
    """Is ``fact`` the base a comparison right after ``sibling`` names?"""
    if fact.mention.unit is not None or fact.mention.start < sibling.mention.end:
        return False  # a mass or a rate of its own unit ("9 pounds") keeps its own reading
    return bool(_COMPARED.match(text[sibling.mention.end : fact.mention.start]))


def narrower_sibling_measures(text: str, found: list[DraftMeasurement]) -> None:
    """A bare number takes the narrower measure of the sibling whose noun it borrowed, or the
    measure of the sibling it is the compared base of."""
    from narcokg.model.registry import registry

    known = registry().measures
    for fact in found:
        if fact.change_of or any(n.startswith(PART_NOTE) for n in fact.review):
            continue  # a part named by its group's act is not its group (round 18)
        source = next((m for n in fact.review if (m := _BORROWED.match(n))), None)
        if source is None or _PART.match(text, fact.mention.end):
            continue  # "made up 212 of them": which whole is open
        sibling = next(
            (
                other
                for other in found
                if other.mention.sentence == fact.mention.sentence
                and other.mention.end <= fact.mention.start  # a part after its whole is no base
                and other.mention.noun == source[1]
                and (
                    (other.unit == fact.unit and narrower(other.measure, fact.measure))
                    or (other.measure not in known and _base_of(other, fact, text))
                )
            ),
            None,
        )
        if sibling is not None:
            fact.measure, fact.unit = sibling.measure, sibling.unit
            fact.review = [n for n in fact.review if not n.startswith("measure ")]
            fact.review.append(f"measure: the same as {sibling.id!r}, whose noun it borrowed")
