"""The whole-table stored queries answered from their kept answers (queries/views.py), in one run
against live evaluation and against Oxigraph's own command line.

    python benchmarks/views.py --workspace DIR --runs 5
    python benchmarks/views.py --workspace DIR --runs 5 --before OTHER_CHECKOUT --splice-runs 3

``DIR`` is a built workspace (``narcokg synth --documents 3047 --seed 7 -o DIR`` then ``narcokg
build`` in it: about a million triples). For ``measurements``, ``share-of-national``,
``measurements-for-region -p region=China`` and ``seizures-by-operation``, whole processes, one
of each per round, medians:
``narcokg query NAME --format csv`` (the kept answer: the script keeps it first), the same with
``--live`` (evaluated on the on-disk store, as before the kept answers), ``oxigraph query
--location DB`` with the same rendered text on a database ``oxigraph load`` made from the same
Turtle and, with ``--before``, ``python -m narcokg query`` from another checkout's ``src/``. Every
narcokg side must print the same bytes, and as many lines as Oxigraph, or the script exits 1.
In one process it also times reading the kept answer (the query time it replaces) and the
live evaluation on the store. ``--splice-runs N``: N rounds of one changed report, an incremental
build and the first query after it (the splice), against ``--live`` (:func:`splice_rounds`).
``--full-build``: first a full build, then each query's first answer after it (kept by the
build, build/tables.py), against ``--live`` and Oxigraph (:func:`after_full_build`).
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
    ("seizures-by-operation", {}),
]
SPLICED = ("measurements", "share-of-national", "measurements-for-region", "seizures-by-operation")


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


def splice_rounds(workspace: Path, runs: int) -> list[dict[str, Any]]:
    """After an incremental build (one figure of one report changed, as benchmarks/validate.py
    does): ``narcokg build``, then for each query whose kept answer is spliced the first
    ``narcokg query`` (the splice), a second one (kept) and ``--live``, whose outputs must be
    equal; then the report is put back and built again (and the answers spliced back)."""
    from validate import build, change_a_figure  # benchmarks/validate.py

    results = []
    for _ in range(runs):
        saved = change_a_figure(workspace)
        row: dict[str, Any] = {"build_s": build(workspace)}
        for name in SPLICED:
            params = ["-p", "region=China"] if name == "measurements-for-region" else []
            line = [str(BIN / "narcokg"), "query", name, *params, "--format", "csv"]
            times, outputs = [], []
            for command in (line, line, [*line, "--live"]):
                start = time.perf_counter()
                done = subprocess.run(command, cwd=workspace, capture_output=True, check=True)
                times.append(time.perf_counter() - start)
                outputs.append(done.stdout)
            row[name] = {"splice_s": times[0], "kept_s": times[1], "live_s": times[2],
                         "identical": outputs[0] == outputs[2],
                         "same_rows": sorted(outputs[0].splitlines())
                         == sorted(outputs[2].splitlines())}  # fmt: skip
        for path, data in saved.items():
            path.write_bytes(data)
        row["build_back_s"] = build(workspace)
        for name in SPLICED:  # spliced back, for the next round
            params = ["-p", "region=China"] if name == "measurements-for-region" else []
            subprocess.run([str(BIN / "narcokg"), "query", name, *params], cwd=workspace,
                           capture_output=True, check=True)  # fmt: skip
        print(json.dumps(row), flush=True)
        results.append(row)
    return results


def after_full_build(workspace: Path) -> list[dict[str, Any]]:
    """A full build (``.narcokg/`` removed), then each case's first ``narcokg query`` (the
    answer the build kept) against ``--live`` and Oxigraph; outputs must be the same bytes."""
    import shutil

    from validate import build  # benchmarks/validate.py

    shutil.rmtree(workspace / ".narcokg", ignore_errors=True)
    rows: list[dict[str, Any]] = [{"full_build_s": build(workspace)}]
    for name, values in CASES:
        sides = commands(workspace, name, values, None)
        times: dict[str, float] = {}
        outputs: dict[str, bytes] = {}
        for side in ("kept", "live", "oxigraph"):
            start = time.perf_counter()
            done = subprocess.run(sides[side], cwd=workspace, capture_output=True, check=True)
            times[side], outputs[side] = time.perf_counter() - start, done.stdout
        row = {"query": name, "params": values, "first_s": times["kept"],
               "live_s": times["live"], "oxigraph_s": times["oxigraph"],
               "first/oxigraph": times["kept"] / times["oxigraph"],
               "same": outputs["kept"] == outputs["live"]
               and outputs["kept"].count(b"\n") == outputs["oxigraph"].count(b"\n")}  # fmt: skip
        print(json.dumps(row), flush=True)
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, required=True, help="a built workspace")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another checkout, run from its src/")
    parser.add_argument("--splice-runs", type=int, default=0, help="incremental-build rounds")
    parser.add_argument(
        "--full-build",
        action="store_true",
        help="first a full build, then each query's first answer after it",
    )
    parser.add_argument("--output", type=Path, help="write the results as JSON")
    args = parser.parse_args()
    workspace = args.workspace.resolve()
    load_before = os.getloadavg()[0]
    first = after_full_build(workspace) if args.full_build else []
    results: list[dict[str, Any]] = [{"after_full_build": row} for row in first]
    results += [run_case(workspace, case, args.runs, args.before) for case in CASES]
    spliced = splice_rounds(workspace, args.splice_runs)
    results += [{"splice": row} for row in spliced]
    print(f"load average (1 min) at start {load_before:.1f}, at end {os.getloadavg()[0]:.1f}; "
          f"{os.cpu_count()} cpus")  # fmt: skip
    if args.output:
        args.output.write_text(json.dumps(results, indent=1) + "\n")
    ok = all(row["same"] and row["in_process"]["equal"] for row in results if "same" in row)
    ok &= all(row[name]["same_rows"] for row in spliced for name in SPLICED)
    ok &= all(row.get("same", True) for row in first)  # the first row is the build
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
