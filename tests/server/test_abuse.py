"""Limits that hold under abuse: timeouts that kill the work, row and size caps, read-only,
cross-site posts, and a clean stop on SIGTERM mid-query."""

from __future__ import annotations

import signal
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.server.conftest import (
    CARTESIAN,
    MAX_BYTES,
    MAX_ROWS,
    TIMEOUT,
    Server,
    alive,
    start_server,
    stop_server,
)

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def triple_count(server: Server) -> int:
    response = server.get("/sparql", params={"query": COUNT})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


#: Ad-hoc workers (the default 2) plus the one kept for stored queries.
WORKERS = 3


def wait_for_workers(server: Server, count: int) -> set[int]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pids = {pid for pid in server.worker_pids() if alive(pid)}
        if len(pids) == count:
            return pids
        time.sleep(0.1)
    raise AssertionError(f"the server has {server.worker_pids()} workers, not {count}")


def test_cartesian_product_times_out_and_its_worker_is_killed(server: Server) -> None:
    before = wait_for_workers(server, WORKERS)
    started = time.monotonic()
    response = server.post("/sparql", data={"query": CARTESIAN})
    elapsed = time.monotonic() - started
    assert response.status_code == 504
    assert "stopped" in response.text
    assert TIMEOUT <= elapsed < TIMEOUT + 3
    after = wait_for_workers(server, WORKERS)
    killed = before - after
    assert len(killed) == 1 and not any(alive(pid) for pid in killed)
    assert triple_count(server) > 0


def hold_a_worker(server: Server) -> threading.Thread:
    """Start a query that keeps a worker busy until the timeout; join the thread when done."""
    slow = threading.Thread(
        target=server.post, args=("/sparql",), kwargs={"data": {"query": CARTESIAN}}
    )
    slow.start()
    time.sleep(0.3)
    return slow


def test_other_clients_are_served_while_a_query_runs(server: Server) -> None:
    wait_for_workers(server, WORKERS)
    slow = hold_a_worker(server)
    started = time.monotonic()
    response = server.get("/queries/operations-in-region", params={"region": "Hunan"})
    assert response.status_code == 200
    assert time.monotonic() - started < 1.0
    slow.join()


def test_catastrophic_regex_cannot_run_past_the_timeout(server: Server) -> None:
    regex = (
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c "
        'FILTER(REGEX(CONCAT(STR(?o), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"), "^(a|aa)+$")) }'
    )
    started = time.monotonic()
    response = server.get("/sparql", params={"query": regex})
    assert response.status_code in (200, 504)
    assert time.monotonic() - started < TIMEOUT + 3


def test_too_many_rows_is_an_error_not_a_short_answer(server: Server) -> None:
    response = server.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 422
    assert f"more than {MAX_ROWS} rows" in response.text


def test_too_many_triples_is_an_error(server: Server) -> None:
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    response = server.get("/sparql", params={"query": construct})
    assert response.status_code == 422


def test_an_answer_at_the_limit_is_whole(server: Server) -> None:
    query = f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}"
    response = server.get("/sparql", params={"query": query})
    assert response.status_code == 200
    assert len(response.json()["results"]["bindings"]) == MAX_ROWS
    assert response.headers["x-narcokg-count"] == str(MAX_ROWS)


def test_request_body_over_the_cap_is_413(server: Server) -> None:
    padding = "#" + "x" * MAX_BYTES + "\n"
    response = server.post(
        "/sparql", content=padding + COUNT, headers={"Content-Type": "application/sparql-query"}
    )
    assert response.status_code == 413


def test_query_string_over_the_cap_is_414(server: Server) -> None:
    # httpx refuses URLs this long itself, so the request is written by hand.
    host, port = server.url.removeprefix("http://").split(":")
    target = "/sparql?query=%23" + "x" * MAX_BYTES
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        status_line = connection.recv(100).split(b"\r\n")[0]
    assert status_line.startswith(b"HTTP/1.1 414")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": {"update": "DROP ALL"}},
        {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"query": "INSERT DATA { <urn:x> <urn:y> <urn:z> }"}},
        {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
    ],
)
def test_updates_are_403_and_change_nothing(server: Server, kwargs: dict[str, object]) -> None:
    before = triple_count(server)
    response = server.post("/sparql", **kwargs)
    assert response.status_code == 403
    assert triple_count(server) == before


def test_cross_site_form_post_changes_nothing(server: Server) -> None:
    before = triple_count(server)
    headers = {
        "Origin": "http://evil.example",
        "Referer": "http://evil.example/page",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    response = httpx.post(
        server.url + "/sparql", content=b"update=CLEAR+DEFAULT", headers=headers, timeout=10
    )
    assert response.status_code == 403
    assert triple_count(server) == before


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE", "PATCH"])
def test_graph_store_writes_are_405(server: Server, method: str) -> None:
    before = triple_count(server)
    response = httpx.request(
        method,
        server.url + "/rdf-graphs?default",
        content=b"<urn:a> <urn:b> <urn:c> .",
        headers={"Content-Type": "application/n-triples"},
        timeout=10,
    )
    assert response.status_code == 405
    assert "GET" in response.headers["allow"]
    assert triple_count(server) == before
    assert server.get("/rdf-graphs?default").status_code == 200


def test_sigterm_mid_query_stops_cleanly(tmp_path: Path) -> None:
    own = start_server(tmp_path / "serve.log")
    workers = wait_for_workers(own, WORKERS)
    answers: list[int] = []

    def slow() -> None:
        try:
            answers.append(own.post("/sparql", data={"query": CARTESIAN}).status_code)
        except httpx.TransportError:
            answers.append(0)

    client = threading.Thread(target=slow)
    client.start()
    time.sleep(0.5)
    started = time.monotonic()
    own.process.send_signal(signal.SIGTERM)
    code = own.process.wait(timeout=TIMEOUT + 5)
    assert code == 0
    assert time.monotonic() - started < TIMEOUT
    client.join(5)
    assert answers in ([503], [0])
    time.sleep(0.2)
    assert not any(alive(pid) for pid in workers)
    assert "stopped" in own.log.read_text()


def test_every_worker_busy_is_503_with_retry_after(tmp_path: Path) -> None:
    """With its only ad-hoc worker held by a slow query, the server answers 503 soon, not late."""
    own = start_server(tmp_path / "serve.log", "--workers", "1", "--queue-timeout", "0.5",
                       "--client-queries", "2")  # fmt: skip
    try:
        wait_for_workers(own, 2)
        slow = hold_a_worker(own)
        started = time.monotonic()
        response = own.post("/sparql", data={"query": "ASK { ?s ?p ?o }"})
        waited = time.monotonic() - started
        assert response.status_code == 503
        assert response.headers["retry-after"] == "1"
        assert "busy" in response.text
        assert 0.5 <= waited < TIMEOUT  # it waited for a worker, but not for the slow query
        slow.join()
        wait_for_workers(own, 2)
        again = own.post("/sparql", data={"query": "ASK { ?s ?p ?o }"})
        assert again.status_code == 200 and "true" in again.text
    finally:
        stop_server(own)
