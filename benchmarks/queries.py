"""Every stored query's query time, before and after a change of the query texts, in one run.

    python benchmarks/queries.py --documents 3047 --workspace DIR   # writes and builds DIR first
    python benchmarks/queries.py --workspace DIR                    # DIR already built
    python benchmarks/queries.py --workspace DIR --check-documents 30

"Before" is the text of ``queries/`` at ``--before`` (a git revision: by default the commit before
the derived links and the rewrites), "after" is the working tree's. For each stored query (with
its required parameters' examples, and the optional ones of ``CASES``), on pyoxigraph in memory
(the built Turtle loaded) and on the workspace's read-only on-disk store (``.narcokg/``, written
by ``narcokg build``): the query time (evaluation and every row materialised, not the load),
median of ``--repeats`` (in memory) and ``--disk-repeats`` runs after one warm-up, before and
after alternating. Both texts must give the same rows on the workspace, or the script exits 1.

A synthetic corpus states each figure once, so ``same-figure-by-source`` would have nothing to
pair: the workspace written here restates every ``--restate-every``-th report as a second
document (same text, new id), as reports quoting an earlier one do.

``--check-documents N`` also writes a small corpus (N reports, same restatements) and checks that
every stored query gives the same rows on rdflib and on pyoxigraph there, before and after; the
before texts rdflib cannot finish within ``--rdflib-timeout`` seconds are reported, not compared.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BEFORE = "cf77825"  # main before the derived links (issue 13, part 2)
#: optional parameters worth timing too: (query, values)
CASES: list[tuple[str, dict[str, str]]] = [
    ("same-figure-by-source", {"measure": "drug-crime-cases-cracked"}),
    ("share-of-national", {"region": "Yunnan"}),
    ("measurements-for-region", {"region": "China"}),
    ("seizures-by-operation", {"operation_name": "Kingpin Hunt"}),
]


def restate(workspace: Path, every: int) -> int:
    """Copy every ``every``-th report as a second document stating the same figures."""
    count = 0
    for number, facts in enumerate(sorted((workspace / "facts").glob("*.yaml"))):
        if number % every or facts.stem.endswith("-restated"):
            continue
        new_id = facts.stem + "-restated"
        text = facts.read_text("utf-8")
        text = re.sub(r"(?m)^  id: .*$", f"  id: {new_id}", text, count=1)
        text = re.sub(r"(?m)^  file: .*$", f"  file: {new_id}.txt", text, count=1)
        (workspace / "facts" / f"{new_id}.yaml").write_text(text, "utf-8")
        source = workspace / "sources" / f"{facts.stem}.txt"
        (workspace / "sources" / f"{new_id}.txt").write_bytes(source.read_bytes())
        count += 1
    return count


def make_workspace(target: Path, documents: int, every: int) -> None:
    narcokg = str(BIN / "narcokg")
    subprocess.run([narcokg, "synth", "--documents", str(documents), "-o", str(target),
                    "--seed", "7"], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    restate(target, every)
    subprocess.run([narcokg, "--project", str(target), "build"], check=True)


def catalogues(before: str) -> dict[str, Any]:
    from narcokg.queries.catalogue import load_catalogue

    after = load_catalogue(ROOT / "queries")
    texts: dict[str, str] = {}
    for query in after if before != "none" else ():
        command = ["git", "-C", str(ROOT), "show", f"{before}:queries/{query.name}.rq"]
        shown = subprocess.run(command, capture_output=True, text=True, check=True)
        texts[query.name] = shown.stdout
    return {"after": after, "before_texts": texts}


def cases(after: Any) -> list[tuple[str, dict[str, str]]]:
    every = [(q.name, {p.name: p.example for p in q.params if p.required}) for q in after]
    return sorted(every + CASES, key=lambda case: (case[0], sorted(case[1].items())))


def rendered(name: str, values: dict[str, str], text: str) -> str:
    """``text`` (a version of the stored query ``name``) with the parameters bound."""
    from narcokg.queries.catalogue import load_catalogue, render_query

    query = load_catalogue(ROOT / "queries").get(name)
    return render_query(dataclasses.replace(query, text=text), values)


def timed(store: Any, text: str) -> tuple[float, list[tuple[Any, ...]]]:
    start = time.perf_counter()
    rows = [tuple(solution) for solution in store.query(text)]
    return time.perf_counter() - start, rows


def same_rows(one: Any, other: Any) -> bool:
    """The same rows, in any order: where ORDER BY leaves ties, engines order them differently."""
    return sorted(map(repr, one)) == sorted(map(repr, other))


def measure(stores: dict[str, tuple[Any, int]], texts: dict[str, str]) -> dict[str, Any]:
    """Median query time of each text on each (store, repeats), the texts alternating; rows
    checked equal."""
    samples: dict[str, list[float]] = {}
    answers: dict[str, list[tuple[Any, ...]]] = {}
    from narcokg.queries.engines import LocalEngine

    engine_rows: list[int] = []
    for store_name, (store, repeats) in stores.items():
        for text in texts.values():
            timed(store, text)  # warm-up
        for _ in range(repeats):
            for side, text in texts.items():
                elapsed, rows = timed(store, text)
                samples.setdefault(f"{store_name} {side}", []).append(elapsed)
                answers[f"{store_name} {side}"] = rows
            # the same text through narcokg's engine: rows wrapped in its own types
            start = time.perf_counter()
            result = LocalEngine(store=store).run(texts["after"])
            samples.setdefault(f"{store_name} narcokg", []).append(time.perf_counter() - start)
            engine_rows.append(len(result.rows))  # type: ignore[union-attr]
    reference = next(iter(answers.values()))
    return {
        "rows": len(reference),
        "same": all(same_rows(rows, reference) for rows in answers.values())
        and all(count == len(reference) for count in engine_rows),
        "same_order": all(rows == reference for rows in answers.values()),
        "median_s": {key: round(statistics.median(v), 4) for key, v in samples.items()},
        "samples": samples,
    }


def run_benchmark(workspace: Path, before: str, repeats: tuple[int, int]) -> list[dict[str, Any]]:
    import pyoxigraph as ox

    from narcokg.build.ondisk import fresh_store_path

    graph = workspace / "narcokg.ttl"
    memory = ox.Store()
    start = time.perf_counter()
    memory.load(path=str(graph), format=ox.RdfFormat.TURTLE)
    print(f"loaded {len(memory)} triples in {time.perf_counter() - start:.1f} s", flush=True)
    folder = fresh_store_path(graph)
    if folder is None:
        raise SystemExit(f"{workspace} has no current on-disk store: run `narcokg build` there")
    stores = {"memory": (memory, repeats[0])}
    if repeats[1]:  # --disk-repeats 0: in memory only
        stores["disk"] = (ox.Store.read_only(str(folder)), repeats[1])
    known = catalogues(before)
    results = []
    for name, values in cases(known["after"]):
        texts = {"after": rendered(name, values, known["after"].get(name).text)}
        if before != "none":
            texts = {"before": rendered(name, values, known["before_texts"][name]), **texts}
        row = {"query": name, "params": values, **measure(stores, texts)}
        results.append(row)
        shown = ("query", "params", "rows", "same", "same_order", "median_s")
        print(json.dumps({key: row[key] for key in shown}), flush=True)
    return results


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| query | rows | memory before s | memory after s | after/before | memory narcokg s "
        "| disk before s | disk after s | after/before | disk narcokg s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results:
        t = {key: f"{value:.3f}" for key, value in row["median_s"].items()}
        params = ", ".join(f"{k}={v}" for k, v in row["params"].items())
        name = f"`{row['query']}`" + (f" ({params})" if params else "")
        cells = [name, f"{row['rows']:,}"]
        for where in ("memory", "disk"):
            before, after = (
                row["median_s"].get(f"{where} before"),
                row["median_s"].get(f"{where} after"),
            )
            ratio = f"{after / max(before, 1e-6):.2f}" if before and after else "-"
            cells += [t.get(f"{where} before", "-"), t.get(f"{where} after", "-"), ratio,
                      t.get(f"{where} narcokg", "-")]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _in_child(target: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
    """``target(*args)`` in a child process, None when it outlives ``timeout`` (then killed)."""
    with multiprocessing.Pool(1) as pool:
        pending = pool.apply_async(target, args)
        try:
            return pending.get(timeout)
        except multiprocessing.TimeoutError:
            pool.terminate()
            return None


def _answer(engine_name: str, graph: str, text: str) -> Any:
    from narcokg.queries.engines import LocalEngine, RdflibEngine

    files = [Path(graph)]
    engine = LocalEngine(files) if engine_name == "oxigraph" else RdflibEngine(files)
    return engine.run(text)


def check_engines(workspace: Path, before: str, timeout: float) -> bool:
    """Every case gives the same answer on rdflib and on pyoxigraph, after (and before)."""
    known = catalogues(before)
    graph = str(workspace / "narcokg.ttl")
    agree = True
    for name, values in cases(known["after"]):
        after = rendered(name, values, known["after"].get(name).text)
        old_text = known["before_texts"].get(name)  # None with --before none
        old = after if old_text is None else rendered(name, values, old_text)
        fast = _answer("oxigraph", graph, after)
        slow = _in_child(_answer, ("rdflib", graph, after), timeout)
        old_fast = fast if old_text is None else _answer("oxigraph", graph, old)
        old_slow = slow if old_text is None else _in_child(_answer, ("rdflib", graph, old), timeout)
        same = slow is not None and slow.variables == fast.variables
        same = same and same_rows(fast.rows, slow.rows) and same_rows(old_fast.rows, fast.rows)
        agree &= same and (old_slow is None or same_rows(old_slow.rows, fast.rows))
        shown = "stopped" if old_slow is None else str(same_rows(old_slow.rows, fast.rows))
        print(f"{name} {values}: {len(fast.rows)} rows; rdflib == pyoxigraph: "
              f"{slow is not None and same_rows(fast.rows, slow.rows)} (same order: "
              f"{slow is not None and fast == slow}); before == after: "
              f"{same_rows(old_fast.rows, fast.rows)}; rdflib before: {shown}",
              flush=True)  # fmt: skip
    return agree


def whole_processes(workspace: Path, runs: int) -> list[dict[str, Any]]:
    """``narcokg query NAME --format csv`` (from the workspace's on-disk store) against ``oxigraph
    query --location DB`` with the same rendered text on a database ``oxigraph load`` made from
    the same Turtle, CSV both; alternating, medians; the two must print as many lines."""
    from narcokg.queries.catalogue import load_catalogue, render_query

    database = workspace.with_name(workspace.name + "-oxigraph")
    graph = str(workspace / "narcokg.ttl")
    if not database.is_dir():
        load = [str(BIN / "oxigraph"), "load", "--location", str(database), "--file", graph]
        subprocess.run(load, check=True, stderr=subprocess.DEVNULL)
    catalogue = load_catalogue(ROOT / "queries")
    results = []
    for name, values in cases(catalogue):
        query_file = database.with_name(database.name + ".rq")
        query_file.write_text(render_query(catalogue.get(name), values), "utf-8")
        params = [arg for key, value in values.items() for arg in ("-p", f"{key}={value}")]
        commands = {
            "narcokg": [str(BIN / "narcokg"), "query", name, *params, "--format", "csv"],
            "oxigraph": [str(BIN / "oxigraph"), "query", "--location", str(database),
                         "--query-file", str(query_file), "--results-format", "csv"],
        }  # fmt: skip
        refused = subprocess.run(commands["narcokg"], cwd=workspace, capture_output=True)
        if refused.returncode:  # an entity parameter naming nothing in this graph: exit 2
            print(f"{name} {values}: {refused.stderr.decode().strip()}", flush=True)
            continue
        samples: dict[str, list[float]] = {side: [] for side in commands}
        lines: dict[str, int] = {}
        for _ in range(runs):
            for side, command in commands.items():
                start = time.perf_counter()
                done = subprocess.run(command, cwd=workspace, capture_output=True, check=True)
                samples[side].append(time.perf_counter() - start)
                lines[side] = done.stdout.count(b"\n")
        medians = {side: statistics.median(values) for side, values in samples.items()}
        same = len(set(lines.values())) == 1
        ratio = medians["narcokg"] / medians["oxigraph"]
        row = {"query": name, "params": values, "lines": lines, "same": same,
               "median_s": medians, "ratio": ratio, "samples": samples}  # fmt: skip
        print(json.dumps({k: v for k, v in row.items() if k != "samples"}), flush=True)
        results.append(row)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--documents", type=int, help="write and build a corpus of this size")
    parser.add_argument("--restate-every", type=int, default=20)
    parser.add_argument("--before", default=BEFORE, help="git revision of the 'before' queries")
    parser.add_argument("--repeats", type=int, default=5, help="runs per text in memory")
    parser.add_argument("--disk-repeats", type=int, default=1, help="runs on disk (0: none)")
    parser.add_argument("--check-documents", type=int, help="also check engines on N reports")
    parser.add_argument("--rdflib-timeout", type=float, default=120)
    parser.add_argument("--output", type=Path, help="write the results as JSON")
    parser.add_argument(
        "--processes", type=int, default=0, help="whole-process runs against `oxigraph query`"
    )
    args = parser.parse_args()
    ok = True
    if args.check_documents:
        small = args.workspace.with_name(args.workspace.name + "-check")
        if not (small / "narcokg.ttl").is_file():
            make_workspace(small, args.check_documents, args.restate_every)
        ok &= check_engines(small, args.before, args.rdflib_timeout)
    if args.documents and not (args.workspace / "narcokg.ttl").is_file():
        make_workspace(args.workspace, args.documents, args.restate_every)
    load_before = os.getloadavg()[0]
    results = run_benchmark(args.workspace, args.before, (args.repeats, args.disk_repeats))
    print(table(results))
    if args.processes:
        processes = whole_processes(args.workspace.resolve(), args.processes)
        ok &= all(row["same"] for row in processes)
        results.append({"whole_processes": processes})
    print(f"load average (1 min) at start {load_before:.1f}, at end {os.getloadavg()[0]:.1f}; "
          f"{os.cpu_count()} cpus")  # fmt: skip
    if args.output:
        args.output.write_text(json.dumps(results, indent=1) + "\n")
    ok &= all(row["same"] for row in results if "same" in row)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
