"""`narcokg build`, full and incremental, against loading its own output; whole processes.

    python benchmarks/build.py --workspace DIR [--runs 3]   # a synthetic workspace (narcokg synth)
    python benchmarks/build.py --documents 3047 [--runs 3]  # writes one first (~1M triples)

One document is held aside at the start. Each run, in this order (so a burst of load on the
shared machine touches both sides of a ratio):

- a **full build** from a clean state (``.narcokg/`` removed: no index, no store), wall time and
  peak memory (the process's own maximum resident set, from ``wait4``);
- the baselines on that output: a bare pyoxigraph in-memory load (time, peak memory), and
  ``oxigraph load --location`` (the CLI, into a new on-disk store);
- **incremental**: ``narcokg add`` of the held document then ``narcokg build``; a title changed
  in one fact file then ``narcokg build``; the added document's files deleted then
  ``narcokg build`` (back to the start).

At the end the incrementally built workspace is compared with a clean full build of a copy of
its files: the Turtle byte for byte, and ``narcokg query measurements`` answered from each
workspace's on-disk store. Prints medians and ratios (target: full build at most 5x the load,
peak memory at most 2x the load's, each incremental step at most 2 s), and writes them as JSON
with ``--output``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
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


CPU: dict[str, float] = {}  # CPU seconds (user + system) of the last run of each command


def run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one process (its own, not its children's);
    its CPU seconds go to ``CPU`` (less sensitive than wall time to other work on the machine)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {stderr[-800:]}")
    CPU[command[-1]] = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024  # kilobytes on Linux


def prepare(args: argparse.Namespace, scratch: Path) -> Path:
    if args.workspace:
        return Path(args.workspace).resolve()
    workspace = scratch / "corpus"
    synth = [str(BIN / "narcokg"), "synth", "-n", str(args.documents), "--seed", "7"]
    subprocess.run([*synth, "-o", str(workspace)], check=True, stdout=subprocess.DEVNULL)
    return workspace


def retitle(facts: Path, run_number: int) -> None:
    text = facts.read_text(encoding="utf-8")
    title = f"  title: Retitled for benchmark run {run_number}"
    facts.write_text(re.sub(r"^  title: .*$", title, text, count=1, flags=re.M), "utf-8")


def one_run(workspace: Path, held: Path, number: int, scratch: Path) -> dict[str, float]:
    narcokg = str(BIN / "narcokg")
    graph = workspace / "narcokg.ttl"
    sample: dict[str, float] = {}
    shutil.rmtree(workspace / ".narcokg", ignore_errors=True)
    sample["full_build_s"], sample["full_build_mb"] = run([narcokg, "build"], workspace)
    sample["full_build_cpu_s"] = CPU["build"]
    load = [sys.executable, "-c", BARE_LOAD, str(graph)]
    sample["load_s"], sample["load_mb"] = run(load, workspace)
    sample["load_cpu_s"] = CPU[str(graph)]
    database = scratch / f"oxigraph-{number}"
    oxigraph = [str(BIN / "oxigraph"), "load", "--location", str(database), "--file", str(graph)]
    sample["oxigraph_load_s"], _ = run(oxigraph, workspace)
    shutil.rmtree(database)
    facts, source = held / f"{held.name}.yaml", held / f"{held.name}.txt"
    add = [narcokg, "add", str(source), "--facts", str(facts)]
    sample["add_s"], _ = run(add, workspace)
    sample["build_after_add_s"], _ = run([narcokg, "build"], workspace)
    retitle(sorted((workspace / "facts").glob("*.yaml"))[0], number)
    sample["build_after_change_s"], sample["incremental_mb"] = run([narcokg, "build"], workspace)
    sample["build_after_change_cpu_s"] = CPU["build"]
    (workspace / "facts" / facts.name).unlink()
    (workspace / "sources" / source.name).unlink()
    sample["build_after_remove_s"], _ = run([narcokg, "build"], workspace)
    return sample


def same_as_clean(workspace: Path, scratch: Path) -> dict[str, bool]:
    """The incremental result against a full build of a copy of the same files."""
    clean = scratch / "clean"
    for name in ("sources", "facts", "reference"):
        if (workspace / name).is_dir():
            shutil.copytree(workspace / name, clean / name)
    shutil.copyfile(workspace / "narcokg.toml", clean / "narcokg.toml")
    run([str(BIN / "narcokg"), "build"], clean)
    query = [str(BIN / "narcokg"), "query", "measurements", "--format", "csv"]
    answers = [
        subprocess.run(query, cwd=where, capture_output=True, check=True).stdout
        for where in (workspace, clean)
    ]
    turtle = (workspace / "narcokg.ttl").read_bytes() == (clean / "narcokg.ttl").read_bytes()
    return {"turtle_identical": turtle, "store_answers_identical": answers[0] == answers[1]}


def report(samples: list[dict[str, float]], checks: dict[str, bool]) -> dict[str, object]:
    medians = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
    return {
        "medians": {key: round(value, 3) for key, value in medians.items()},
        "full_build_over_load": round(medians["full_build_s"] / medians["load_s"], 2),
        "full_build_over_oxigraph_load": round(
            medians["full_build_s"] / medians["oxigraph_load_s"], 2
        ),
        "peak_memory_over_load": round(medians["full_build_mb"] / medians["load_mb"], 2),
        "checks": checks,
        "samples": samples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", help="a synthetic workspace (else --documents makes one)")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        workspace = prepare(args, scratch)
        facts = sorted((workspace / "facts").glob("*.yaml"))[
            len(list(workspace.glob("facts/*"))) // 2
        ]
        held = scratch / facts.stem
        held.mkdir()
        facts.rename(held / facts.name)
        (workspace / "sources" / f"{facts.stem}.txt").rename(held / f"{facts.stem}.txt")
        try:
            samples = [one_run(workspace, held, n, scratch) for n in range(args.runs)]
            checks = same_as_clean(workspace, scratch)
        finally:  # give the held document back to a workspace the caller owns
            for path in held.iterdir():
                folder_name = "facts" if path.suffix == ".yaml" else "sources"
                if not (workspace / folder_name / path.name).exists():
                    shutil.move(path, workspace / folder_name / path.name)
        result = report(samples, checks)
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=1))
    if args.output:
        args.output.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    if not all(checks.values()):
        raise SystemExit("the incremental build differs from a clean full build")


if __name__ == "__main__":
    main()
