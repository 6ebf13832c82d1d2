"""Chinese extraction: the figure reader, and end-to-end scores on the held-out Chinese split."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from narcokg.extract.draft import draft_document
from narcokg.extract.lang import detect_language
from narcokg.extract.lang.fields import score_fields, total_fields
from narcokg.extract.output import draft_csv, draft_yaml
from narcokg.model.facts import load_facts
from narcokg.model.numbers import read_figure

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "zh"
GAZETTEER = ROOT / "graph" / "reference" / "regions.csv"
SPLIT = yaml.safe_load((CORPUS / "split.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("text", "number", "qualifier"),
    [
        ("4.2万余起", "42000", "more-than"),
        ("1.124亿", "112400000", "exact"),
        ("一万二千名", "12000", "exact"),
        ("两千余人", "2000", "more-than"),
        ("三成", "30", "exact"),
        ("近3万名", "30000", "nearly"),
        ("约1.5万人", "15000", "about"),
        ("不足6万名", "60000", "less-than"),
        ("１２３４５起", "12345", "exact"),
        ("1000名以上", "1000", "at-least"),
        ("逾百起", "100", "more-than"),
    ],
)
def test_reads_chinese_figures(text: str, number: str, qualifier: str) -> None:
    figure = read_figure(text)
    assert (figure.number, figure.qualifier) == (Decimal(number), qualifier)


def test_detects_language() -> None:
    assert detect_language((CORPUS / "nncc-2024-06-20-situation-2023.txt").read_text()) == "zh"
    assert (
        detect_language((ROOT / "graph/sources/mps-2024-01-31-anti-drug-2023.txt").read_text())
        == "en"
    )


def _draft(doc: str):  # type: ignore[no-untyped-def]
    key = load_facts(CORPUS / f"{doc}.yaml")
    text = (CORPUS / f"{doc}.txt").read_text(encoding="utf-8")
    draft = draft_document(text, doc, key.document.published, file=f"{doc}.txt",
                           gazetteer_file=GAZETTEER)  # fmt: skip
    return draft, key


def test_held_out_split_meets_the_targets() -> None:
    scores = [score_fields(*_draft(doc)) for doc in SPLIT["held_out"]]
    overall = total_fields(scores)
    assert overall.f1 >= 0.85, [w for s in scores for w in s.wrong]
    assert overall.spans_exact == overall.expected


def test_split_is_disjoint_and_complete() -> None:
    docs = {p.stem for p in CORPUS.glob("*.txt")}
    assert set(SPLIT["held_out"]) | set(SPLIT["development"]) == docs
    assert not set(SPLIT["held_out"]) & set(SPLIT["development"])
    assert len(SPLIT["held_out"]) == len(docs) // 3


def test_draft_outputs_keep_chinese_characters() -> None:
    draft, _ = _draft("yunnan-2024-01-18-annual-2023")
    text = draft_yaml(draft)
    assert "language: zh-Hans" in text and "quote: 逾1200起" in text
    rows = draft_csv(draft, {}).encode("utf-8").decode("utf-8")
    assert "1.02万名" in rows
    for m in draft.measurements:
        assert draft.text[m.mention.start : m.mention.end] == m.mention.quote
