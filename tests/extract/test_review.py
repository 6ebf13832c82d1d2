"""Drafts quote their sources exactly, and the review table shows every figure with its doubts;
parametrised over the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg.extract.draft import draft_document
from narcokg.extract.review import doubted, review_table
from narcokg.extract.scoring import keys_of
from narcokg.model.facts import load_facts

ROOT = Path(__file__).resolve().parents[2]
KEYS = keys_of(ROOT / "corpus")
GAZETTEER = ROOT / "graph" / "reference" / "regions.csv"


@pytest.mark.parametrize("path", KEYS, ids=[p.stem for p in KEYS])
def test_spans_quote_the_source_and_the_review_shows_every_figure(path: Path) -> None:
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
