"""narcokg's scale benchmark: one command, results under benchmarks/results/.

    python benchmarks/run.py --sizes 10k,100k,1M

For each size it writes a synthetic corpus (``narcokg synth``, ~330 triples per report), builds it,
and measures in fresh processes, for narcokg and its baselines on the same Turtle and query text:
load time, every stored query's latency (cold: first run after loading; warm: median of repeats),
validation time and peak memory. narcokg and the bare pyoxigraph load it is judged against run
alternately in ``--runs`` fresh processes each and the medians are kept, so that a passing burst of
load on a shared machine skews both sides alike rather than one. rdflib is measured up to
``--rdflib-max`` triples and pyshacl up to ``--pyshacl-max`` (beyond that they take minutes to
hours). It also times ``narcokg query
operations-in-region --param region=Hunan`` on the seed graph against ``python -c pass`` and
``python -c "import rdflib"``. See benchmarks/README.md for how to read the results.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
TRIPLES_PER_DOCUMENT = 328  # measured on the generator's output (ontology excluded)
ONTOLOGY_TRIPLES = 660


def parse_size(text: str) -> int:
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1].lower(), 1)
    return int(float(text.rstrip("kKmM")) * scale)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stored_queries() -> dict[str, str]:
    """Every stored query rendered with its example parameters."""
    from narcokg.paths import queries_dir
    from narcokg.queries.catalogue import load_catalogue, render_query

    return {
        q.name: render_query(q, {p.name: p.example for p in q.params if p.required})
        for q in load_catalogue(queries_dir())
    }


# --- workers: each runs in its own process and prints one JSON object --------------------------


def worker_build(workspace: str) -> dict[str, Any]:
    """``narcokg build`` in the workspace from a clean state (Turtle, on-disk store, index): its
    wall time and its own peak memory (``wait4``)."""
    import os
    import shutil

    from narcokg.build.ondisk import state_dir

    ws = Path(workspace)
    shutil.rmtree(state_dir(ws / "narcokg.ttl"), ignore_errors=True)
    command = [str(Path(sys.executable).parent / "narcokg"), "build"]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ws, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"narcokg build failed in {ws}")
    import pyoxigraph as ox

    triples = len(ox.Store.read_only(str(ws / ".narcokg" / json.loads(
        (ws / ".narcokg" / "store.json").read_text())["folder"])))  # fmt: skip
    return {"seconds": seconds, "triples": triples, "peak_mb": usage.ru_maxrss / 1024}


def _engine(kind: str, graph: str) -> Any:
    """A function running a query text to materialised rows, after loading ``graph``."""
    if kind == "narcokg":
        from narcokg.queries.engines import LocalEngine

        return LocalEngine([Path(graph)]).run
    if kind == "pyoxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        store.load(path=graph, format=ox.RdfFormat.TURTLE)
        return lambda text: [[s[v] for v in r.variables] for r in [store.query(text)] for s in r]
    import rdflib

    g = rdflib.Graph()
    g.parse(graph, format="turtle")
    return lambda text: [tuple(row) for row in g.query(text)]


def worker_queries(kind: str, graph: str, repeats: int) -> dict[str, Any]:
    start = time.perf_counter()
    run = _engine(kind, graph)
    load = time.perf_counter() - start
    queries: dict[str, Any] = {}
    for name, text in stored_queries().items():
        times = []
        try:
            for _ in range(repeats + 1):
                t = time.perf_counter()
                with _time_limit(QUERY_LIMIT_S if kind == "rdflib" else None):
                    run(text)
                times.append(time.perf_counter() - t)
        except QueryTimeout:  # recorded as a lower bound; the other queries still run
            queries[name] = {"stopped_after": QUERY_LIMIT_S}
            continue
        queries[name] = {"cold": times[0], "warm": statistics.median(times[1:])}
    return {"load": load, "queries": queries, "peak_mb": peak_mb()}


#: rdflib runs some stored queries for many minutes on 10k triples: each gets this many seconds.
QUERY_LIMIT_S = 120


class QueryTimeout(Exception):
    """A query ran past its time limit."""


@contextlib.contextmanager
def _time_limit(seconds: int | None) -> Iterator[None]:
    """Interrupt the (pure-Python) code inside after ``seconds``; None: no limit."""
    if seconds is None:
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise QueryTimeout

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def worker_validate(kind: str, graph: str) -> dict[str, Any]:
    # Imported before the clock starts, as the bare load's pyoxigraph is.
    from narcokg.validation.fast import validate_fast
    from narcokg.validation.reference import validate_graph

    start = time.perf_counter()
    report = (validate_fast if kind == "fast" else validate_graph)(Path(graph))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "results": len(report.results), "peak_mb": peak_mb()}


def worker_load(graph: str) -> dict[str, Any]:
    import pyoxigraph as ox

    start = time.perf_counter()
    ox.Store().load(path=graph, format=ox.RdfFormat.TURTLE)
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb()}


def run_worker(*args: str, timeout: float = 1800) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    except subprocess.CalledProcessError as error:
        return {"error": error.stderr.strip().splitlines()[-1] if error.stderr else "failed"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the main run ------------------------------------------------------------------------------


def measure_size(size: int, args: argparse.Namespace, scratch: Path) -> dict[str, Any]:
    documents = max(1, round((size - ONTOLOGY_TRIPLES) / TRIPLES_PER_DOCUMENT))
    workspace = scratch / f"corpus-{size}"
    start = time.perf_counter()
    subprocess.run(["narcokg", "synth", "-n", str(documents), "-o", str(workspace), "--seed", "7"],
                   check=True, capture_output=True)  # fmt: skip
    row: dict[str, Any] = {"size": size, "documents": documents}
    row["synth_s"] = time.perf_counter() - start
    row["build"] = run_worker("build", str(workspace))
    graph = str(workspace / "narcokg.ttl")
    row["triples"] = row["build"].get("triples", size)
    loads, validations, engines = [], [], {"narcokg": [], "pyoxigraph": []}
    for _ in range(args.runs):  # interleaved: noise hits narcokg and its baselines alike
        loads.append(run_worker("load", graph))
        validations.append(run_worker("validate", "fast", graph))
        for kind, runs in engines.items():
            runs.append(run_worker("queries", kind, graph, str(args.repeats), timeout=900))
    row["raw_load"] = median_run(loads)
    row["validate_fast"] = median_run(validations)
    for kind, runs in engines.items():
        row[kind] = median_run(runs)
    if row["triples"] <= args.rdflib_max:
        row["rdflib"] = run_worker("queries", "rdflib", graph, "2", timeout=900)
    if row["triples"] <= args.pyshacl_max:
        row["validate_pyshacl"] = run_worker("validate", "pyshacl", graph, timeout=3600)
    print(json.dumps({"size": size, "triples": row["triples"]}), flush=True)
    return row


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of each figure over several runs of one worker (an error if any run failed)."""
    failed = [r for r in runs if "error" in r]
    if failed:
        return failed[0]

    def merge(values: list[Any]) -> Any:
        if isinstance(values[0], dict):
            return {k: merge([v[k] for v in values]) for k in values[0]}
        return statistics.median(values)

    merged: dict[str, Any] = merge(runs)
    if "seconds" in runs[0]:
        merged["samples"] = [r["seconds"] for r in runs]
    return merged


