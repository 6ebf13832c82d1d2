"""Score drafts against hand-made answer keys (reviewed fact files): per document and overall.

A drafted figure *matches* a key figure when their spans overlap (one-to-one, in text order).
- precision: matched drafted figures / drafted figures;
- recall: matched key figures / key figures;
- value exactness: matched pairs with the same number, qualifier and unit / matched pairs;
- span exactness: matched pairs with the same ``[start, end)`` / matched pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from narcokg.extract.draft import Draft, draft_document
from narcokg.model.facts import FactFile, load_facts
from narcokg.model.spans import find_quote


@dataclass(frozen=True)
class Score:
    document: str
    drafted: int
    expected: int
    matched: int
    value_exact: int
    span_exact: int

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def precision(self) -> float:
        return self.ratio(self.matched, self.drafted)

    @property
    def recall(self) -> float:
        return self.ratio(self.matched, self.expected)

    @property
    def value_exactness(self) -> float:
        return self.ratio(self.value_exact, self.matched)

    @property
    def span_exactness(self) -> float:
        return self.ratio(self.span_exact, self.matched)


def score_draft(draft: Draft, key: FactFile) -> Score:
    """Compare one draft with its answer key."""
    expected = [(find_quote(draft.text, f.quote, within=f.within), f) for f in key.measurements]
    drafted = draft.measurements
    taken: set[int] = set()
    matched = value_exact = span_exact = 0
    for span, fact in sorted(expected, key=lambda pair: pair[0].start):
        for index, candidate in enumerate(drafted):
            m = candidate.mention
            if index in taken or not (m.start < span.end and span.start < m.end):
                continue
            taken.add(index)
            matched += 1
            same = (m.number, m.qualifier, candidate.unit) == (
                fact.number,
                fact.qualifier,
                fact.unit,
            )
            value_exact += same
            span_exact += (m.start, m.end) == (span.start, span.end)
            break
    return Score(key.document.id, len(drafted), len(expected), matched, value_exact, span_exact)


def evaluate_corpus(corpus: Path, gazetteer_file: Path) -> list[Score]:
    """Scores of every ``*.yaml`` answer key in ``corpus`` and its language folders (``zh/``)
    against the draft of its source; the language of each is detected from its text."""
    scores = []
    for key_path in sorted(p for p in corpus.rglob("*.yaml") if p.name != "split.yaml"):
        key = load_facts(key_path)
        text = (key_path.parent / key.document.file).read_text(encoding="utf-8")
        draft = draft_document(
            text,
            key.document.id,
            key.document.published,
            file=key.document.file,
            gazetteer_file=gazetteer_file,
        )
        scores.append(score_draft(draft, key))
    return scores


def total(scores: list[Score]) -> Score:
    return Score(
        "overall",
        *(
            sum(getattr(s, f) for s in scores)
            for f in ("drafted", "expected", "matched", "value_exact", "span_exact")
        ),
    )


def score_table(scores: list[Score]) -> str:
    """A plain-text table: one row per document, then the overall row."""
    head = (
        f"{'document':<44} {'drafted':>7} {'key':>4} {'prec':>5} {'recall':>6} "
        f"{'value':>5} {'span':>5}"
    )
    lines = [head, "-" * len(head)]
    for s in [*scores, total(scores)]:
        lines.append(
            f"{s.document:<44} {s.drafted:>7} {s.expected:>4} {s.precision:>5.2f} "
            f"{s.recall:>6.2f} {s.value_exactness:>5.2f} {s.span_exactness:>5.2f}"
        )
    return "\n".join(lines)
