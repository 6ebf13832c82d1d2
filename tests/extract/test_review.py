"""Drafts quote their sources exactly, the review table shows every figure with its doubts, each
draft scores against its key, and its fact file reads back to the facts drafted; parametrised
over the corpus (one draft per report: the corpus is drafted once here for all four checks,
rather than once per check, which kept CI's suite over its time)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from narcokg.errors import FactError
from narcokg.extract.draft import draft_document
from narcokg.extract.drafts import Draft
from narcokg.extract.evaluate import score_figures
from narcokg.extract.output import draft_facts, draft_yaml
from narcokg.extract.review import doubted, review_table
from narcokg.extract.scoring import drafted_figures, keys_of
from narcokg.model.facts import load_facts

pytestmark = pytest.mark.long  # drafts a whole split: started first

ROOT = Path(__file__).resolve().parents[2]
KEYS = keys_of(ROOT / "corpus")
GAZETTEER = ROOT / "graph" / "reference" / "regions.csv"


@pytest.mark.parametrize("path", KEYS, ids=[p.stem for p in KEYS])
def test_a_draft_quotes_shows_scores_and_reads_back(path: Path, tmp_path: Path) -> None:
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
    _reads_back(draft, tmp_path / "draft.yaml")


def _reads_back(draft: Draft, path: Path) -> None:
    """The draft's fact file reads back to the facts drafted (tests/test_fact_writer.py checks
    the writer on its own)."""
    path.write_text(draft_yaml(draft), encoding="utf-8")
    if unplaced := [m for m in draft.measurements if not m.regions]:
        # a figure placed nowhere must be reviewed: the note says so, the reader refuses it
        assert all(any("region" in note for note in m.review) for m in unplaced)
        with pytest.raises(FactError, match="`region` is missing"):
            load_facts(path)
        return
    facts = draft_facts(draft)
    assert replace(load_facts(path), path=facts.path) == facts
