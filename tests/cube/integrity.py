"""Run the W3C RDF Data Cube integrity constraints (ic-*.rq) on a graph, after normalisation."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
IC_FILES = sorted(HERE.glob("ic-*.rq"))
PLACEHOLDER = "<urn:narcokg:parent-child-property>"
QB = "http://purl.org/linked-data/cube#"
OWL_INVERSE = "http://www.w3.org/2002/07/owl#inverseOf"


def normalised_store(triples: list[ox.Triple]) -> ox.Store:
    """A store holding a copy of the triples, normalised by the spec's two update phases."""
    store = ox.Store()
    store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
    for phase in ("normalize-1.ru", "normalize-2.ru"):
        store.update((HERE / phase).read_text(encoding="utf-8"))
    return store


def _parent_child_properties(store: ox.Store, inverse: bool) -> list[str]:
    """Each parent-child property of a hierarchical code list, to instantiate IC-20 / IC-21."""
    if inverse:
        query = (
            f"SELECT DISTINCT ?p WHERE {{ ?l <{QB}parentChildProperty> [ <{OWL_INVERSE}> ?p ] }}"
        )
    else:
        query = (
            f"SELECT DISTINCT ?p WHERE {{ ?l <{QB}parentChildProperty> ?p . FILTER(isIRI(?p)) }}"
        )
    return [f"<{row['p'].value}>" for row in store.query(query)]  # type: ignore[union-attr]


def violated(store: ox.Store, ic_file: Path) -> bool:
    """Whether the normalised graph violates the constraint of ``ic_file``."""
    text = ic_file.read_text(encoding="utf-8")
    if PLACEHOLDER not in text:
        return bool(store.query(text))
    properties = _parent_child_properties(store, inverse=ic_file.name == "ic-21.rq")
    return any(bool(store.query(text.replace(PLACEHOLDER, p))) for p in properties)
