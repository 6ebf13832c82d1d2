"""The result cache: bounded, keyed by the graph the workers hold, never stale.

The pool tests run real worker processes on a small Turtle file in a temporary folder; the last
test asks a running ``narcokg serve`` twice over HTTP.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from narcokg.server.cache import ResultCache
from narcokg.server.pool import WorkerPool
from narcokg.server.worker import Answer, Job, WorkerError
from tests.server.conftest import Server

VALUE = "SELECT ?v WHERE { <urn:x:thing> <urn:x:value> ?v }"
#: Four copies of every triple joined: far past a one-second limit on a 150-triple graph.
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _graph(path: Path, value: int) -> None:
    """A graph whose one interesting triple carries ``value``, and 150 others to join."""
    lines = [f'<urn:x:thing> <urn:x:value> "{value}" .']
    lines += [f'<urn:x:n{i}> <urn:x:p> "{i}" .' for i in range(150)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _value(answer: Answer) -> str:
    bindings = json.loads(answer.body)["results"]["bindings"]
    return str(bindings[0]["v"]["value"])


def _answer(body: bytes) -> Answer:
    return Answer(body, "json", "SELECT", 1)


def test_cache_stays_within_its_bound_and_drops_the_least_recently_used() -> None:
    cache = ResultCache[Answer](10_000)
    keys = [("graph", f"SELECT {i}", "json", 10) for i in range(40)]
    for key in keys[:3]:
        cache.put(key, _answer(b"x" * 900))
    assert cache.get(keys[0]) is not None  # now the most recently used
    for key in keys[3:]:
        cache.put(key, _answer(b"y" * 900))
        assert cache.size <= cache.limit
    assert len(cache) < 40
    assert cache.get(keys[1]) is None and cache.get(keys[2]) is None
    assert cache.get(keys[-1]) is not None
    cache.put(("graph", "big", "json", 10), _answer(b"z" * 2_000))  # over an eighth of the bound
    assert cache.get(("graph", "big", "json", 10)) is None


def test_cache_keys_tell_graphs_formats_and_limits_apart() -> None:
    cache = ResultCache[Answer](1 << 20)
    cache.put(("a", VALUE, "json", 10), _answer(b"one"))
    for other in (("b", VALUE, "json", 10), ("a", VALUE, "csv", 10), ("a", VALUE, "json", 11)):
        assert cache.get(other) is None
    hit = cache.get(("a", VALUE, "json", 10))
    assert hit is not None and hit.body == b"one"


async def _twice(pool: WorkerPool, text: str) -> tuple[Answer, Answer]:
    return await pool.run(Job(text, "json", 100)), await pool.run(Job(text, "json", 100))


def test_a_rebuilt_graph_is_never_answered_from_the_old_graphs_cache(tmp_path: Path) -> None:
    graph = tmp_path / "narcokg.ttl"
    _graph(graph, 1)
    pool = WorkerPool(graph, 1, timeout=1.0, queue_timeout=60, cache=ResultCache(1 << 20))

    async def scenario() -> None:
        first, again = await _twice(pool, VALUE)
        assert (_value(first), first.cached) == ("1", False)
        assert (_value(again), again.cached, again.body) == ("1", True, first.body)
        _graph(graph, 2)  # rebuilt while the server runs: the worker still holds graph 1
        with pytest.raises(WorkerError) as stopped:
            await pool.run(Job(CARTESIAN, "json", 100))
        assert stopped.value.kind == "timeout"  # the worker is replaced: it loads graph 2
        fresh = [await pool.run(Job(VALUE, "json", 100)) for _ in range(3)]
        assert [_value(answer) for answer in fresh] == ["2", "2", "2"]
        # nothing is kept while the worker restarts; once it is back, the new graph's answer is
        assert not fresh[0].cached and fresh[-1].cached

    try:
        asyncio.run(scenario())
    finally:
        pool.close()


def test_workers_holding_different_graphs_answer_without_the_cache(tmp_path: Path) -> None:
    graph = tmp_path / "narcokg.ttl"
    _graph(graph, 1)
    pool = WorkerPool(graph, 2, timeout=1.0, queue_timeout=60, cache=ResultCache(1 << 20))
    try:
        _graph(graph, 2)
        restarted = pool._workers[0]  # as after a timeout: a fresh process on the new file
        restarted.kill()
        restarted.start()
        assert len({worker.identity for worker in pool._workers}) == 2
        first, again = asyncio.run(_twice(pool, VALUE))
        assert not first.cached and not again.cached
        assert pool.cache is not None and len(pool.cache) == 0
    finally:
        pool.close()


def test_errors_are_not_cached(tmp_path: Path) -> None:
    graph = tmp_path / "narcokg.ttl"
    _graph(graph, 1)
    pool = WorkerPool(graph, 1, timeout=5.0, queue_timeout=60, cache=ResultCache(1 << 20))

    async def scenario() -> None:
        for _ in range(2):
            with pytest.raises(WorkerError) as failed:
                await pool.run(Job("SELECT ?x WHERE { ?x <urn:x:p> }", "json", 100))
            assert failed.value.kind == "syntax"
        with pytest.raises(WorkerError) as too_large:
            await pool.run(Job("SELECT ?s WHERE { ?s ?p ?o }", "json", 10))
        assert too_large.value.kind == "too-large"

    try:
        asyncio.run(scenario())
        assert pool.cache is not None and len(pool.cache) == 0
    finally:
        pool.close()


def test_a_repeated_query_over_http_is_a_hit_with_the_same_bytes(server: Server) -> None:
    path = "/queries/operations-in-region?region=Hunan"
    first = server.get(path, headers={"Accept": "text/csv"})
    again = server.get(path, headers={"Accept": "text/csv"})
    assert first.status_code == again.status_code == 200
    assert again.headers["x-narcokg-cache"] == "hit"
    assert again.content == first.content and again.headers["x-narcokg-count"] != "0"
    other = server.get(path, headers={"Accept": "application/sparql-results+json"})
    assert other.headers["content-type"].startswith("application/sparql-results+json")
    assert isinstance(httpx.Response(200, content=other.content).json(), dict)
