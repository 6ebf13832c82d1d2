"""The worker pool under concurrency: jobs written behind a running one are answered in order,
a timeout kills only the job that ran past it, and a job behind a long query moves to the next
free worker. Real worker processes on a small graph; the last test asks a server over HTTP."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from narcokg.server.pool import WorkerPool
from narcokg.server.worker import Answer, Job, WorkerError
from tests.server.conftest import Server, start_server, stop_server

#: Far past a one-second limit on a 150-triple graph (four copies of every triple joined).
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _numbered(i: int) -> str:
    return f"SELECT ?n WHERE {{ <urn:x:n{i}> <urn:x:p> ?n }}"


def _value(answer: Answer) -> str:
    return str(json.loads(answer.body)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "narcokg.ttl"
    path.write_text("".join(f'<urn:x:n{i}> <urn:x:p> "{i}" .\n' for i in range(150)))
    return path


async def _warm(pool: WorkerPool) -> None:
    """Short jobs first: pipelining starts once the recent jobs were short."""
    for i in range(30):
        assert _value(await pool.run(Job(_numbered(i), "json", 10))) == str(i)


def _run(pool: WorkerPool, scenario: asyncio.Future[None] | object) -> None:
    try:
        asyncio.run(scenario)  # type: ignore[arg-type]
    finally:
        pool.close()


def test_nothing_is_queued_behind_a_job_before_short_answers_are_seen(graph: Path) -> None:
    pool = WorkerPool(graph, 1, timeout=10.0, queue_timeout=60)

    async def scenario() -> None:
        answers = await asyncio.gather(*(pool.run(Job(_numbered(i), "json", 10)) for i in range(4)))
        assert [_value(answer) for answer in answers] == ["0", "1", "2", "3"]
        assert pool.pipelined == 0

    _run(pool, scenario())


def test_many_concurrent_jobs_each_get_their_own_answer(graph: Path) -> None:
    pool = WorkerPool(graph, 2, timeout=10.0, queue_timeout=60)

    async def scenario() -> None:
        await _warm(pool)
        for _ in range(5):
            jobs = [pool.run(Job(_numbered(i), "json", 10)) for i in range(60)]
            answers = await asyncio.gather(*jobs)
            assert [_value(answer) for answer in answers] == [str(i) for i in range(60)]
        assert pool.pipelined > 0  # some were written behind a running job

    _run(pool, scenario())


def test_a_timeout_stops_only_the_long_job_and_the_others_are_answered(graph: Path) -> None:
    pool = WorkerPool(graph, 1, timeout=1.0, queue_timeout=60)

    async def scenario() -> None:
        await _warm(pool)
        before = pool.pids()
        started = time.monotonic()
        long, *short = await asyncio.gather(
            pool.run(Job(CARTESIAN, "json", 10)),
            *(pool.run(Job(_numbered(i), "json", 10)) for i in range(5)),
            return_exceptions=True,
        )
        assert isinstance(long, WorkerError) and long.kind == "timeout"
        assert time.monotonic() - started >= 1.0
        assert [_value(answer) for answer in short] == [str(i) for i in range(5)]  # type: ignore[arg-type]
        assert pool.pipelined >= 1 and pool.pids() != before  # one behind it; the worker replaced

    _run(pool, scenario())


def test_a_job_behind_a_long_query_moves_to_the_next_free_worker(graph: Path) -> None:
    pool = WorkerPool(graph, 2, timeout=5.0, queue_timeout=60)

    async def scenario() -> None:
        await _warm(pool)
        long = asyncio.ensure_future(pool.run(Job(CARTESIAN, "json", 10)))
        started = time.monotonic()
        # the long one takes a worker, the next the other; the third is written behind the first
        answers = await asyncio.gather(
            pool.run(Job(_numbered(7), "json", 10)), pool.run(Job(_numbered(8), "json", 10))
        )
        assert [_value(answer) for answer in answers] == ["7", "8"]
        assert time.monotonic() - started < 2.5  # not held until the long query's limit
        assert pool.taken_back == 1  # it was written behind the long one, then taken back
        with pytest.raises(WorkerError):
            await long

    _run(pool, scenario())


def test_a_job_that_never_starts_is_busy_after_the_queue_wait(graph: Path) -> None:
    pool = WorkerPool(graph, 1, timeout=3.0, queue_timeout=0.5)

    async def scenario() -> None:
        await _warm(pool)
        long = asyncio.ensure_future(pool.run(Job(CARTESIAN, "json", 10)))
        await asyncio.sleep(0.1)
        started = time.monotonic()
        with pytest.raises(WorkerError) as waited:
            await pool.run(Job(_numbered(1), "json", 10))
        assert waited.value.kind == "busy" and 0.5 <= time.monotonic() - started < 2.5
        with pytest.raises(WorkerError):
            await long
        assert _value(await _once_restarted(pool, Job(_numbered(2), "json", 10))) == "2"

    _run(pool, scenario())


async def _once_restarted(pool: WorkerPool, job: Job) -> Answer:
    """``job``'s answer once the worker killed at its time limit is back (busy until then)."""
    for _ in range(300):
        try:
            return await pool.run(job)
        except WorkerError as error:
            assert error.kind == "busy"
            await asyncio.sleep(0.1)
    raise AssertionError("the worker did not come back")


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("pool") / "serve.log"
    running = start_server(log, "--workers", "1", "--client-queries", "64",
                           "--result-cache-mb", "0")  # fmt: skip
    yield running
    stop_server(running)


def test_concurrent_http_requests_each_get_their_own_answer(busy_server: Server) -> None:
    def ask(i: int) -> tuple[int, str]:
        text = f'SELECT ?n WHERE {{ BIND("{i}" AS ?n) }}'
        response = busy_server.post("/sparql", data={"query": text}, headers={"Accept": "text/csv"})
        return response.status_code, response.text

    with ThreadPoolExecutor(32) as threads:
        results = list(threads.map(ask, range(200)))
    assert results == [(200, f"n\r\n{i}\r\n") for i in range(200)]
