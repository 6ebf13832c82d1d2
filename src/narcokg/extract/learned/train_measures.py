"""Train the learned measure model from the dev split's English answer keys.

``python -m narcokg.extract.learned.train_measures [--corpus corpus] [--out FILE]`` reads every
keyed figure of the dev split's English reports (the key's quote, found in the text, and its
measure), chooses the L2 strength C by 5-fold cross-validation grouped by report, fits a
multinomial logistic regression on all of them and writes its weights as JSON
(:data:`measure_model.MODEL_FILE`). Needs scikit-learn (the ``learn`` extra); the run is
deterministic, so a re-run writes the same bytes. Internal.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narcokg.extract.learned.measure_features import features
from narcokg.extract.learned.measure_model import ABSTAIN, MODEL_FILE
from narcokg.extract.scoring import documents_of, keys_of
from narcokg.model.facts import FactFile, load_facts
from narcokg.model.spans import find_quote

#: The L2 strengths tried; the one with the best grouped out-of-fold accuracy is kept.
C_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
MIN_FEATURE_COUNT = 2  # features seen fewer times are dropped
MIN_CLASS_COUNT = 3  # measures with fewer examples become ABSTAIN
FOLDS = 5
MIN_WEIGHT = 0.01


@dataclass(frozen=True)
class Example:
    document: str
    features: tuple[str, ...]
    label: str


def english_keys(corpus: Path, split: str) -> Iterator[tuple[FactFile, str]]:
    """The English answer keys of ``split`` at the top of ``corpus`` (not its language folders),
    each with its report's text."""
    chosen = documents_of(corpus, split) or set()
    for path in keys_of(corpus):
        if path.parent == corpus and path.stem in chosen:
            key = load_facts(path)
            if key.document.language == "en":
                yield key, (corpus / key.document.file).read_text(encoding="utf-8")


def key_examples(corpus: Path, split: str = "dev") -> list[Example]:
    """Every keyed figure of the English reports of ``split`` (top-level keys only), with the
    features of its quote's place in the text."""
    found = []
    for key, text in english_keys(corpus, split):
        for fact in key.measurements:
            span = find_quote(text, fact.quote, within=fact.within)
            found.append(
                Example(key.document.id, tuple(features(text, span.start, span.end)), fact.measure)
            )
    return found


def labels_of(examples: list[Example]) -> list[str]:
    """Each example's measure, or :data:`ABSTAIN` for a measure with too few examples."""
    counts = Counter(e.label for e in examples)
    return [e.label if counts[e.label] >= MIN_CLASS_COUNT else ABSTAIN for e in examples]


def fit(examples: list[Example], labels: list[str], c: float) -> dict[str, Any]:
    """A fitted model as the JSON-ready dict :mod:`.measure_model` applies."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    counts = Counter(f for e in examples for f in e.features)
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    matrix = _matrix(examples, {f: i for i, f in enumerate(vocabulary)})
    model = LogisticRegression(C=c, max_iter=2000).fit(matrix, labels)
    classes = [str(c) for c in model.classes_]
    weights = {}
    for index, feature in enumerate(vocabulary):
        kept = [
            [row, round(float(w), 6)]
            for row, w in enumerate(model.coef_[:, index])
            if abs(w) >= MIN_WEIGHT  # the weights that barely move a score: 3 in 4, dropped
        ]
        if kept:
            weights[feature] = kept
    return {
        "C": c,
        "classes": classes,
        "intercept": [round(float(w), 6) for w in model.intercept_],
        "weights": weights,
    }


def _matrix(examples: list[Example], index: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    rows, cols = [], []
    for row, example in enumerate(examples):
        for feature in example.features:
            if feature in index:
                rows.append(row)
                cols.append(index[feature])
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(examples), len(index)))


def out_of_fold(
    examples: list[Example], labels: list[str], c: float
) -> list[tuple[str | None, float]]:
    """Each example's prediction by a model fitted without its report (grouped 5-fold)."""
    from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

    from narcokg.extract.learned.measure_model import MeasureModel

    found: list[tuple[str | None, float]] = [(None, 0.0)] * len(examples)
    groups = [e.document for e in examples]
    for train, test in GroupKFold(n_splits=FOLDS).split(examples, labels, groups):
        model = MeasureModel(fit([examples[i] for i in train], [labels[i] for i in train], c))
        for i in test:
            found[i] = model.predict_features(examples[i].features)
    return found


def choose_c(examples: list[Example], labels: list[str]) -> tuple[float, dict[float, float]]:
    """The C of :data:`C_GRID` with the best out-of-fold accuracy (ties: the smaller C)."""
    scores = {}
    for c in C_GRID:
        predicted = out_of_fold(examples, labels, c)
        scores[c] = sum(p == e.label for (p, _), e in zip(predicted, examples, strict=True))
    best = max(C_GRID, key=lambda c: (scores[c], -c))
    return best, {c: n / len(examples) for c, n in scores.items()}


def model_text(model: dict[str, Any]) -> str:
    """The model's JSON: sorted keys, one line per feature, a final newline."""
    lines = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(model["weights"].items())]
    head = json.dumps({k: v for k, v in model.items() if k != "weights"}, sort_keys=True)
    return head[:-1] + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--c", type=float, default=None, help="skip the search; use this C")
    args = parser.parse_args(argv)
    examples = key_examples(args.corpus)
    labels = labels_of(examples)
    c = args.c
    if c is None:
        c, scores = choose_c(examples, labels)
        print("grouped 5-fold OOF accuracy by C:", {k: round(v, 3) for k, v in scores.items()})
    text = model_text(fit(examples, labels, c))
    temporary = args.out.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, args.out)
    print(f"{len(examples)} figures, {len(set(labels))} classes, C={c}: wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
