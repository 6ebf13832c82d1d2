"""What the learned measure model's second opinion costs drafting, against drafting without it.

    python benchmarks/learned_measures.py [--corpus corpus] [--split dev] [--runs 3]

Times, interleaved in one process, the scoring of a split's reports (`narcokg eval`'s work:
drafting every report and matching it to its key) with the second opinion as shipped and with it
switched off (the call in extract/assemble.py replaced by one that does nothing), after one warm-up
of each. Prints the medians and their ratio; the share of eval time the model adds.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from narcokg.extract import assemble
from narcokg.extract.scoring import documents_of, evaluate_corpus
from narcokg.model.workspace import find_workspace


def _nothing(text: str, fact: object) -> None:
    return None


def timed(corpus: Path, documents: set[str] | None, opinion: bool) -> float:
    shipped = assemble.second_opinion
    assemble.second_opinion = shipped if opinion else _nothing  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        evaluate_corpus(corpus, find_workspace().gazetteer_file, documents)
        return time.perf_counter() - start
    finally:
        assemble.second_opinion = shipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    documents = documents_of(args.corpus, args.split)
    times: dict[bool, list[float]] = {True: [], False: []}
    for run in range(args.runs + 1):
        for opinion in (False, True):
            seconds = timed(args.corpus, documents, opinion)
            if run:  # the first round warms caches (the registry, the model's JSON)
                times[opinion].append(seconds)
    without, with_model = (statistics.median(times[k]) for k in (False, True))
    print(f"{args.split}: without the model {without:.2f} s, with it {with_model:.2f} s")
    print(f"ratio {with_model / without:.3f} (median of {args.runs} interleaved runs)")


if __name__ == "__main__":
    main()
