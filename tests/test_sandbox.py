"""The second layer: query processes have no network, are killed at their time limit, never crash.

The safety check is deliberately left out here (worker: ``NARCOKG_TEST_UNCHECKED_QUERIES``;
confined work: pyoxigraph called directly), so only the network layer stands between a SERVICE
clause and the canary on 127.0.0.1.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pyoxigraph
import pytest

from narcokg import paths
from narcokg.errors import InputError, NarcoKGError, QueryTimeoutError
from narcokg.queries.confined import run_confined
from narcokg.queries.sandbox import isolate_network
from narcokg.server.worker import UNCHECKED_FOR_TESTS, Job, Worker
from tests.test_safety import Canary


def _isolation_possible() -> bool:
    """Whether this machine lets a child enter a network namespace (asked in a fork)."""
    pid = os.fork()
    if pid == 0:
        os._exit(0 if isolate_network().active else 1)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


ISOLATED = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not _isolation_possible(),
    reason="this system allows no network namespace (see docs/security.md)",
)


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


def _service(url: str) -> str:
    return f"SELECT * WHERE {{ BIND(1 AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }}"


@ISOLATED
def test_unchecked_worker_cannot_reach_the_canary_and_lives_on(
    canary: Canary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(UNCHECKED_FOR_TESTS, "1")
    worker = Worker(paths.graph_file())
    try:
        assert worker.isolation.active
        status, detail = worker.execute(Job(_service(canary.url), "json", 10), 10.0)
        assert (status, detail[0]) == ("error", "failed")
        assert canary.requests == 0
        status, _ = worker.execute(Job("ASK { ?s ?p ?o }", "json", 10), 10.0)
        assert status == "ok"
    finally:
        worker.kill()


def test_unchecked_service_call_reaches_the_canary_in_this_process(canary: Canary) -> None:
    """The control: the same query, outside the sandbox, does call out."""
    with pytest.raises(OSError):
        list(pyoxigraph.Store().query(_service(canary.url)))  # type: ignore[arg-type]
    assert canary.requests >= 1


@ISOLATED
def test_confined_work_cannot_reach_the_canary(canary: Canary) -> None:
    def work() -> str:
        return str(list(pyoxigraph.Store().query(_service(canary.url))))  # type: ignore[arg-type]

    with pytest.raises(NarcoKGError, match="the query failed"):
        run_confined(work, 10.0)
    assert canary.requests == 0


def test_confined_work_is_killed_at_its_time_limit() -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"longer than 0\.5 s"):
        run_confined(lambda: str(time.sleep(60)), 0.5)
    assert time.monotonic() - started < 5


def test_a_crash_in_confined_work_is_an_error_not_a_crash() -> None:
    def crash() -> str:
        faulthandler.disable()  # pytest's handler would print the child's stack
        os.kill(os.getpid(), signal.SIGSEGV)
        return "unreachable"

    with pytest.raises(InputError, match="signal 11"):
        run_confined(crash, 10.0)


def test_confined_work_returns_its_answer() -> None:
    assert run_confined(lambda: "x" * 300_000, 10.0) == "x" * 300_000


def _narcokg(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "narcokg", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--timeout", "1", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"],
      "longer than 1 s"),
     (["SELECT * WHERE " + "{" * 3000 + "}" * 3000], "limit of 100"),
     (["SELECT * WHERE { ?s ?p " + "[ ?p " * 3000 + "]" * 3000 + " }"], "limit of 100"),
     (["--timeout", "0", "ASK {}"], "positive number")],
)  # fmt: skip
def test_sparql_command_stops_hostile_queries_with_exit_2(args: list[str], message: str) -> None:
    result = _narcokg("sparql", *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
