"""The same answers from Virtuoso (Debian's ``virtuoso-opensource``), and its cap reported.

Virtuoso queries the union of all its graphs by default, so the graph is pushed into a named
graph and the stored queries, run unchanged, see it. Skipped when Virtuoso is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest

from narcokg.errors import EndpointError
from narcokg.publish.push import push_triples, read_triples
from narcokg.queries.catalogue import StoredQuery
from narcokg.queries.credentials import Credentials
from narcokg.queries.remote import RemoteEngine
from narcokg.queries.results import SelectResult

from .conftest import GRAPH, VIRTUOSO_MAX_ROWS, Server
from .test_parity import CATALOGUE, answer_key, example_text, local_engine

NAMED = "https://w3id.org/narcokg/graph"
DBA = Credentials("digest", "dba", "dba")


@pytest.fixture(scope="module")
def loaded_virtuoso(virtuoso: Server) -> Server:
    push_triples(read_triples([GRAPH]), virtuoso.store, graph=NAMED, chunk_size=500,
                 credentials=DBA)  # fmt: skip
    return virtuoso


def test_push_replaces_and_counts(loaded_virtuoso: Server) -> None:
    env = {**os.environ, "NARCOKG_STORE_USER": "dba", "NARCOKG_STORE_PASSWORD": "dba",
           "NARCOKG_STORE_AUTH": "digest"}  # fmt: skip
    command = [sys.executable, "-m", "narcokg", "push", "--store", loaded_virtuoso.store,
               "--graph", NAMED, "--chunk-size", "700"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    result = RemoteEngine(loaded_virtuoso.query).run(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{NAMED}> {{ ?s ?p ?o }} }}"
    )
    assert isinstance(result, SelectResult)
    assert result.rows[0][0] is not None
    assert int(result.rows[0][0].value) == len(read_triples([GRAPH]))


def test_push_without_credentials_is_refused(virtuoso: Server) -> None:
    with pytest.raises(EndpointError, match="HTTP 401"):
        push_triples(read_triples([GRAPH]), virtuoso.store, graph=NAMED + "/x")


@pytest.mark.parametrize("query", CATALOGUE, ids=lambda q: q.name)
def test_stored_query_answers_the_same_on_virtuoso(
    query: StoredQuery, loaded_virtuoso: Server
) -> None:
    text = example_text(query)
    remote = RemoteEngine(loaded_virtuoso.query).run(text)
    assert answer_key(remote) == answer_key(local_engine().run(text))


def test_virtuoso_cap_is_reported(loaded_virtuoso: Server) -> None:
    """A real X-SPARQL-MaxRows: more rows than ResultSetMaxRows, asked without a LIMIT."""
    query = f"SELECT * WHERE {{ GRAPH <{NAMED}> {{ ?a ?b ?c . ?d ?e ?f }} }}"
    with pytest.raises(EndpointError, match=f"capped the answer at {VIRTUOSO_MAX_ROWS} rows"):
        RemoteEngine(loaded_virtuoso.query).run(query)


def test_under_the_cap_is_accepted(loaded_virtuoso: Server) -> None:
    query = f"SELECT * WHERE {{ GRAPH <{NAMED}> {{ ?s ?p ?o }} }} LIMIT {VIRTUOSO_MAX_ROWS - 1}"
    result = RemoteEngine(loaded_virtuoso.query).run(query)
    assert isinstance(result, SelectResult)
    assert len(result.rows) == min(VIRTUOSO_MAX_ROWS - 1, len(read_triples([GRAPH])))
    assert Counter(len(row) for row in result.rows) == Counter({3: len(result.rows)})
