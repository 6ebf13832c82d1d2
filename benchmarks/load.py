"""Load benchmark: ``narcokg serve`` against ``oxigraph serve`` holding the same graph, driven by
``wrk`` (Debian's package; a C load generator whose own ceiling is far above both servers).

    python benchmarks/load.py                                   # the shipped seed graph
    python benchmarks/load.py --workspace DIR --duration 10     # a built workspace (narcokg synth)

Three servers run side by side on the same graph: Oxigraph (``oxigraph serve`` on a database
``oxigraph load`` made from the same Turtle), narcokg with its result cache (the default) and
narcokg with ``--result-cache-mb 0``. Workloads, each against Oxigraph's ``POST /query`` with the
very text narcokg runs:

- **stored query**: ``GET /queries/operations-in-region?region=Hunan``;
- **/sparql**: the same rendered text POSTed to ``/sparql`` as ``application/sparql-query``.

Every round runs each (server, workload) pair once for ``--duration`` seconds, one at a time, in
the same order, so that a burst of load on a shared machine slows every side of a ratio; the
report gives medians over ``--rounds`` and narcokg/Oxigraph ratios of throughput and p50, and the
CPU time each server's whole process tree spent per request (user + system, from /proc). Memory:
the whole process tree of each server (narcokg: the server and all its worker processes), the sum
of PSS (proportional set size: shared pages counted once across the tree) and of RSS, sampled after
every run, the largest kept. Exits 1 on any error (a non-2xx answer, a timeout, a broken read).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).resolve().parent / "load.lua"
JSON = "application/sparql-results+json"
STORED = "/queries/operations-in-region?region=Hunan"
WORKLOADS = ("stored query", "/sparql")
TARGETS = ("narcokg cache on", "narcokg cache off")


@dataclass
class Server:
    name: str
    url: str
    process: subprocess.Popen[bytes]
    pss_kb: int = 0
    rss_kb: int = 0
    runs: dict[str, list[dict[str, float]]] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_ready(url: str, process: subprocess.Popen[bytes], seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server at {url} did not start")


@contextmanager
def running(name: str, command: list[str], ready: str, cwd: Path) -> Iterator[Server]:
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_ready(ready, process)
        yield Server(name, ready.rsplit("/", 1)[0], process)
    finally:
        process.terminate()
        process.wait(30)


def tree(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def memory_kb(pid: int) -> tuple[int, int]:
    """(PSS, RSS) in KiB summed over the process tree of ``pid`` (smaps_rollup)."""
    pss = rss = 0
    for member in tree(pid):
        try:
            lines = Path(f"/proc/{member}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, value = line.partition(":")
            if key == "Pss":
                pss += int(value.split()[0])
            elif key == "Rss":
                rss += int(value.split()[0])
    return pss, rss


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process tree of ``pid`` so far (seconds, /proc/PID/stat)."""
    ticks = 0
    for member in tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def wrk(url: str, body: Path | None, args: argparse.Namespace) -> dict[str, float]:
    """One wrk run: requests/s, p50 and p99 (ms) and errors."""
    env = dict(os.environ)
    if body is not None:
        env |= {"NARCOKG_WRK_BODY": str(body), "NARCOKG_WRK_TYPE": "application/sparql-query"}
    command = ["wrk", f"-t{args.threads}", f"-c{args.clients}", f"-d{args.duration}s",
               "--timeout", "30s", "-H", f"Accept: {JSON}", "-s", str(LUA), url]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    errors = sum(figures[k] for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "rps": figures["requests"] / figures["duration_us"] * 1e6,
        "p50_ms": figures["p50_us"] / 1000,
        "p99_ms": figures["p99_us"] / 1000,
        "errors": errors,
        "requests": figures["requests"],
    }


def cache_header(url: str) -> str:
    request = urllib.request.Request(url, headers={"Accept": JSON})
    with urllib.request.urlopen(request, timeout=60) as response:
        return str(response.headers.get("X-NarcoKG-Cache", "absent"))


def requests_of(server: Server, named: Path) -> dict[str, tuple[str, Path | None]]:
    if server.name == "oxigraph":
        return {name: (server.url + "/query", named) for name in WORKLOADS}
    return {"stored query": (server.url + STORED, None), "/sparql": (server.url + "/sparql", named)}


