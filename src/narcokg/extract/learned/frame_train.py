"""Train the home-region ranker: ``python -m narcokg.extract.learned.frame_train``.

Reads every English report of the dev and calibration splits, builds its candidate home regions
and their features (:mod:`.frame_features`) from the rules' context, labels the candidate equal
to the key's frame region (:func:`.frame_eval.key_frame`: the regions most of the key's figures
carry), fits a logistic regression over the candidates (scikit-learn, the ``learn`` extra) and
writes ``frame_model.json`` (weights rounded to 6 decimals, sorted keys: the same bytes on a
re-run). It prints, out of fold (GroupKFold by report), how often the ranker's top candidate and
the rules' guess agree with the key, per split; a report whose key region is no candidate counts
as a miss for both. Internal.
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narcokg.extract.learned.frame_features import Candidate, candidates, spans_of
from narcokg.extract.learned.frame_model import MODEL_FILE, FrameModel
from narcokg.extract.learned.frame_period_features import period_candidates
from narcokg.model.periods import canonical_label

if TYPE_CHECKING:
    from narcokg.extract.frame_answers import FrameGuess
    from narcokg.model.regions import Region

SPLITS = ("dev", "calibration")
#: inverse L2 strength; chosen out of fold among 0.1, 0.3, 1, 3 (docs/extraction.md)
C = 1.0
FOLDS = 5


QUESTIONS = ("region", "period")


@dataclass(frozen=True)
class Report:
    """One report's candidates for one question, the key's answer and the rules' guess."""

    document: str
    split: str
    candidates: list[Candidate]
    label: tuple[str, ...]
    guess: tuple[str, ...]

    def right(self, regions: tuple[str, ...]) -> bool:
        return bool(self.label) and sorted(regions) == sorted(self.label)


def reports(corpus: Path, gazetteer: Path | None = None) -> dict[str, list[Report]]:
    """Per question, the candidates of every English report of the dev and calibration
    splits."""
    from narcokg.extract.scoring import documents_of, keys_of
    from narcokg.model.facts import load_facts
    from narcokg.model.workspace import find_workspace

    gazetteer = gazetteer or find_workspace().gazetteer_file  # as `narcokg eval` drafts
    chosen = {s: documents_of(corpus, s) or set() for s in SPLITS}
    found: dict[str, list[Report]] = {q: [] for q in QUESTIONS}
    for path in keys_of(corpus):
        split = next((s for s in SPLITS if path.stem in chosen[s]), None)
        if split is None:
            continue
        key = load_facts(path)
        if key.document.language != "en":
            continue
        for question, report in zip(QUESTIONS, _reports(path, split, key, gazetteer), strict=True):
            found[question].append(report)
    return found


def _reports(path: Path, split: str, key: Any, gazetteer: Path) -> tuple[Report, Report]:
    from narcokg.extract import gazetteer as places
    from narcokg.extract.frame_eval import key_frame

    text = (path.parent / key.document.file).read_text(encoding="utf-8")
    regions, periods, guess = report_candidates(
        text, key.document.published, places.load_regions(gazetteer)
    )
    answers = key_frame(key)
    period = (canonical_label(answers.period),) if answers.period else ()
    guessed = (canonical_label(guess.period),)
    return (
        Report(path.stem, split, regions, answers.region, guess.region),
        Report(path.stem, split, periods, period, guessed),
    )


def report_candidates(
    text: str, published: date, known: dict[str, Region]
) -> tuple[list[Candidate], list[Candidate], FrameGuess]:
    """An English report's region and period candidates and the rules' frame, as drafting
    finds them."""
    from narcokg.extract.draft import report_context
    from narcokg.extract.frame_answers import FrameAnswers
    from narcokg.extract.text import split_sentences

    sentences = split_sentences(text)
    context, _, guess = report_context(text, sentences, published, known, FrameAnswers())
    spans = spans_of(text, sentences)
    return (
        candidates(context, guess, known, spans),
        period_candidates(context, guess, spans),
        guess,
    )


def fit(found: list[Report], c: float = C) -> dict[str, Any]:
    """A fitted ranker as the JSON-ready dict :class:`.frame_model.FrameModel` applies."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    rows = [(cand.features, r.right(cand.regions)) for r in found for cand in r.candidates]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform([f for f, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [y for _, y in rows])
    names = vectorizer.get_feature_names_out()
    return {
        "C": c,
        "intercept": round(float(model.intercept_[0]), 6),
        "weights": {str(n): round(float(w), 6) for n, w in zip(names, model.coef_[0], strict=True)},
    }


def out_of_fold(found: list[Report], c: float = C) -> dict[str, tuple[str, ...]]:
    """Each report's top candidate by a ranker fitted without it (grouped 5-fold)."""
    from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

    picked: dict[str, tuple[str, ...]] = {}
    groups = [r.document for r in found]
    for train, test in GroupKFold(n_splits=FOLDS).split(found, groups=groups):
        model = FrameModel(fit([found[i] for i in train], c))
        for i in test:
            picked[found[i].document] = top(model, found[i].candidates)
    return picked


def top(model: FrameModel, found: list[Candidate]) -> tuple[str, ...]:
    """The best candidate's regions (``()``: none)."""
    ranked = model.ranked(found)
    return ranked[0][0].regions if ranked else ()


def agreement(found: list[Report], picked: dict[str, tuple[str, ...]]) -> list[str]:
    """Per split: reports whose key answer the ranker and the rules picked."""
    lines = []
    for split in SPLITS:
        mine = [r for r in found if r.split == split]
        ranker = sum(r.right(picked[r.document]) for r in mine)
        rules = sum(r.right(r.guess) for r in mine)
        reach = sum(any(r.right(c.regions) for c in r.candidates) for r in mine)
        lines.append(
            f"{split:<12} reports {len(mine):>3}  ranker {ranker:>3}  rules {rules:>3}  "
            f"key's among candidates {reach:>3}"
        )
    return lines


#: the features that carry the rules' guess (``--structure-only`` drops them)
GUESS_FEATURES = ("guess", "against:", "holds_guess", "held_by_guess", "in_guessed_group")


def structure_only(found: list[Report]) -> list[Report]:
    """The reports with every feature of the rules' guess dropped: structure alone."""
    return [
        replace(
            r,
            candidates=[
                Candidate(
                    c.regions,
                    {k: v for k, v in c.features.items() if not k.startswith(GUESS_FEATURES)},
                )
                for c in r.candidates
            ],
        )
        for r in found
    ]


def model_text(model: dict[str, Any]) -> str:
    """The model's JSON: sorted keys, 6 decimals, a final newline."""
    return json.dumps(model, sort_keys=True, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument(
        "--structure-only",
        action="store_true",
        help="the out-of-fold table without the rules' guess's features; write nothing",
    )
    args = parser.parse_args(argv)
    found = reports(args.corpus)
    if args.structure_only:
        found = {q: structure_only(r) for q, r in found.items()}
    for question in QUESTIONS:
        print(f"{question}: out of fold (GroupKFold by report, {FOLDS} folds), C={args.c}:")
        print("\n".join(agreement(found[question], out_of_fold(found[question], args.c))))
    if args.structure_only:
        return 0
    models = {q: fit(found[q], args.c) for q in QUESTIONS}
    temporary = args.out.with_suffix(".tmp")
    temporary.write_text(model_text(models), encoding="utf-8")
    os.replace(temporary, args.out)
    print(f"{len(found['region'])} reports: wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
