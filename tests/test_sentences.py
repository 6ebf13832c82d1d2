"""Both validation engines show the same sentence for a result's entity: one rule, two graphs."""

from __future__ import annotations

import pyoxigraph as ox
import rdflib

from narcokg import paths
from narcokg.namespaces import NK, OA
from narcokg.validation.sentences import GraphTriples, StoreTriples, sentence_of


def _both() -> tuple[StoreTriples, GraphTriples]:
    store = ox.Store()
    store.load(path=str(paths.graph_file()), format=ox.RdfFormat.TURTLE)
    graph = rdflib.Graph().parse(str(paths.graph_file()), format="turtle")
    return StoreTriples(store), GraphTriples(graph)


def test_every_node_has_the_same_sentence_in_both_engines() -> None:
    store, graph = _both()
    nodes = {t.value for q in store.store for t in (q.subject, q.object)
             if isinstance(t, ox.NamedNode)}  # fmt: skip
    found = {}
    for iri in sorted(nodes):
        found[iri] = sentence_of(store, ox.NamedNode(iri))
        assert sentence_of(graph, rdflib.URIRef(iri)) == found[iri], iri
    # The three ways to a sentence each occur: a measurement's, a repair's, a span's own text.
    repairs = {str(o) for o in graph.graph.objects(None, rdflib.URIRef(NK + "repair"))}
    spans = {str(s) for s in graph.graph.subjects(rdflib.URIRef(OA + "exact"), None)}
    measured = {str(s) for s in graph.graph.subjects(rdflib.URIRef(NK + "sentenceSpan"), None)}
    assert all(found[r] for r in repairs) and repairs
    assert all(found[s] for s in spans) and spans
    assert all(found[m] for m in measured) and measured
    assert found[NK + "Measurement"] is None


def test_a_repair_shows_the_sentence_of_the_measurement_it_repairs() -> None:
    store, graph = _both()
    rows = store.store.query(
        f"SELECT ?repair ?text WHERE {{ ?m <{NK}repair> ?repair ; <{NK}sentenceSpan> ?s . "
        f"?s <{OA}exact> ?text }}"
    )
    assert isinstance(rows, ox.QuerySolutions)
    pairs = [(row["repair"], row["text"].value) for row in rows]
    assert pairs
    for repair, text in pairs:
        assert sentence_of(store, repair) == text
        assert sentence_of(graph, rdflib.URIRef(repair.value)) == text


def test_a_literal_has_no_sentence() -> None:
    store, graph = _both()
    assert sentence_of(store, ox.Literal("China")) is None
    assert sentence_of(graph, rdflib.Literal("China")) is None
