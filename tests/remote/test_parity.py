"""Every stored query gives the same answer embedded and on a real Oxigraph server.

Parametrised over the catalogue, so a new ``queries/*.rq`` file is covered without editing this
file. Rows are compared as multisets of :class:`narcokg.queries.results.Term` tuples (an engine may
order rows differently where a query has no ORDER BY); the variables must match in order.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest

from narcokg.paths import queries_dir
from narcokg.queries.catalogue import StoredQuery, load_catalogue, render_query
from narcokg.queries.engines import LocalEngine
from narcokg.queries.remote import RemoteEngine
from narcokg.queries.results import AskResult, GraphResult, QueryResult, SelectResult

from .conftest import GRAPH, Server

CATALOGUE = list(load_catalogue(queries_dir()))


@cache
def local_engine() -> LocalEngine:
    return LocalEngine([GRAPH])


def example_text(query: StoredQuery) -> str:
    """The query rendered with the example value of each parameter (as in its expected answer)."""
    return render_query(query, {param.name: param.example for param in query.params})


def answer_key(result: QueryResult) -> object:
    if isinstance(result, SelectResult):
        return result.variables, Counter(result.rows)
    if isinstance(result, AskResult):
        return result.value
    assert isinstance(result, GraphResult)
    return Counter(result.triples)


def has_answer(result: QueryResult) -> bool:
    if isinstance(result, SelectResult):
        return bool(result.rows)
    return result.value if isinstance(result, AskResult) else bool(result.triples)


def test_the_catalogue_is_not_empty() -> None:
    assert len(CATALOGUE) >= 8


@pytest.mark.parametrize("query", CATALOGUE, ids=lambda q: q.name)
def test_stored_query_answers_the_same_remotely(
    query: StoredQuery, loaded_oxigraph: Server
) -> None:
    text = example_text(query)
    local = local_engine().run(text)
    remote = RemoteEngine(loaded_oxigraph.query).run(text)
    assert answer_key(remote) == answer_key(local)


def test_the_comparison_is_not_void() -> None:
    """Most stored queries answer something on the shipped graph (some compare documents, and
    the shipped graph has one), so the comparisons above compare real rows."""
    answered = [q.name for q in CATALOGUE if has_answer(local_engine().run(example_text(q)))]
    assert len(answered) >= 8, answered


@pytest.mark.parametrize("fmt", ["csv", "json", "tsv", "table"])
def test_cli_output_is_identical_remotely(fmt: str, loaded_oxigraph: Server) -> None:
    """The same command, with and without --endpoint, prints the same bytes (ordered query)."""
    command = [sys.executable, "-m", "narcokg", "query", "measurements", "--format", fmt]
    env = {**os.environ, "NARCOKG_STORE_USER": "", "NARCOKG_STORE_TOKEN": ""}
    local = subprocess.run(command, capture_output=True, check=True, env=env)
    remote = subprocess.run([*command, "--endpoint", loaded_oxigraph.query],
                            capture_output=True, check=True, env=env)  # fmt: skip
    assert remote.stdout == local.stdout
    assert len(local.stdout.splitlines()) > 14


def test_parameters_are_checked_before_any_request(loaded_oxigraph: Server) -> None:
    command = [sys.executable, "-m", "narcokg", "query", "operations-in-region",
               "--endpoint", loaded_oxigraph.query]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 2
    assert "region" in done.stderr