def measure(servers: list[Server], named: Path, args: argparse.Namespace) -> None:
    """Warm every server up, then ``rounds`` rounds of every (server, workload) pair."""
    warm = argparse.Namespace(**{**vars(args), "duration": max(2, args.duration // 3)})
    for server in servers:
        for url, body in requests_of(server, named).values():
            wrk(url, body, warm)
    for server in servers[1:]:  # the second of two requests: a hit exactly when cached
        cache_header(server.url + STORED)
        seen = cache_header(server.url + STORED)
        expected = "hit" if server.name == TARGETS[0] else "miss"
        if seen != expected:
            raise SystemExit(f"{server.name}: X-NarcoKG-Cache is {seen!r}, expected {expected!r}")
    for _ in range(args.rounds):
        for server in servers:
            for name, (url, body) in requests_of(server, named).items():
                before = cpu_seconds(server.process.pid)
                run = wrk(url, body, args)
                spent = cpu_seconds(server.process.pid) - before
                run["cpu_ms"] = spent * 1000 / max(run["requests"], 1)  # every process of it
                server.runs.setdefault(name, []).append(run)
                pss, rss = memory_kb(server.process.pid)
                server.pss_kb, server.rss_kb = max(server.pss_kb, pss), max(server.rss_kb, rss)


def median(server: Server, workload: str, key: str) -> float:
    return statistics.median(run[key] for run in server.runs[workload])


def report(servers: list[Server], args: argparse.Namespace, graph: Path) -> dict[str, object]:
    oxigraph = servers[0]
    lines = sum(1 for _ in graph.open("rb"))
    print(
        f"{graph.name}: {lines} lines of Turtle; wrk -t{args.threads} -c{args.clients} "
        f"-d{args.duration}s, {args.rounds} rounds, medians; narcokg --workers {args.workers} "
        f"--stored-workers {args.stored_workers} --timeout {args.timeout:g} --queue-timeout 600; "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    print("| server | workload | req/s | p50 ms | p99 ms | errors | throughput ratio | p50 ratio "
          "| CPU ms/request |\n|---|---|---:|---:|---:|---:|---:|---:|---:|")  # fmt: skip
    out: dict[str, object] = {"graph_lines": lines, "options": vars(args), "rows": []}
    rows: list[dict[str, object]] = []
    for server in servers:
        for workload in WORKLOADS:
            rps, p50 = median(server, workload, "rps"), median(server, workload, "p50_ms")
            base_rps = median(oxigraph, workload, "rps")
            base_p50 = median(oxigraph, workload, "p50_ms")
            row = {
                "server": server.name,
                "workload": workload,
                "rps": round(rps, 1),
                "p50_ms": round(p50, 2),
                "p99_ms": round(median(server, workload, "p99_ms"), 2),
                "errors": int(sum(run["errors"] for run in server.runs[workload])),
                "throughput_ratio": round(rps / base_rps, 2) if base_rps else None,
                "p50_ratio": round(p50 / base_p50, 2) if base_p50 else None,
                "cpu_ms_per_request": round(median(server, workload, "cpu_ms"), 3),
                "samples": server.runs[workload],
            }
            rows.append(row)
            print(
                f"| {row['server']} | {workload} | {rps:.3g} | {p50:.3g} | {row['p99_ms']:.3g} | "
                f"{row['errors']} | {row['throughput_ratio']} | {row['p50_ratio']} | "
                f"{row['cpu_ms_per_request']} |"
            )
    print("\n| server | PSS MB (all processes) | RSS MB | PSS / Oxigraph's |")
    print("|---|---:|---:|---:|")
    for server in servers:
        print(f"| {server.name} | {server.pss_kb / 1024:.0f} | {server.rss_kb / 1024:.0f} | "
              f"{server.pss_kb / max(oxigraph.pss_kb, 1):.2f} |")  # fmt: skip
    out["rows"] = rows
    out["memory_kb"] = {s.name: {"pss": s.pss_kb, "rss": s.rss_kb} for s in servers}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", type=Path, help="a built workspace (default: the seed)")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--duration", type=int, default=5, help="seconds per run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="narcokg ad-hoc workers")
    parser.add_argument(
        "--stored-workers", type=int, default=2, help="narcokg stored-query workers"
    )
    parser.add_argument("--timeout", type=float, default=30, help="narcokg's --timeout (s)")
    parser.add_argument("--output", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    for tool in ("wrk", "oxigraph"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed: apt-get install wrk; pip install oxigraph")
    workspace = args.workspace.resolve() if args.workspace else None
    graph = workspace / "narcokg.ttl" if workspace else ROOT / "graph" / "narcokg.ttl"
    with tempfile.TemporaryDirectory(prefix="narcokg-load-") as scratch_name:
        scratch = Path(scratch_name)
        named = scratch / "named.rq"
        named.write_text(rendered_query(), encoding="utf-8")
        database = scratch / "oxigraph"
        subprocess.run(["oxigraph", "load", "--location", str(database), "--file", str(graph)],
                       check=True, capture_output=True)  # fmt: skip
        with ExitStack() as stack:
            servers = [stack.enter_context(s) for s in starts(database, workspace, args)]
            measure(servers, named, args)
            figures = report(servers, args, graph)
    if args.output:
        args.output.write_text(json.dumps(figures, indent=1, default=str) + "\n", encoding="utf-8")
    rows = figures["rows"]
    assert isinstance(rows, list)
    return 1 if any(row["errors"] for row in rows) else 0


def starts(
    database: Path, workspace: Path | None, args: argparse.Namespace
) -> list[AbstractContextManager[Server]]:
    """The three servers (not yet started): Oxigraph, narcokg with and without its cache."""
    port = free_port()
    oxigraph = ["oxigraph", "serve", "--location", str(database), "--bind", f"127.0.0.1:{port}"]
    out: list[AbstractContextManager[Server]] = [
        running("oxigraph", oxigraph, f"http://127.0.0.1:{port}/", ROOT)
    ]
    for name, cache in zip(TARGETS, ("64", "0"), strict=True):
        port = free_port()
        project = ["--project", str(workspace)] if workspace else []
        command = [sys.executable, "-m", "narcokg", *project, "serve", "--port", str(port),
                   "--workers", str(args.workers), "--stored-workers", str(args.stored_workers),
                   "--timeout", str(args.timeout), "--queue-timeout", "600",
                   "--client-queries", str(args.clients),  # one address for every wrk client
                   "--result-cache-mb", cache]  # fmt: skip
        out.append(running(name, command, f"http://127.0.0.1:{port}/health", ROOT))
    return out


def rendered_query() -> str:
    from narcokg.paths import queries_dir
    from narcokg.queries.catalogue import load_catalogue, render_query

    return render_query(
        load_catalogue(queries_dir()).get("operations-in-region"), {"region": "Hunan"}
    )


if __name__ == "__main__":
    sys.exit(main())
