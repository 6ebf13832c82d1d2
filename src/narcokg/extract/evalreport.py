"""The plain-text report of ``narcokg eval``: per-document strict scores, per-field accuracy,
the calibration table and (on request) the confusion of each field."""

from __future__ import annotations

from narcokg.extract.evaluate import FIELDS, Score, calibration, confusion, prf, total


def document_table(scores: list[Score]) -> str:
    """One row per document, then the overall row: matching and end-to-end P/R/F1."""
    head = (
        f"{'document':<46} {'drafted':>7} {'key':>4} {'match':>5} {'e2e':>4}  "
        f"{'m-P':>4} {'m-R':>4}  {'P':>4} {'R':>4} {'F1':>4}"
    )
    lines = [head, "-" * len(head)]
    for s in [*scores, total(scores)]:
        mp, mr, _ = prf(s.matched, s.drafted, s.expected)
        p, r, f1 = prf(s.correct, s.drafted, s.expected)
        lines.append(
            f"{s.document[:46]:<46} {s.drafted:>7} {s.expected:>4} {s.matched:>5} {s.correct:>4}  "
            f"{mp:>4.2f} {mr:>4.2f}  {p:>4.2f} {r:>4.2f} {f1:>4.2f}"
        )
    return "\n".join(lines)


def field_table(score: Score) -> str:
    """Accuracy of each field over matched figures (right / scored)."""
    lines = [f"{'field':<20} {'right':>6} {'scored':>6} {'accuracy':>8}"]
    for name in FIELDS:
        right, scored = score.field_counts(name)
        share = f"{right / scored:.2f}" if scored else "-"
        lines.append(f"{name:<20} {right:>6} {scored:>6} {share:>8}")
        if name == "agency":
            lines.append(_entity_line(score))
    return "\n".join(lines)


def _entity_line(score: Score) -> str:
    """The lenient agency figure, under the strict one: the same entity under another spelling,
    acronym or listed label (docs/extraction.md, "Agency scores")."""
    right, scored = score.entity_counts()
    share = f"{right / scored:.2f}" if scored else "-"
    return f"{'agency (same entity)':<20} {right:>6} {scored:>6} {share:>8}"


def calibration_table(score: Score) -> str:
    """Drafted figures by confidence level, and the share of them right end to end (an unmatched
    drafted figure counts as wrong)."""
    lines = [f"{'confidence':<18} {'figures':>7} {'right':>6} {'share':>6}"]
    names = {"high": "high (>= 0.90)", "medium": "medium (0.60-0.90)", "low": "low (< 0.60)"}
    for level, count, right in calibration(score):
        share = f"{right / count:.2f}" if count else "-"
        lines.append(f"{names[level]:<18} {count:>7} {right:>6} {share:>6}")
    return "\n".join(lines)


def confusion_report(score: Score, limit: int = 8) -> str:
    """For each field, the most frequent (key -> drafted) disagreements."""
    lines = []
    for name in FIELDS:
        counts = confusion(score, name)
        if not counts:
            continue
        lines.append(f"{name}: {sum(counts.values())} wrong")
        for (want, got), n in counts.most_common(limit):
            lines.append(f"  {n:>3}  key {want!r} -> drafted {got!r}")
    return "\n".join(lines) or "no disagreements"


def eval_report(scores: list[Score], split: str, *, show_confusion: bool) -> str:
    """The whole report of one split."""
    overall = total(scores)
    parts = [
        f"split: {split} ({len(scores)} documents). A figure matches when its span overlaps the "
        "key's and the number is the same; e2e = measure, number, slot, unit, period and region "
        "all right.",
        document_table(scores),
        "per field, over matched figures:\n" + field_table(overall),
        "calibration (drafted figures by confidence, right end to end):\n"
        + calibration_table(overall),
    ]
    if show_confusion:
        parts.append("confusion (key -> drafted):\n" + confusion_report(overall))
    return "\n\n".join(parts)
