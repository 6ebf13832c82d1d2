"""The persistent store against its baselines, whole processes, alternating in one run.

    python benchmarks/store.py --workspace DIR [--runs 5]
    python benchmarks/store.py --documents 3047 [--runs 5]     # writes and builds a corpus first

Measures, each pair alternating run by run so that a burst of load on a shared machine slows
both sides of a ratio:

- ``narcokg query operations-in-region -p region=Hunan`` in the workspace (answered from its
  on-disk store) against ``oxigraph query --location DB --query-file Q`` with the same rendered
  text, on a database ``oxigraph load`` made from the same Turtle (target: at most 1.2x);
- in the same rounds, a bare pyoxigraph process opening the same on-disk store read-only and
  running the same text: what is left between it and Oxigraph's binary is pyoxigraph's, not
  narcokg's;
- ``narcokg validate`` against a bare pyoxigraph load of the graph (target: at most 2x; skipped
  with ``--no-validate``);
- on the shipped seed graph, ``narcokg query operations-in-region -p region=Hunan`` against
  ``python -c "import rdflib"`` (target: at most 0.6x), with ``python -c pass`` beside them.

Wall time and CPU time (user + system, from ``wait4``) of each process; medians and ratios to the
baseline (the last command of each comparison). narcokg's modules are compiled to bytecode first,
as installing a wheel does (rdflib's were when it was installed): with PYTHONDONTWRITEBYTECODE
set, an editable install would otherwise compile them in every run. Prints a table of medians
and ratios and writes it as JSON with ``--output``.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
BARE_LOAD = (
    "import sys, pyoxigraph as ox; s = ox.Store(); "
    "s.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)"
)
#: Open a store read-only, run a query file's text, take every row (what narcokg's engine does).
BARE_QUERY = (
    "import sys, pyoxigraph as ox; s = ox.Store.read_only(sys.argv[1]); "
    "a = s.query(open(sys.argv[2], encoding='utf-8').read()); "
    "rows = [[r[v] for v in a.variables] for r in a]"
)


def timed(command: list[str], cwd: Path, ok: tuple[int, ...] = (0,)) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in ok:
        raise SystemExit(f"{' '.join(command)} failed: {errors.decode()[-500:]}")
    return elapsed, usage.ru_utime + usage.ru_stime


def alternate(
    name: str,
    commands: dict[str, list[str]],
    cwd: Path,
    runs: int,
    ok: tuple[int, ...] = (0,),
) -> dict[str, Any]:
    """Run ``commands`` in turn ``runs`` times; ratios are to the last one (the baseline)."""
    for command in commands.values():
        timed(command, cwd, ok)  # warm the page cache
    samples: dict[str, list[tuple[float, float]]] = {side: [] for side in commands}
    for _ in range(runs):
        for side, command in commands.items():
            samples[side].append(timed(command, cwd, ok))
    wall = {side: statistics.median(s[0] for s in values) for side, values in samples.items()}
    cpu = {side: statistics.median(s[1] for s in values) for side, values in samples.items()}
    baseline = list(commands)[-1]
    return {
        "comparison": name,
        "wall_s": {side: round(value, 4) for side, value in wall.items()},
        "cpu_s": {side: round(value, 4) for side, value in cpu.items()},
        "ratio": {side: round(wall[side] / wall[baseline], 3) for side in commands},
        "cpu_ratio": {side: round(cpu[side] / cpu[baseline], 3) for side in commands},
        "samples": samples,
        "load_average": os.getloadavg(),
    }


def rendered_query(name: str, values: dict[str, str]) -> str:
    from narcokg import paths
    from narcokg.queries.catalogue import load_catalogue, render_query

    return render_query(load_catalogue(paths.queries_dir()).get(name), values)


def fresh_store(graph: Path) -> Path:
    """The workspace's current on-disk store (``narcokg build`` wrote it)."""
    from narcokg.build.ondisk import fresh_store_path

    folder = fresh_store_path(graph)
    if folder is None:
        raise SystemExit(f"{graph.parent} has no current on-disk store: run `narcokg build` there")
    return folder


def prepare(args: argparse.Namespace, scratch: Path) -> Path:
    if args.workspace:
        return Path(args.workspace).resolve()
    workspace = scratch / "corpus"
    narcokg = str(BIN / "narcokg")
    subprocess.run([narcokg, "synth", "--documents", str(args.documents), "-o", str(workspace),
                    "--seed", "7"], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    subprocess.run([narcokg, "--project", str(workspace), "build"], check=True)
    return workspace


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", help="a built workspace (else --documents makes one)")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=Path)
    parser.add_argument("--no-validate", action="store_true", help="skip validate (minutes)")
    args = parser.parse_args()
    narcokg, oxigraph = str(BIN / "narcokg"), str(BIN / "oxigraph")
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "src" / "narcokg", quiet=1)
    with tempfile.TemporaryDirectory(prefix="narcokg-store-bench-") as scratch_name:
        scratch = Path(scratch_name)
        workspace = prepare(args, scratch)
        graph = workspace / "narcokg.ttl"
        query_file = scratch / "query.rq"
        query_file.write_text(rendered_query("operations-in-region", {"region": "Hunan"}))
        database = scratch / "oxigraph-db"
        subprocess.run([oxigraph, "load", "--location", str(database), "--file", str(graph)],
                       check=True, stderr=subprocess.DEVNULL)  # fmt: skip
        query = [narcokg, "query", "operations-in-region", "-p", "region=Hunan"]
        bare = [sys.executable, "-c", BARE_QUERY, str(fresh_store(graph)), str(query_file)]
        binary = [oxigraph, "query", "--location", str(database), "--query-file", str(query_file)]
        binary += ["--results-format", "tsv"]
        rows = [
            alternate(
                "query operations-in-region (store) / oxigraph query --location",
                {"narcokg": query, "bare pyoxigraph": bare, "oxigraph": binary},
                workspace,
                args.runs,
            )
        ]
        if not args.no_validate:
            load = [sys.executable, "-c", BARE_LOAD, str(graph)]
            rows.append(
                alternate(
                    "validate / bare pyoxigraph load",
                    {"narcokg": [narcokg, "validate"], "load": load},
                    workspace,
                    args.runs,
                    ok=(0, 1),  # a synthetic corpus carries planted violations
                )
            )
        outside = scratch / "outside"
        outside.mkdir()
        rows.append(
            alternate(
                "seed: query operations-in-region / python -c 'import rdflib'",
                {
                    "narcokg": query,
                    "python -c pass": [sys.executable, "-c", "pass"],
                    "import rdflib": [sys.executable, "-c", "import rdflib"],
                },
                outside,
                max(args.runs, 15),
            )
        )
        lines = sum(1 for _ in graph.open("rb"))
        shutil.rmtree(database, ignore_errors=True)
    print(f"workspace: {workspace} ({lines} lines of Turtle); cpus: {os.cpu_count()}")
    for row in rows:
        print(row["comparison"])
        for side, wall in row["wall_s"].items():
            cpu, ratio, cpu_ratio = row["cpu_s"][side], row["ratio"][side], row["cpu_ratio"][side]
            print(f"  {side:16s} wall {wall:7.3f} s  ratio {ratio:6.3f}   "
                  f"cpu {cpu:7.3f} s  ratio {cpu_ratio:6.3f}")  # fmt: skip
    if args.output:
        args.output.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
