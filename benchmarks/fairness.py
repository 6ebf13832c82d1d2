"""Fairness benchmark: a stored query's latency while three clients loop a cartesian COUNT.

Starts ``narcokg serve`` (default settings: 2 ad-hoc workers, 1 stored-query worker, 10 s per
query), measures ``GET /queries/operations-in-region?region=Hunan`` alone, then again while
three clients (each from its own loopback address, 127.0.0.2-4, so the per-client cap does not
turn them away) loop ``SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }``.
Prints p50/p95 for both phases and the loaded/unloaded p95 ratio; exits 1 if a stored query
fails. Usage: ``python benchmarks/fairness.py [--requests 40]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import threading
import time

import httpx

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from load import free_port, wait_ready

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
STORED = "/queries/operations-in-region?region=Hunan"


def timings(url: str, count: int, failures: list[int]) -> list[float]:
    """Milliseconds per stored query (a failed one counts too; its status goes to failures)."""
    out = []
    with httpx.Client(timeout=60) as client:
        for _ in range(count):
            started = time.perf_counter()
            response = client.get(url + STORED, headers={"Accept": "application/json"})
            out.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                failures.append(response.status_code)
    return out


def heavy(url: str, address: str, stop: threading.Event, statuses: list[int]) -> None:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(timeout=60, transport=transport) as client:
        while not stop.is_set():
            try:
                response = client.post(url + "/sparql", data={"query": CARTESIAN})
            except httpx.TransportError:
                return
            statuses.append(response.status_code)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40, help="stored queries per phase")
    options = parser.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "narcokg", "serve", "--port", str(port)],
                              stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_ready(url, server)
        failures: list[int] = []
        timings(url, 5, failures)  # warm up
        alone = timings(url, options.requests, failures)
        stop, statuses = threading.Event(), []
        threads = [threading.Thread(target=heavy, args=(url, f"127.0.0.{i}", stop, statuses))
                   for i in (2, 3, 4)]  # fmt: skip
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        loaded = timings(url, options.requests, failures)
        stop.set()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(30)
    print(f"stored query alone : p50 {statistics.median(alone):7.1f} ms  p95 {p95(alone):7.1f} ms")
    print(
        f"with 3 heavy loops : p50 {statistics.median(loaded):7.1f} ms  p95 {p95(loaded):7.1f} ms"
    )
    print(f"p95 ratio loaded/alone: {p95(loaded) / p95(alone):.1f}")
    print(f"heavy-query statuses: { {s: statuses.count(s) for s in sorted(set(statuses))} }")
    print(f"failed stored queries: {len(failures)} {sorted(set(failures))}")
    if failures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
