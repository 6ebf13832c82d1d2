"""``narcokg push``: PUT replaces, chunks add up to the whole graph, blank nodes stay together."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from narcokg.publish.push import fetch_graph, make_chunks, push_triples, read_triples
from narcokg.queries.remote import RemoteEngine, wrap_term
from narcokg.queries.results import SelectResult, Term

from .conftest import GRAPH, Server

NAMED = "https://w3id.org/narcokg/graph/test-push"
EX = "https://example.org/"


def count(server: Server, graph: str) -> int:
    result = RemoteEngine(server.query).run(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    )
    assert isinstance(result, SelectResult)
    cell = result.rows[0][0]
    assert cell is not None
    return int(cell.value)


def as_rdflib(data: bytes) -> Graph:
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def by_value(
    data: bytes | Path, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES
) -> set[tuple[Term, ...]]:
    """The triples (no blank nodes here) with numbers compared by value: stores normalise
    ``"1.0"^^xsd:decimal`` to ``1`` (Oxigraph) or ``1.0``; every other lexical form is exact."""
    quads = (
        ox.parse(data, format=fmt) if isinstance(data, bytes) else ox.parse(path=data, format=fmt)
    )
    return {(wrap_term(q.subject), wrap_term(q.predicate), wrap_term(q.object)) for q in quads}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NARCOKG_STORE_")}
    return subprocess.run([sys.executable, "-m", "narcokg", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL)  # fmt: skip


def test_pushing_twice_leaves_the_same_data(oxigraph: Server) -> None:
    expected = by_value(GRAPH, ox.RdfFormat.TURTLE)
    states = []
    for _ in range(2):
        done = run_cli("push", "--store", oxigraph.store, "--graph", NAMED, "--chunk-size", "300")
        assert done.returncode == 0, done.stderr
        assert f"pushed {len(expected)} triples" in done.stdout
        requests = len(make_chunks(read_triples([GRAPH]), 300))
        assert requests > 1 and f"in {requests} request(s)" in done.stdout
        pulled = fetch_graph(oxigraph.store, NAMED)
        states.append((count(oxigraph, NAMED), pulled))
    assert states[0][0] == states[1][0] == len(expected)
    assert isomorphic(as_rdflib(states[0][1]), as_rdflib(states[1][1]))
    assert by_value(states[1][1]) == expected


def test_put_replaces_what_the_graph_held(oxigraph: Server) -> None:
    graph = NAMED + "-replace"
    stale = ox.Triple(ox.NamedNode(EX + "stale"), ox.NamedNode(EX + "p"), ox.Literal("old"))
    push_triples([stale], oxigraph.store, graph=graph)
    push_triples(read_triples([GRAPH]), oxigraph.store, graph=graph, chunk_size=250)
    assert b"stale" not in fetch_graph(oxigraph.store, graph)
    assert count(oxigraph, graph) == len(read_triples([GRAPH]))


def test_with_ontology_pushes_the_ontology_too(oxigraph: Server) -> None:
    graph = NAMED + "-ontology"
    done = run_cli("push", "--store", oxigraph.store, "--graph", graph, "--with-ontology")
    assert done.returncode == 0, done.stderr
    ontology = by_value(GRAPH.parent.parent / "ontology" / "narcokg.ttl", ox.RdfFormat.TURTLE)
    pushed = by_value(fetch_graph(oxigraph.store, graph))
    assert ontology <= pushed


def test_blank_nodes_stay_in_one_chunk(oxigraph: Server) -> None:
    """An RDF list of 5 items with chunks of 1 triple: the list must arrive in one request."""
    node, blank = ox.NamedNode, [ox.BlankNode() for _ in range(5)]
    first, rest, nil = (node("http://www.w3.org/1999/02/22-rdf-syntax-ns#" + n)
                        for n in ("first", "rest", "nil"))  # fmt: skip
    triples = [ox.Triple(node(EX + "s"), node(EX + "list"), blank[0])]
    for index, item in enumerate(blank):
        triples.append(ox.Triple(item, first, ox.Literal(str(index))))
        triples.append(ox.Triple(item, rest, blank[index + 1] if index < 4 else nil))
    triples += [ox.Triple(node(EX + f"t{i}"), node(EX + "p"), ox.Literal("x")) for i in range(3)]
    chunks = make_chunks(triples, 1)
    assert sorted(len(c) for c in chunks) == [1, 1, 1, 11]
    graph = NAMED + "-blank"
    push_triples(triples, oxigraph.store, graph=graph, chunk_size=1)
    expected = as_rdflib(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    assert isomorphic(as_rdflib(fetch_graph(oxigraph.store, graph)), expected)


def test_a_zero_chunk_size_is_refused() -> None:
    done = run_cli("push", "--store", "http://127.0.0.1:9/store", "--chunk-size", "0")
    assert done.returncode == 2
    assert "chunk size must be at least 1" in done.stderr


@pytest.mark.parametrize("url", ["localhost:7878/store", "ftp://x/store"])
def test_a_store_that_is_not_http_is_refused(url: str) -> None:
    done = run_cli("push", "--store", url)
    assert done.returncode == 2
    assert "--store must be an http(s) URL" in done.stderr


def test_validate_pulls_the_graph_from_the_endpoint(loaded_oxigraph: Server) -> None:
    done = run_cli("validate", "--endpoint", loaded_oxigraph.query)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms" in done.stdout


def test_validate_finds_violations_in_a_named_graph(oxigraph: Server) -> None:
    graph = NAMED + "-broken"
    exact = "http://www.w3.org/ns/oa#exact"
    triples = [t for t in read_triples([GRAPH]) if t.predicate.value != exact]
    push_triples(triples, oxigraph.store, graph=graph)
    done = run_cli("validate", "--endpoint", oxigraph.query, "--graph", graph)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "conforms" not in done.stdout.splitlines()[0]


def test_validate_refuses_a_graph_that_is_not_an_iri(oxigraph: Server) -> None:
    done = run_cli("validate", "--endpoint", oxigraph.query, "--graph", "not an iri")
    assert done.returncode == 2
    assert "absolute IRI" in done.stderr
