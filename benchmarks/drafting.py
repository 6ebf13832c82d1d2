"""Drafting speed of this checkout against an earlier revision, measured in the same run.

    python benchmarks/drafting.py --baseline REV [--split dev] [--runs 3]

Exports REV with `git archive` into a temporary directory, then runs `narcokg eval --split SPLIT`
(drafting every report of the split and scoring it) alternately with the baseline's code and this
checkout's, each in its own process with its own `src/` first on the path and its own tree as the
working directory (so each reads its own ontology and gazetteer), over this checkout's corpus. The
first round warms the disk cache and is dropped. Reports the median user + system CPU seconds of
each side and their ratio; CPU rather than wall time because this machine is shared and noisy.
It also says whether the two versions' eval reports are identical: a speed-only change should
leave every score as it was.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def export(revision: str, into: Path) -> Path:
    """The tree of `revision` as a plain directory (no checkout of the working copy is touched)."""
    archive = into / "baseline.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "-C", str(ROOT), "archive", revision], stdout=out, check=True)
    tree = into / "baseline"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def run_eval(tree: Path, corpus: Path, split: str) -> tuple[float, str]:
    """CPU seconds of one `narcokg eval` with `tree`'s code, and what it printed."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    command = [sys.executable, "-m", "narcokg", "eval", "--corpus", str(corpus), "--split", split]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="a git revision, e.g. a tag or HEAD~3")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    corpus = ROOT / "corpus"
    with tempfile.TemporaryDirectory() as scratch:
        trees = {"baseline": export(args.baseline, Path(scratch)), "this checkout": ROOT}
        seconds: dict[str, list[float]] = {name: [] for name in trees}
        reports: dict[str, str] = {}
        for run in range(args.runs + 1):
            for name, tree in trees.items():
                cpu, reports[name] = run_eval(tree, corpus, args.split)
                if run:
                    seconds[name].append(cpu)
    base, this = (statistics.median(seconds[name]) for name in trees)
    for name in trees:
        runs = ", ".join(f"{s:.1f}" for s in seconds[name])
        print(f"{name:14} median {statistics.median(seconds[name]):6.1f} s CPU  (runs: {runs})")
    print(f"ratio this checkout / {args.baseline}: {this / base:.3f} (CPU, {args.runs} runs each)")
    same = reports["baseline"] == reports["this checkout"]
    print("eval reports identical" if same else "eval reports differ: scores changed as well")


if __name__ == "__main__":
    main()
