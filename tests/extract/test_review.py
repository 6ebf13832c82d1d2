"""Drafts quote their sources exactly, the review table shows every figure with its doubts, and
each draft scores against its key; parametrised over the corpus (one draft per report, so the
corpus is drafted once here rather than once per check)."""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg.extract.draft import draft_document
from narcokg.extract.evaluate import score_figures
from narcokg.extract.review import doubted, review_table
from narcokg.extract.scoring import drafted_figures, keys_of
from narcokg.model.facts import load_facts

ROOT = Path(__file__).resolve().parents[2]
KEYS = keys_of(ROOT / "corpus")
GAZETTEER = ROOT / "graph" / "reference" / "regions.csv"


@pytest.mark.parametrize("path", KEYS, ids=[p.stem for p in KEYS])
def test_spans_quote_the_source_the_review_shows_every_figure_and_the_key_scores_it(
    path: Path,
) -> None:
    key = load_facts(path)
    text = (path.parent / key.document.file).read_text(encoding="utf-8")
    draft = draft_document(
        text, key.document.id, key.document.published, file=key.document.file,
        gazetteer_file=GAZETTEER,
    )  # fmt: skip
    for m in draft.measurements:
        assert text[m.mention.start : m.mention.end] == m.mention.quote
    table = " ".join(review_table(draft, colour=False).split())  # wrapped lines joined
    for m in draft.measurements:
        assert " ".join(f"[[{m.mention.quote}]]".split()) in table
        for name in doubted(m):
            assert f"{name}=" in table
        if m.confidence < 0.9:
            assert m.review, f"{m.id}: below high confidence without a note saying what to check"
    score = score_figures(key.document.id, text, drafted_figures(draft), key)
    assert score.drafted == len(draft.measurements) and score.expected == len(key.measurements)
    assert score.correct <= score.matched <= min(score.drafted, score.expected)
