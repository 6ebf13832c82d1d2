"""The controlled vocabulary the fact files may use, read from the ontology.

The ontology (``ontology/narcokg.ttl``) is its single source: measures and qualifiers by their
``skos:notation``, units by their ``rdfs:label``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from narcokg.namespaces import NKC, sparql_prologue


@dataclass(frozen=True)
class Measure:
    iri: str
    label: str
    unit_kind: str


@dataclass(frozen=True)
class Vocabulary:
    measures: dict[str, Measure]
    qualifiers: dict[str, str]
    repair_rules: dict[str, str]
    units: dict[str, tuple[str, str]]  # label -> (IRI, unit kind IRI)


def _rows(store: object, query: str) -> list[tuple[str, ...]]:
    results = store.query(sparql_prologue() + query)  # type: ignore[attr-defined]
    return [tuple(term.value for term in row) for row in results]


def load_vocabulary(ontology: Path) -> Vocabulary:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(ontology), format=pyoxigraph.RdfFormat.TURTLE)

    def notations(scheme: str) -> dict[str, str]:
        query = f"SELECT ?n ?c WHERE {{ ?c skos:inScheme <{NKC}{scheme}> ; skos:notation ?n }}"
        return {n: c for n, c in _rows(store, query)}

    measures = {
        n: Measure(c, label, kind)
        for n, c, label, kind in _rows(
            store,
            f"SELECT ?n ?c ?l ?k WHERE {{ ?c skos:inScheme <{NKC}measures> ; skos:notation ?n ;"
            " skos:prefLabel ?l ; nk:unitKind ?k FILTER(LANG(?l) IN ('', 'en')) }",
        )
    }
    units = {
        label: (unit, kind)
        for unit, label, kind in _rows(
            store,
            "SELECT ?u ?l ?k WHERE { VALUES ?k { nk:MassUnit nk:VolumeUnit nk:CountUnit"
            " nk:DimensionlessUnit nk:AreaUnit nk:MoneyUnit }"
            " ?u a ?k ; rdfs:label ?l FILTER(LANG(?l) IN ('', 'en')) }",
        )
    }
    return Vocabulary(measures, notations("qualifiers"), notations("repair-rules"), units)
