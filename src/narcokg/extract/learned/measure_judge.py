"""Judge the learned measure model against the rules, on the figures the rules draft.

``python -m narcokg.extract.learned.measure_judge [--corpus corpus]`` prints, in aggregate only:

- dev: each English dev report's drafted figures matched to its key (as ``narcokg eval`` matches
  them), the rules' measure accuracy against the model's out-of-fold accuracy (each report read
  by a model fitted without it, grouped 5-fold), by what the rules gave (a registry measure read
  from the figure's own words, a registry measure the rules noted as doubtful, a proposed one);
- calibration: the model fitted on all of dev, the rules against the model and against each
  combination policy (:func:`combined`) over the calibration split's matched figures.

Needs scikit-learn (the ``learn`` extra). Internal: it chose the thresholds
:mod:`.measure_opinion` ships.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from narcokg.extract.draft import draft_document
from narcokg.extract.evaluate import score_figures
from narcokg.extract.learned import train_measures as training
from narcokg.extract.learned.measure_features import features
from narcokg.extract.learned.measure_model import MODEL_FILE, MeasureModel
from narcokg.extract.learned.measure_opinion import rules_doubt
from narcokg.extract.scoring import drafted_figures
from narcokg.model.registry import registry
from narcokg.model.workspace import find_workspace


@dataclass(frozen=True)
class Row:
    """One matched figure: the key's measure, the rules' and the model's reading."""

    document: str
    key: str
    rules: str
    group: str  # registry | noted | proposed
    features: tuple[str, ...]
    model: str | None = None
    p: float = 0.0


def matched_rows(corpus: Path, split: str) -> list[Row]:
    """The matched figures of the English reports of ``split``, with the rules' measure."""
    known, rows = registry().measures, []
    for key, text in training.english_keys(corpus, split):
        draft = draft_document(
            text, key.document.id, key.document.published, file=key.document.file,
            gazetteer_file=find_workspace().gazetteer_file,
        )  # fmt: skip
        figures = {f.id: f for f in drafted_figures(draft)}
        score = score_figures(key.document.id, text, list(figures.values()), key)
        for pair in score.pairs:
            figure = figures[pair.drafted_id]
            noted = rules_doubt(figure.review)
            group = "proposed" if figure.measure not in known else "noted" if noted else "registry"
            found = tuple(features(text, figure.start, figure.end))
            rows.append(Row(key.document.id, pair.key["measure"], figure.measure, group, found))
    return rows


def with_model(rows: list[Row], model: MeasureModel) -> list[Row]:
    return [Row(*_fields(r), *model.predict_features(r.features)) for r in rows]


def _fields(row: Row) -> tuple[str, str, str, str, tuple[str, ...]]:
    return row.document, row.key, row.rules, row.group, row.features


def dev_out_of_fold(corpus: Path, c: float) -> list[Row]:
    """Dev's matched figures, each read by a model fitted on the keys of the other folds."""
    from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

    examples = training.key_examples(corpus)
    labels = training.labels_of(examples)
    rows = matched_rows(corpus, "dev")
    groups = [e.document for e in examples]
    found: list[Row] = []
    for train, test in GroupKFold(n_splits=training.FOLDS).split(examples, labels, groups):
        fitted = training.fit([examples[i] for i in train], [labels[i] for i in train], c)
        held = {examples[i].document for i in test}
        found += with_model([r for r in rows if r.document in held], MeasureModel(fitted))
    return found


def combined(row: Row, doubtful: float | None, disagree: float | None) -> str:
    """The measure a policy keeps: the model's when the rules' reading is doubtful (noted or
    proposed) and p >= ``doubtful``, or whenever the two disagree and p >= ``disagree``."""
    if row.model is None or row.model == row.rules:
        return row.rules
    if doubtful is not None and row.group != "registry" and row.p >= doubtful:
        return row.model
    if disagree is not None and row.p >= disagree:
        return row.model
    return row.rules


THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def policies(rows: list[Row]) -> list[tuple[float, str]]:
    """Measure accuracy of the rules, the model and every policy of :data:`THRESHOLDS` (with how
    many figures the policy gives the model's measure)."""
    n = max(len(rows), 1)
    result = [
        (sum(r.rules == r.key for r in rows) / n, "rules"),
        (sum(r.model == r.key for r in rows) / n, "model alone (abstain: wrong)"),
    ]
    said = [r for r in rows if r.model is not None]
    right = sum(r.model == r.key for r in said) / max(len(said), 1)
    result.append((right, f"model where it does not abstain ({len(said)} figures)"))
    for t in THRESHOLDS:
        for name, args in (("doubtful", (t, None)), ("disagree", (None, t))):
            chosen = [combined(r, *args) for r in rows]
            changed = sum(c != r.rules for c, r in zip(chosen, rows, strict=True))
            right = sum(c == r.key for c, r in zip(chosen, rows, strict=True))
            result.append((right / n, f"{name} p>={t} ({changed} overridden)"))
    return result


def by_group(rows: list[Row]) -> list[str]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row.group].append(row)
    lines = []
    for name, members in [*sorted(groups.items()), ("all", rows)]:
        rules = sum(r.rules == r.key for r in members) / len(members)
        model = sum(r.model == r.key for r in members) / len(members)
        agree = [r for r in members if r.model == r.rules]
        other = [r for r in members if r.model != r.rules]
        right = sum(r.rules == r.key for r in agree) / max(len(agree), 1)
        wrong = sum(r.rules == r.key for r in other) / max(len(other), 1)
        lines.append(
            f"  {name:9} n={len(members):4}  rules {rules:.3f}  model {model:.3f}"
            f"  agree on {len(agree)} (rules right on {right:.3f} of them; {wrong:.3f} of the rest)"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--c", type=float, default=None, help="default: the shipped model's")
    args = parser.parse_args(argv)
    c = args.c or float(json.loads(MODEL_FILE.read_text(encoding="utf-8"))["C"])
    for split, rows in (
        ("dev (out of fold)", dev_out_of_fold(args.corpus, c)),
        ("calibration (fitted on all dev)", _calibration(args.corpus, c)),
    ):
        print(f"{split}: {len(rows)} matched figures")
        print("\n".join(by_group(rows)))
        for accuracy, name in policies(rows):
            print(f"  {accuracy:.3f}  {name}")
    return 0


def _calibration(corpus: Path, c: float) -> list[Row]:
    examples = training.key_examples(corpus)
    model = MeasureModel(training.fit(examples, training.labels_of(examples), c))
    return with_model(matched_rows(corpus, "calibration"), model)


if __name__ == "__main__":
    raise SystemExit(main())
