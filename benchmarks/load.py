"""Load benchmark: ``narcokg serve`` against ``oxigraph serve`` holding the same graph.

A second process (this one) drives each server over loopback with a fixed number of concurrent
clients for a fixed time, on two workloads: the stored query ``operations-in-region`` for Hunan
(``/queries/…`` on narcokg; its rendered text POSTed to ``/query`` on Oxigraph) and an ad-hoc
query POSTed to ``/sparql`` (the ``measurements`` query, a bigger answer). It reports requests,
throughput, p50 and p99 latency and errors, then narcokg/Oxigraph ratios, and exits 1 on any error.

    python benchmarks/load.py --clients 32 --duration 20

Both servers and this driver share the machine's cores: compare ratios, not absolute figures.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
GRAPH = ROOT / "graph" / "narcokg.ttl"
JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class Workload:
    name: str
    build: Callable[[httpx.AsyncClient], object]


@dataclass
class Figures:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server at {url} exited with {process.returncode}")
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit(f"the server at {url} did not start")


@contextmanager
def running(command: list[str], url: str) -> Iterator[None]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(url, process)
        yield
    finally:
        process.terminate()
        process.wait(15)


def queries() -> tuple[str, str]:
    from narcokg.paths import queries_dir
    from narcokg.queries.catalogue import load_catalogue, render_query

    catalogue = load_catalogue(queries_dir())
    named = render_query(catalogue.get("operations-in-region"), {"region": "Hunan"})
    return named, catalogue.get("measurements").text


async def drive(
    url: str, send: Callable[[httpx.AsyncClient], object], clients: int, seconds: float
) -> Figures:
    """``clients`` loops sending requests until ``seconds`` have passed."""
    figures = Figures(0, 0, seconds, [])
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def loop() -> None:
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    response = await send(client)  # type: ignore[misc]
                    ok = response.status_code == 200 and len(response.content) > 0
                except httpx.HTTPError:
                    ok = False
                figures.latencies.append(time.perf_counter() - started)
                figures.requests += 1
                figures.errors += 0 if ok else 1

        await asyncio.gather(*(loop() for _ in range(clients)))
    return figures


def workloads(named: str, adhoc: str) -> dict[str, dict[str, Callable[..., object]]]:
    """For each target, how each workload sends one request."""
    direct = {"Content-Type": "application/sparql-query", "Accept": JSON}
    return {
        "narcokg": {
            "named query": lambda c: c.get(
                "/queries/operations-in-region",
                params={"region": "Hunan"},
                headers={"Accept": JSON},
            ),
            "/sparql": lambda c: c.post("/sparql", content=adhoc, headers=direct),
        },
        "oxigraph": {
            "named query": lambda c: c.post("/query", content=named, headers=direct),
            "/sparql": lambda c: c.post("/query", content=adhoc, headers=direct),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per run")
    parser.add_argument("--workers", type=int, default=2, help="narcokg query workers")
    options = parser.parse_args()
    if shutil.which("oxigraph") is None:
        raise SystemExit("oxigraph is not installed: pip install oxigraph")
    with tempfile.TemporaryDirectory() as location:
        subprocess.run(
            ["oxigraph", "load", "--location", location, "--file", str(GRAPH)],
            check=True,
            capture_output=True,
        )
        results = measure(location, options)
    report(results, options)
    return 1 if any(f.errors for f in results.values()) else 0


def measure(location: str, options: argparse.Namespace) -> dict[tuple[str, str], Figures]:
    """Each workload on each server, one server running at a time."""
    named, adhoc = queries()
    ports = {"narcokg": free_port(), "oxigraph": free_port()}
    commands = {
        "narcokg": [
            sys.executable,
            "-m",
            "narcokg",
            "serve",
            "--port",
            str(ports["narcokg"]),
            "--workers",
            str(options.workers),
            "--client-queries",  # every driver client shares one address: do not cap them
            str(options.clients),
        ],
        "oxigraph": [
            "oxigraph",
            "serve",
            "--location",
            location,
            "--bind",
            f"127.0.0.1:{ports['oxigraph']}",
        ],
    }
    results: dict[tuple[str, str], Figures] = {}
    for target, sends in workloads(named, adhoc).items():
        url = f"http://127.0.0.1:{ports[target]}"
        with running(commands[target], url + ("/health" if target == "narcokg" else "/")):
            for name, send in sends.items():
                results[(target, name)] = asyncio.run(
                    drive(url, send, options.clients, options.duration)
                )
    return results


def report(results: dict[tuple[str, str], Figures], options: argparse.Namespace) -> None:
    print(
        f"{options.clients} clients, {options.duration:g} s per run, "
        f"narcokg with {options.workers} workers\n"
    )
    print("| target | workload | requests | req/s | p50 ms | p99 ms | errors |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for (target, name), f in results.items():
        print(
            f"| {target} | {name} | {f.requests} | {f.throughput:.0f} | "
            f"{f.percentile(0.5):.1f} | {f.percentile(0.99):.1f} | {f.errors} |"
        )
    print(
        "\n| workload | throughput narcokg/Oxigraph | p50 narcokg/Oxigraph | p99 narcokg/Oxigraph |"
    )
    print("|---|---:|---:|---:|")
    for name in ("named query", "/sparql"):
        ours, theirs = results[("narcokg", name)], results[("oxigraph", name)]
        print(
            f"| {name} | {ours.throughput / theirs.throughput:.2f} | "
            f"{ours.percentile(0.5) / max(theirs.percentile(0.5), 1e-9):.2f} | "
            f"{ours.percentile(0.99) / max(theirs.percentile(0.99), 1e-9):.2f} |"
        )


if __name__ == "__main__":
    sys.exit(main())
