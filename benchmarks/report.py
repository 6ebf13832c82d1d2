"""Turn benchmarks/results/results.json into results.md, results.csv and scaling.png.

python benchmarks/report.py   # re-render from the committed results.json
"""

from __future__ import annotations

import csv
import itertools
import json
import math
import sys
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def flat_rows(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (size, engine, operation): seconds and peak memory."""
    rows = []
    for entry in results["sizes"]:
        n = entry["triples"]

        def add(
            engine: str, operation: str, seconds: Any, peak: Any = None, note: str = "", n: int = n
        ) -> None:
            rows.append({"triples": n, "engine": engine, "operation": operation,
                         "seconds": seconds, "peak_mb": peak, "note": note})  # fmt: skip

        add("narcokg", "build", entry["build"].get("seconds"), entry["build"].get("peak_mb"))
        raw = entry["raw_load"]
        add("pyoxigraph", "load (bare)", raw.get("seconds"), raw.get("peak_mb"))
        for engine in ("narcokg", "pyoxigraph", "rdflib"):
            data = entry.get(engine)
            if not data or "error" in data:
                continue
            add(engine, "load", data["load"], data["peak_mb"])
            for name, q in data["queries"].items():
                if "stopped_after" in q:
                    add(engine, f"query {name}", None, note=f"stopped after {q['stopped_after']} s")
                    continue
                add(engine, f"query {name} (warm)", q["warm"])
                add(engine, f"query {name} (cold)", q["cold"])
        for engine, key in (("narcokg fast", "validate_fast"), ("pyshacl", "validate_pyshacl")):
            if key in entry and "seconds" in entry[key]:
                add(engine, "validate", entry[key]["seconds"], entry[key]["peak_mb"])
    return rows


def exponent(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of log(time) against log(size): 1 is linear, 2 quadratic."""
    points = [(x, y) for x, y in points if x and y and y > 0]
    if len(points) < 2:
        return None
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else None


def series(rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[tuple[float, float]]]:
    found: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for row in rows:
        if row["seconds"] is not None:
            found.setdefault((row["engine"], row["operation"]), []).append(
                (row["triples"], row["seconds"])
            )
    return found


def ratio_lines(results: dict[str, Any]) -> list[str]:
    lines = [
        "| triples | operation | narcokg (s) | raw pyoxigraph (s) | ratio | target | runs |",
        "|---|---|---|---|---|---|---|",
    ]
    for entry in results["sizes"]:
        ours, raw = entry.get("narcokg", {}), entry.get("pyoxigraph", {})
        if "load" not in ours or "load" not in raw:
            continue
        pairs = [("load", ours["load"], raw["load"])]
        pairs += [(f"query {n} (warm)", q["warm"], raw["queries"][n]["warm"])
                  for n, q in ours["queries"].items()]  # fmt: skip
        runs = entry.get("runs", "")
        for name, a, b in pairs:
            cells = f"{entry['triples']:,} | {name} | {a:.4f} | {b:.4f} | {a / b:.2f} | ≤ 1.2"
            lines.append(f"| {cells} | {runs} |")
        fast = entry.get("validate_fast", {}).get("seconds")
        if fast:
            load = entry["raw_load"]["seconds"]
            name = "validate (fast, incl. load) vs bare load"
            cells = f"{entry['triples']:,} | {name} | {fast:.3f} | {load:.3f} | {fast / load:.2f}"
            lines.append(f"| {cells} | ≤ 2 | {runs} |")
    return lines


def write_report(results: dict[str, Any], out: Path) -> None:
    rows = flat_rows(results)
    with (out / "results.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    lines = ["# narcokg scale benchmark", "", f"Machine: `{json.dumps(results['machine'])}`", ""]
    lines += ["## Targets (ratios measured in the same run)", "",
              "Medians over `runs` fresh processes per side, run alternately; warm query times",
              "are themselves medians of repeats within each process.", ""]  # fmt: skip
    lines += ratio_lines(results)
    startup = results.get("startup", {})
    if startup:
        lines += ["", "## Start-up on the seed graph (whole process, median)", "",
                  "| command | seconds | times `import rdflib` |", "|---|---|---|"]  # fmt: skip
        base = startup['python -c "import rdflib"']
        lines += [f"| `{k}` | {v:.3f} | {v / base:.2f} |" for k, v in startup.items()]
    lines += ["", "## Cost curve (time ~ triples^k; a step above 1.15 is flagged)", "",
              "k fitted over all sizes, and between each pair of neighbouring sizes (the steps).",
              "", "| engine | operation | k (all sizes) | k per step | |",
              "|---|---|---|---|---|"]  # fmt: skip
    for (engine, op), points in sorted(series(rows).items()):
        k = exponent(points)
        if k is None:
            continue
        ordered = sorted(points)
        steps = [exponent([a, b]) for a, b in itertools.pairwise(ordered)]
        shown = ", ".join("-" if x is None else f"{x:.2f}" for x in steps)
        flag = "superlinear" if any(x is not None and x > 1.15 for x in steps) else ""
        lines.append(f"| {engine} | {op} | {k:.2f} | {shown} | {flag} |")
    lines += ["", "## All figures", "", "| triples | engine | operation | seconds | peak MB |",
              "|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        peak = f"{r['peak_mb']:.0f}" if r["peak_mb"] else ""
        seconds = r["note"] if r["seconds"] is None else f"{r['seconds']:.4f}"
        cells = f"{r['triples']:,} | {r['engine']} | {r['operation']} | {seconds} | {peak}"
        lines.append(f"| {cells} |")
    (out / "results.md").write_text("\n".join(lines) + "\n")
    plot(rows, out / "scaling.png")


def plot(rows: list[dict[str, Any]], target: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed: no plot", file=sys.stderr)
        return
    wanted = ("load", "validate", "query operations-in-region (warm)", "query measurements (warm)",
              "query share-of-national (warm)", "build")  # fmt: skip
    figure, axes = plt.subplots(2, 3, figsize=(15, 9))
    for axis, operation in zip(axes.flat, wanted, strict=True):
        for (engine, op), points in sorted(series(rows).items()):
            if op == operation:
                xs, ys = zip(*sorted(points), strict=True)
                axis.plot(xs, ys, marker="o", label=engine)
        axis.set(xscale="log", yscale="log", title=operation, xlabel="triples", ylabel="seconds")
        axis.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(target, dpi=90)


if __name__ == "__main__":
    write_report(json.loads((RESULTS / "results.json").read_text()), RESULTS)
