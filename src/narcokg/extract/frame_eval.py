"""What one answer per report is worth (issue 14, round 12): ``narcokg eval --frame-from-key``
drafts every report twice, with the frame the rules guess and with the frame a reviewer would
answer, simulated from the report's key (the region, period and agency most of its figures
carry; ties: the first figure's); ``--frame-answers FILE`` takes a real reviewer's answers
instead (:func:`load_reviewer_answers`). It prints overall lines only (no per-document rows), so
that it may run on the held-out and blind splits."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from narcokg.errors import InputError
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
    #: with a reviewer's answers: how often they agreed with the key's frame, per question
    reviewer_agreed: Counter[str] = field(default_factory=Counter)
    reviewer_asked: Counter[str] = field(default_factory=Counter)
    #: the file of a reviewer's answers (``None``: simulated from the keys)
    reviewer: Path | None = None


def frame_run(
    corpus: Path,
    gazetteer_file: Path,
    documents: set[str] | None,
    reviewer: Path | None = None,
) -> FrameRun:
    """Draft and score every key of ``documents`` both ways; the answers are a reviewer's from
    the file ``reviewer`` (a report it does not answer keeps the guess), else the keys'."""
    run = FrameRun(reviewer=reviewer)
    given = load_reviewer_answers(reviewer) if reviewer is not None else None
    for path in keys_of(corpus):
        if documents is None or path.stem in documents:
            key = load_facts(path)
            answers = key_frame(key) if given is None else given.get(key.document.id)
            _one(run, key, gazetteer_file, answers)
    return run


def load_reviewer_answers(path: Path) -> dict[str, FrameAnswers]:
    """A reviewer's answers, a YAML mapping of report ids to ``region`` (a name or a list of
    names), ``period`` and ``agency`` (each optional); other keys are the reviewer's own notes."""
    import yaml

    if not path.is_file():
        raise InputError(f"{path}: no such file of frame answers")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(
            f"{path}: expected `<report id>: {{region: [...], period: ..., agency: ...}}`"
        )
    return {str(doc): _answers(path, str(doc), entry) for doc, entry in data.items()}


def _answers(path: Path, doc: str, entry: dict[str, object]) -> FrameAnswers:
    region, period, agency = entry.get("region") or [], entry.get("period"), entry.get("agency")
    regions = [region] if isinstance(region, str) else region
    if not isinstance(regions, list) or not all(isinstance(r, str) for r in regions):
        raise InputError(f"{path}: {doc}: `region` is a name or a list of names")
    if agency is not None and not isinstance(agency, str):
        raise InputError(f"{path}: {doc}: `agency` is a name")
    return FrameAnswers(tuple(regions), None if period is None else str(period), agency)


def _one(run: FrameRun, key: FactFile, gazetteer_file: Path, answers: FrameAnswers | None) -> None:
    text = (key.path.parent / key.document.file).read_text(encoding="utf-8")
    if not guess_applies(text):
        answers = None  # a Chinese draft keeps its own frame
    if run.reviewer is not None and answers is not None:
        _reviewer_agreement(run, answers, key_frame(key))
    default, guess = _scored(key, text, gazetteer_file, None)
    run.default.append(default)
    if guess is not None:
        _agreement(run, guess, key_frame(key))
    # a report nobody answered is drafted once: its answered score is its default one
    run.answered.append(
        default if answers is None else _scored(key, text, gazetteer_file, answers)[0]
    )


def _scored(
    key: FactFile, text: str, gazetteer_file: Path, frame: FrameAnswers | None
) -> tuple[Score, FrameGuess | None]:
    draft, guess = draft_with_frame(
        text,
        key.document.id,
        key.document.published,
        file=key.document.file,
        gazetteer_file=gazetteer_file,
        frame=frame,
    )
    return score_figures(key.document.id, text, drafted_figures(draft), key), guess


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


def _reviewer_agreement(run: FrameRun, answers: FrameAnswers, key: FrameAnswers) -> None:
    same = {
        "region": sorted(answers.region) == sorted(key.region),
        "period": canonical_label(answers.period or "") == canonical_label(key.period or ""),
        "agency": _label(answers.agency) == _label(key.agency),
    }
    for question, agreed in same.items():
        run.reviewer_asked[question] += 1
        run.reviewer_agreed[question] += agreed


def _reason_kind(why: str) -> str:
    """A reason without its particulars ("the dateline (Ky.)" -> "the dateline")."""
    return why.split(" (")[0].split(";")[0]


def frame_report(run: FrameRun, split: str, *, reasons: bool = False) -> str:
    """Overall lines only: default vs answered frame, and the guess's agreement per question."""
    head = f"{'frame':<22} {'docs':>4} {'drafted':>7} {'key':>5} {'e2e':>5}  {'P':>4} {'R':>4}"
    head += f" {'F1':>4}  {'period':>6} {'region':>6} {'agency':>6}"
    lines = [
        _preamble(run, split),
        head,
        "-" * len(head),
        _line("default (guessed)", run.default),
        _line(
            "answered (from key)" if run.reviewer is None else "answered (reviewer)", run.answered
        ),
        "",
        "the guessed frame already agreed with the key's:",
        *_agreement_lines(run.agreed, run.asked),
    ]
    if run.reviewer is not None:
        lines += ["the reviewer's answers agreed with the key's:"]
        lines += _agreement_lines(run.reviewer_agreed, run.reviewer_asked)
    if reasons:
        lines += ["", "by reason (agreed of reports):", *_reason_lines(run)]
    return "\n".join(lines)


def _preamble(run: FrameRun, split: str) -> str:
    if run.reviewer is not None:
        answered = sum(run.reviewer_asked.values()) // len(QUESTIONS)
        return (
            f"split: {split}. The 'answered' line drafts the {answered} English reports a "
            f"reviewer answered in {run.reviewer.name} with those answers; the others as guessed."
        )
    return (
        f"split: {split}. SIMULATION of a reviewer: the 'answered' line drafts each report with "
        "--region, --period and --agency taken from its key (the values most of its figures "
        "carry; ties: the first figure's); a real reviewer may answer otherwise."
    )


def _agreement_lines(agreed: Counter[str], asked: Counter[str]) -> list[str]:
    lines = []
    for question in QUESTIONS:
        share = f"{agreed[question] / asked[question]:.2f}" if asked[question] else "-"
        lines.append(
            f"  {question:<7} {agreed[question]:>4} of {asked[question]:>4} reports  {share}"
        )
    return lines


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
