"""``narcokg validate`` against a bare pyoxigraph load of the same Turtle, and where its time goes.

    python benchmarks/validate.py --graph G.ttl [--runs 5] [--before OTHER_NARCOKG] [--checks]
    python benchmarks/validate.py --workspace DIR [--runs 5] [--before ...] [--checks]

Whole processes, alternating run by run so that a burst of load on a shared machine slows both
sides of a ratio: ``narcokg validate --graph G`` (this environment's) against ``python -c`` a bare
``Store().load`` of ``G``, and, with ``--before``, another ``narcokg`` executable (for example one
installed from main) in the same rotation, so that a change is compared within one run. Medians
and ratios to the bare load, with wall and CPU (user + system) time of each process; a corpus with
planted violations makes ``validate`` exit 1, which is accepted. Target (issue 13): at most 2x.

With ``--workspace`` (a built workspace, e.g. ``narcokg synth --documents 3047 --seed 7`` then
``narcokg build``; ``G`` is its graph), the graph is validated once, then one report's figure is
changed (its fact file and source, by one), the workspace rebuilt (incrementally: its time is
printed), and ``narcokg validate --changed`` joins the rotation (target: at most 2 s); the report
is changed back and the workspace rebuilt at the end.

``--checks`` then loads ``G`` once in this process and times each certificate and check of the
fast validator one at a time (CPU seconds), longest first: the work ``validate`` spreads over the
cores.
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

BIN = Path(sys.executable).parent
BARE_LOAD = (
    "import sys, pyoxigraph as ox; s = ox.Store(); "
    "s.load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)"
)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (exit 0 or 1: violations are not a failure)."""
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = os.times()
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu


def rotate(commands: dict[str, list[str]], runs: int) -> dict[str, dict[str, float]]:
    """Each command once per round (after one warm-up round), medians of wall and CPU."""
    for command in commands.values():
        timed(command)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(timed(command))
    return {
        name: {
            "wall_s": statistics.median(w for w, _ in values),
            "cpu_s": statistics.median(c for _, c in values),
        }
        for name, values in samples.items()
    }


def per_check(graph: Path) -> list[tuple[float, str, str]]:
    """CPU seconds of each certificate (with the checks it leaves to run) and check, one at a
    time on one loaded store: CPU rather than wall time, as a busy machine stretches the latter."""
    from narcokg import paths
    from narcokg.validation import fast
    from narcokg.validation.compiler import Certificate, shape_classes

    start = time.process_time()
    store = fast.load_store([graph, paths.ontology_file()])
    rows = [(time.process_time() - start, "load", "data and ontology")]
    shapes = paths.shapes_file()
    compiled = fast.compiled_checks(shapes, fast.subclasses(store, shape_classes(shapes)))
    focus_sets, counts = fast._FocusSets(store), {}  # the validator's own pieces
    for task in [*compiled.certificates, *compiled.checks]:
        start = time.process_time()
        if isinstance(task, Certificate):
            left = fast.certify(store, task, counts)
            for check in left:
                fast.results_of(store, check, focus_sets)
            what = f"certificate, {len(task.paths)} paths, {len(task.proofs)} proofs"
            what += f", {len(left)} checks run" if left else ""
            name = task.targets[0]
        else:
            fast.results_of(store, task, focus_sets)
            what, name = ("SPARQL check" if task.sparql else "core check"), task.shape
        rows.append((time.process_time() - start, what, name))
    return sorted(rows, reverse=True)


def change_a_figure(workspace: Path) -> dict[Path, bytes]:
    """Add one to a whole-number figure of the middle report (fact file and source text); the
    files' old bytes, to put back."""
    import yaml

    facts = sorted((workspace / "facts").glob("*.yaml"))
    path = facts[len(facts) // 2]
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    source = workspace / "sources" / data["document"]["file"]
    body = source.read_text(encoding="utf-8")
    for fact in data["measurements"].values():
        number, quote = fact["number"], fact["quote"]
        old = f"    quote: {quote}\n"
        fits = isinstance(number, int) and f"{number:,}" in quote and body.count(quote) == 1
        if fits and old in text and f"    number: {number}\n" in text[text.index(old) :]:
            break
    else:
        raise SystemExit(f"{path}: no whole-number figure to change")
    new_quote = quote.replace(f"{number:,}", f"{number + 1:,}", 1)
    at = text.index(old)
    rest = text[at:].replace(old, f"    quote: {new_quote}\n", 1)
    rest = rest.replace(f"    number: {number}\n", f"    number: {number + 1}\n", 1)
    saved = {path: path.read_bytes(), source: source.read_bytes()}
    path.write_text(text[:at] + rest, encoding="utf-8")
    source.write_text(body.replace(quote, new_quote), encoding="utf-8")
    print(f"changed {path.name}: {quote!r} -> {new_quote!r}")
    return saved


def build(workspace: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(BIN / "narcokg"), "build"], cwd=workspace, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--graph", type=Path, help="a built graph (Turtle)")
    where.add_argument("--workspace", type=Path, help="a built workspace (also --changed)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", help="another narcokg executable to time in the same rounds")
    parser.add_argument("--checks", action="store_true", help="also time each check in-process")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    workspace = args.workspace.resolve() if args.workspace else None
    args.graph = workspace / "narcokg.ttl" if workspace else args.graph
    graph = str(args.graph.resolve())
    commands = {"validate": [str(BIN / "narcokg"), "validate", "--graph", graph]}
    if args.before:
        commands["validate (before)"] = [args.before, "validate", "--graph", graph]
    commands["bare load"] = [sys.executable, "-c", BARE_LOAD, graph]
    saved: dict[Path, bytes] = {}
    if workspace is not None:
        # validated once as it is, so that --changed checks only the change that follows
        subprocess.run(commands["validate"], capture_output=True, check=False)
        saved = change_a_figure(workspace)
        print(f"incremental build: {build(workspace):.2f} s")
        changed = [str(BIN / "narcokg"), "validate", "--graph", graph, "--changed"]
        said = subprocess.run(changed, capture_output=True, text=True).stdout.splitlines()[-1]
        print(said)
        if not said.startswith("Validated only"):
            raise SystemExit("validate --changed validated the whole graph")
        commands["validate --changed"] = changed
    try:
        medians = rotate(commands, args.runs)
    finally:
        for path, data in saved.items():
            path.write_bytes(data)
        if workspace is not None:
            build(workspace)
    base = medians["bare load"]
    print(f"graph: {graph}; runs: {args.runs}; load average: {os.getloadavg()[0]:.1f}")
    print(f"{'process':20s} {'wall s':>8s} {'cpu s':>8s} {'wall/load':>10s} {'cpu/load':>9s}")
    for name, m in medians.items():
        wall, cpu = m["wall_s"] / base["wall_s"], m["cpu_s"] / base["cpu_s"]
        print(f"{name:20s} {m['wall_s']:8.3f} {m['cpu_s']:8.3f} {wall:10.3f} {cpu:9.3f}")
    if "validate --changed" in medians:
        share = medians["validate --changed"]["wall_s"] / medians["validate"]["wall_s"]
        print(f"validate --changed / validate: {share:.3f} (target: --changed at most 2 s)")
    result: dict[str, object] = {"medians": medians}
    if args.checks:
        rows = per_check(args.graph)
        result["checks"] = [{"seconds": round(s, 4), "what": w, "name": n} for s, w, n in rows]
        print(f"\n{'seconds':>8s}  what / shape or targets")
        for seconds, what, name in rows:
            print(f"{seconds:8.3f}  {what}: {name}")
    if args.output:
        args.output.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
