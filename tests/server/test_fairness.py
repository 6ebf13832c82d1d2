"""Fairness: every ad-hoc slot busy, a stored query is still answered at once; clients capped."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import CARTESIAN, TIMEOUT, Server, start_server, stop_server


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One ad-hoc worker, two ad-hoc queries per client: every ad-hoc slot is easy to fill."""
    log = tmp_path_factory.mktemp("fair") / "serve.log"
    running = start_server(log, "--workers", "1", "--client-queries", "2",
                           "--queue-timeout", "5")  # fmt: skip
    yield running
    stop_server(running)


def _hold(server: Server, count: int) -> list[threading.Thread]:
    def post() -> None:
        server.post("/sparql", data={"query": CARTESIAN})

    threads = [threading.Thread(target=post) for _ in range(count)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    return threads


def test_stored_query_is_answered_while_every_adhoc_slot_is_busy(one_worker: Server) -> None:
    held = _hold(one_worker, 2)  # one runs, one waits in the queue: the ad-hoc lane is full
    started = time.monotonic()
    response = one_worker.get("/queries/operations-in-region", params={"region": "Hunan"})
    waited = time.monotonic() - started
    assert response.status_code == 200 and "hunting" in response.text.lower()
    assert waited < TIMEOUT / 2  # answered, neither queued behind the cartesian product nor refused
    page = one_worker.get("/dataset")
    assert page.status_code == 200
    for thread in held:
        thread.join()


def test_one_client_over_its_cap_gets_429_at_once(one_worker: Server) -> None:
    held = _hold(one_worker, 2)
    started = time.monotonic()
    response = one_worker.post("/sparql", data={"query": "ASK { ?s ?p ?o }"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert "2 ad-hoc queries" in response.text
    assert time.monotonic() - started < 1.0
    for thread in held:
        thread.join()


def test_a_forwarded_for_header_does_not_make_another_client(one_worker: Server) -> None:
    """The cap is by peer address: a client cannot claim another one with X-Forwarded-For."""
    held = _hold(one_worker, 2)
    forged = {"X-Forwarded-For": "203.0.113.7", "Forwarded": "for=203.0.113.7"}
    response = one_worker.post("/sparql", data={"query": "ASK { ?s ?p ?o }"}, headers=forged)
    assert response.status_code == 429
    for thread in held:
        thread.join()


def test_log_names_the_lanes(one_worker: Server, tmp_path: Path) -> None:
    assert "1 for stored queries" in one_worker.log.read_text()