def whole_process(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure_startup(runs: int) -> dict[str, float]:
    """Whole-process medians, interleaved so that machine noise hits all three alike."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import rdflib"': [sys.executable, "-c", "import rdflib"],
        "narcokg query operations-in-region --param region=Hunan": [
            sys.executable, "-m", "narcokg", "query", "operations-in-region",
            "--param", "region=Hunan"],
    }  # fmt: skip
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(whole_process(command, 1))
    return {name: statistics.median(times) for name, times in samples.items()}


def machine() -> dict[str, Any]:
    import os

    import pyoxigraph
    import rdflib

    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__, "date": time.strftime("%Y-%m-%d")}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rdflib-max", type=parse_size, default=parse_size("12k"))
    parser.add_argument("--pyshacl-max", type=parse_size, default=parse_size("12k"))
    parser.add_argument("--startup-runs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--append",
        action="store_true",
        help="add these sizes to the results already in --out (e.g. a 5M point "
        "measured with fewer --runs), keeping their start-up figures",
    )
    parser.add_argument("--worker", nargs="+")
    args = parser.parse_args()
    if args.worker:
        kind, *rest = args.worker
        workers = {"build": worker_build, "load": worker_load, "validate": worker_validate,
                   "queries": lambda k, g, r: worker_queries(k, g, int(r))}  # fmt: skip
        print(json.dumps(workers[kind](*rest)))
        return
    from report import write_report

    with tempfile.TemporaryDirectory(prefix="narcokg-bench-") as scratch:
        rows = [measure_size(parse_size(s), args, Path(scratch)) for s in args.sizes.split(",")]
        for row in rows:
            row["runs"], row["repeats"] = args.runs, args.repeats
    if args.append:
        results = json.loads((args.out / "results.json").read_text())
        kept = [r for r in results["sizes"] if r["size"] not in {row["size"] for row in rows}]
        results["sizes"] = sorted(kept + rows, key=lambda r: r["size"])
    else:
        startup = measure_startup(args.startup_runs)
        results = {"machine": machine(), "sizes": rows, "startup": startup}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    write_report(results, args.out)


if __name__ == "__main__":
    main()
