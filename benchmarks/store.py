"""The persistent store against its baselines, whole processes, alternating in one run.

    python benchmarks/store.py --workspace DIR [--runs 5]
    python benchmarks/store.py --documents 3047 [--runs 5]     # writes and builds a corpus first

Measures, each pair alternating run by run so that a burst of load on a shared machine slows
both sides of a ratio:

- ``narcokg query operations-in-region -p region=Hunan`` in the workspace (answered from its
  on-disk store) against ``oxigraph query --location DB --query-file Q`` with the same rendered
  text, on a database ``oxigraph load`` made from the same Turtle (target: at most 1.2x);
- ``narcokg validate`` against a bare pyoxigraph load of the graph (target: at most 2x);
- on the shipped seed graph, ``narcokg query operations-in-region -p region=Hunan`` against
  ``python -c "import rdflib"`` (target: at most 0.6x).

Prints a table of medians and ratios and writes it as JSON with ``--output``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
BARE_LOAD = (
    "import sys, pyoxigraph as ox; s = ox.Store(); "
    "s.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)"
)


def timed(command: list[str], cwd: Path, ok: tuple[int, ...] = (0,)) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode not in ok:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def alternate(
    name: str, ours: list[str], theirs: list[str], cwd: Path, runs: int, ok: tuple[int, ...] = (0,)
) -> dict[str, object]:
    timed(ours, cwd, ok), timed(theirs, cwd)  # warm the page cache for both
    samples: dict[str, list[float]] = {"narcokg": [], "baseline": []}
    for _ in range(runs):
        samples["narcokg"].append(timed(ours, cwd, ok))
        samples["baseline"].append(timed(theirs, cwd))
    medians = {side: statistics.median(values) for side, values in samples.items()}
    return {
        "comparison": name,
        "narcokg_s": round(medians["narcokg"], 4),
        "baseline_s": round(medians["baseline"], 4),
        "ratio": round(medians["narcokg"] / medians["baseline"], 3),
        "samples": samples,
    }


def rendered_query(name: str, values: dict[str, str]) -> str:
    from narcokg import paths
    from narcokg.queries.catalogue import load_catalogue, render_query

    return render_query(load_catalogue(paths.queries_dir()).get(name), values)


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
    args = parser.parse_args()
    narcokg, oxigraph = str(BIN / "narcokg"), str(BIN / "oxigraph")
    with tempfile.TemporaryDirectory(prefix="narcokg-store-bench-") as scratch_name:
        scratch = Path(scratch_name)
        workspace = prepare(args, scratch)
        graph = workspace / "narcokg.ttl"
        query_file = scratch / "query.rq"
        query_file.write_text(rendered_query("operations-in-region", {"region": "Hunan"}))
        database = scratch / "oxigraph-db"
        subprocess.run([oxigraph, "load", "--location", str(database), "--file", str(graph)],
                       check=True, stderr=subprocess.DEVNULL)  # fmt: skip
        # fmt: off
        rows = [
            alternate(
                "query operations-in-region (store) / oxigraph query --location",
                [narcokg, "query", "operations-in-region", "-p", "region=Hunan"],
                [oxigraph, "query", "--location", str(database), "--query-file",
                 str(query_file), "--results-format", "tsv"],
                workspace,
                args.runs,
            ),
            alternate(
                "validate / bare pyoxigraph load",
                [narcokg, "validate"],
                [sys.executable, "-c", BARE_LOAD, str(graph)],
                workspace,
                args.runs,
                ok=(0, 1),  # a synthetic corpus carries planted violations
            ),
        ]
        # fmt: on
        outside = scratch / "outside"
        outside.mkdir()
        rows.append(
            alternate(
                "seed: query operations-in-region / python -c 'import rdflib'",
                [narcokg, "query", "operations-in-region", "-p", "region=Hunan"],
                [sys.executable, "-c", "import rdflib"],
                outside,
                max(args.runs, 15),
            )
        )
        lines = sum(1 for _ in graph.open("rb"))
        shutil.rmtree(database, ignore_errors=True)
    print(f"workspace: {workspace} ({lines} lines of Turtle); cpus: {os.cpu_count()}")
    print(f"{'comparison':70s} {'narcokg s':>10s} {'baseline s':>10s} {'ratio':>7s}")
    for row in rows:
        print(f"{row['comparison']:70s} {row['narcokg_s']:10.3f} {row['baseline_s']:10.3f} "
              f"{row['ratio']:7.3f}")  # fmt: skip
    if args.output:
        args.output.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":
    main()
