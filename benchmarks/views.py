"""The whole-table stored queries answered from their kept answers (queries/views.py), in one run
against live evaluation and against Oxigraph's own command line.

    python benchmarks/views.py --workspace DIR --runs 5
    python benchmarks/views.py --workspace DIR --runs 5 --before OTHER_CHECKOUT

``DIR`` is a built workspace (``narcokg synth --documents 3047 --seed 7 -o DIR`` then ``narcokg
build`` in it: about a million triples). For ``measurements``, ``share-of-national`` and
``measurements-for-region -p region=China``, whole processes, one of each per round, medians:
``narcokg query NAME --format csv`` (the kept answer: the script keeps it first), the same with
``--live`` (evaluated on the on-disk store, as before the kept answers), ``oxigraph query
--location DB`` with the same rendered text on a database ``oxigraph load`` made from the same
Turtle and, with ``--before``, ``python -m narcokg query`` from another checkout's ``src/``. Every
narcokg side must print the same bytes, and as many lines as Oxigraph, or the script exits 1.
In one process it also times reading the kept answer (the query time it replaces) and the
live evaluation on the store.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CASES: list[tuple[str, dict[str, str]]] = [
    ("measurements", {}),
    ("share-of-national", {}),
    ("measurements-for-region", {"region": "China"}),
]


def oxigraph_database(workspace: Path) -> Path:
    database = workspace.with_name(workspace.name + "-oxigraph")
    if not database.is_dir():
        graph = str(workspace / "narcokg.ttl")
        load = [str(BIN / "oxigraph"), "load", "--location", str(database), "--file", graph]
        subprocess.run(load, check=True, stderr=subprocess.DEVNULL)
    return database


def commands(
    workspace: Path, name: str, values: dict[str, str], before: Path | None
) -> dict[str, list[str]]:
    from narcokg.queries.catalogue import load_catalogue, render_query

    database = oxigraph_database(workspace)
    query_file = database.with_name(f"{database.name}-{name}.rq")
    query_file.write_text(render_query(load_catalogue(ROOT / "queries").get(name), values), "utf-8")
    params = [arg for key, value in values.items() for arg in ("-p", f"{key}={value}")]
    line = ["query", name, *params, "--format", "csv"]
    sides = {
        "kept": [str(BIN / "narcokg"), *line],
        "live": [str(BIN / "narcokg"), *line, "--live"],
        "oxigraph": [str(BIN / "oxigraph"), "query", "--location", str(database),
                     "--query-file", str(query_file), "--results-format", "csv"],
    }  # fmt: skip
    if before is not None:
        sides["before"] = [sys.executable, "-m", "narcokg", *line]
    return sides


def in_process(workspace: Path, name: str, values: dict[str, str], repeats: int) -> dict[str, Any]:
    """Seconds to read the kept answer (median of ``repeats``) and to evaluate live (once)."""
    from narcokg.build.ondisk import open_graph_store
    from narcokg.model.workspace import Workspace
    from narcokg.queries.answer import query_dirs
    from narcokg.queries.catalogue import load_catalogue, render_query
    from narcokg.queries.engines import LocalEngine
    from narcokg.queries.views import read_view, view_key

    space = Workspace(workspace)
    stored = load_catalogue(*query_dirs(space)).get(name)
    text = render_query(stored, values)
    key = view_key(space.graph_file, stored, text)
    assert key is not None, "no current on-disk store: run `narcokg build`"
    reads = []
    for _ in range(repeats):
        start = time.perf_counter()
        kept = read_view(key)
        reads.append(time.perf_counter() - start)
    start = time.perf_counter()
    fresh = LocalEngine(store=open_graph_store(space.graph_file)).run(text)
    evaluation = time.perf_counter() - start
    assert kept is not None, "no kept answer"
    return {"read_s": statistics.median(reads), "live_s": evaluation, "equal": kept == fresh,
            "rows": len(kept.rows), "file_bytes": key.path.stat().st_size}  # fmt: skip


def run_case(
    workspace: Path, case: tuple[str, dict[str, str]], runs: int, before: Path | None
) -> dict[str, Any]:
    name, values = case
    sides = commands(workspace, name, values, before)
    env = dict(os.environ)
    if before is not None:
        env["PYTHONPATH"] = str(before / "src")
    subprocess.run(sides["live"], cwd=workspace, capture_output=True, check=True)  # keeps it
    samples: dict[str, list[float]] = {side: [] for side in sides}
    outputs: dict[str, bytes] = {}
    for _ in range(runs):
        for side, command in sides.items():
            start = time.perf_counter()
            done = subprocess.run(command, cwd=workspace, capture_output=True, check=True,
                                  env=env if side == "before" else None)  # fmt: skip
            samples[side].append(time.perf_counter() - start)
            outputs[side] = done.stdout
    medians = {side: statistics.median(times) for side, times in samples.items()}
    narcokg = {side: out for side, out in outputs.items() if side != "oxigraph"}
    same = len(set(narcokg.values())) == 1
    same &= outputs["kept"].count(b"\n") == outputs["oxigraph"].count(b"\n")
    row = {"query": name, "params": values, "lines": outputs["kept"].count(b"\n"),
           "same": same, "median_s": medians,
           "kept/oxigraph": medians["kept"] / medians["oxigraph"],
           "kept/live": medians["kept"] / medians["live"],
           "in_process": in_process(workspace, name, values, 5)}  # fmt: skip
    if before is not None:
        row["kept/before"] = medians["kept"] / medians["before"]
    print(json.dumps(row), flush=True)
    row["samples"] = samples
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, required=True, help="a built workspace")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another checkout, run from its src/")
    parser.add_argument("--output", type=Path, help="write the results as JSON")
    args = parser.parse_args()
    workspace = args.workspace.resolve()
    load_before = os.getloadavg()[0]
    results = [run_case(workspace, case, args.runs, args.before) for case in CASES]
    print(f"load average (1 min) at start {load_before:.1f}, at end {os.getloadavg()[0]:.1f}; "
          f"{os.cpu_count()} cpus")  # fmt: skip
    if args.output:
        args.output.write_text(json.dumps(results, indent=1) + "\n")
    ok = all(row["same"] and row["in_process"]["equal"] for row in results)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
