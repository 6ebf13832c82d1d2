"""What one answer per report is worth (issue 14, round 12): ``narcokg eval --frame-from-key``
drafts every report twice, with the frame the rules guess and with the frame a reviewer would
answer, simulated from the report's key (the region, period and agency most of its figures
carry; ties: the first figure's). It prints overall lines only (no per-document rows), so that
it may run on the held-out and blind splits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from narcokg.extract.draft import draft_with_frame
from narcokg.extract.evaluate import Score, _label, prf, score_figures, total
from narcokg.extract.frame_answers import FrameAnswers, FrameGuess
from narcokg.extract.scoring import drafted_figures, keys_of
from narcokg.model.facts import FactFile, load_facts
from narcokg.model.periods import canonical_label

T = TypeVar("T")
QUESTIONS = ("region", "period", "agency")


def majority(values: Sequence[T]) -> T | None:
    """The value most of ``values`` carry; ties: the one that comes first.

    >>> majority(["2023", "2022", "2022", "2023"]), majority([])
    ('2023', None)
    """
    counts = Counter(values)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def key_frame(key: FactFile) -> FrameAnswers:
    """The frame a reviewer would answer for a report, read from its key."""
    figures = key.measurements
    labels = {a.slug: a.label for a in key.agencies}
    agency = majority([f.agency for f in figures if f.agency])
    return FrameAnswers(
        region=majority([f.regions for f in figures if f.regions]) or (),
        period=majority([f.period for f in figures]),
        agency=labels.get(agency, agency) if agency else None,
    )


@dataclass
class FrameRun:
    """The scores of one split drafted with the guessed and with the answered frame, and how
    often the guess already agreed with the key's frame (per question: agreed, asked)."""

    default: list[Score] = field(default_factory=list)
    answered: list[Score] = field(default_factory=list)
    agreed: Counter[str] = field(default_factory=Counter)
    asked: Counter[str] = field(default_factory=Counter)
    #: (question, reason) -> (agreed, asked): how sure each reason is (docs/extraction.md)
    reasons: Counter[tuple[str, str, bool]] = field(default_factory=Counter)


def frame_run(corpus: Path, gazetteer_file: Path, documents: set[str] | None) -> FrameRun:
    """Draft and score every key of ``documents`` both ways."""
    run = FrameRun()
    for path in keys_of(corpus):
        if documents is None or path.stem in documents:
            _one(run, load_facts(path), gazetteer_file)
    return run


def _one(run: FrameRun, key: FactFile, gazetteer_file: Path) -> None:
    text = (key.path.parent / key.document.file).read_text(encoding="utf-8")
    answers = key_frame(key)
    for frame, scores in ((None, run.default), (answers, run.answered)):
        draft, guess = draft_with_frame(
            text,
            key.document.id,
            key.document.published,
            file=key.document.file,
            gazetteer_file=gazetteer_file,
            frame=frame if guess_applies(text) else None,
        )
        scores.append(score_figures(key.document.id, text, drafted_figures(draft), key))
        if frame is None and guess is not None:
            _agreement(run, guess, answers)


def guess_applies(text: str) -> bool:
    """Answers are taken for English reports (a Chinese draft keeps its own frame)."""
    from narcokg.extract.lang import resolve_language

    return resolve_language(None, text) != "zh"


def _agreement(run: FrameRun, guess: FrameGuess, answers: FrameAnswers) -> None:
    checks = {
        "region": (
            answers.region,
            sorted(guess.region) == sorted(answers.region),
            guess.region_why,
        ),
        "period": (
            answers.period,
            canonical_label(guess.period) == canonical_label(answers.period or ""),
            guess.period_why,
        ),
        "agency": (
            answers.agency,
            _label(guess.agency) == _label(answers.agency),
            guess.agency_why,
        ),
    }
    for question, (asked, same, why) in checks.items():
        if asked:
            run.asked[question] += 1
            run.agreed[question] += same
            run.reasons[(question, _reason_kind(why), same)] += 1


def _reason_kind(why: str) -> str:
    """A reason without its particulars ("the dateline (Ky.)" -> "the dateline")."""
    return why.split(" (")[0].split(";")[0]


def frame_report(run: FrameRun, split: str, *, reasons: bool = False) -> str:
    """Overall lines only: default vs answered frame, and the guess's agreement per question."""
    head = f"{'frame':<22} {'docs':>4} {'drafted':>7} {'key':>5} {'e2e':>5}  {'P':>4} {'R':>4}"
    head += f" {'F1':>4}  {'period':>6} {'region':>6} {'agency':>6}"
    lines = [
        f"split: {split}. SIMULATION of a reviewer: the 'answered' line drafts each report with "
        "--region, --period and --agency taken from its key (the values most of its figures "
        "carry; ties: the first figure's); a real reviewer may answer otherwise.",
        head,
        "-" * len(head),
        _line("default (guessed)", run.default),
        _line("answered (from key)", run.answered),
        "",
        "the guessed frame already agreed with the key's:",
    ]
    for question in QUESTIONS:
        agreed, asked = run.agreed[question], run.asked[question]
        share = f"{agreed / asked:.2f}" if asked else "-"
        lines.append(f"  {question:<7} {agreed:>4} of {asked:>4} reports  {share}")
    if reasons:
        lines += ["", "by reason (agreed of reports):", *_reason_lines(run)]
    return "\n".join(lines)


def _line(name: str, scores: list[Score]) -> str:
    overall = total(scores)
    p, r, f1 = prf(overall.correct, overall.drafted, overall.expected)
    shares = []
    for question in ("period", "region", "agency"):
        right, scored = overall.field_counts(question)
        shares.append(f"{right / scored:>6.2f}" if scored else f"{'-':>6}")
    return (
        f"{name:<22} {len(scores):>4} {overall.drafted:>7} {overall.expected:>5} "
        f"{overall.correct:>5}  {p:>4.2f} {r:>4.2f} {f1:>4.2f}  {' '.join(shares)}"
    )


def _reason_lines(run: FrameRun) -> list[str]:
    kinds = sorted({(q, why) for q, why, _ in run.reasons})
    lines = []
    for question, why in kinds:
        agreed = run.reasons[(question, why, True)]
        asked = agreed + run.reasons[(question, why, False)]
        lines.append(f"  {question:<7} {agreed:>4} of {asked:>4}  {why}")
    return lines
