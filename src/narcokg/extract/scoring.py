"""Run the scorer over a corpus folder: find the answer keys, draft their sources, read the split
file. The scorer itself (:mod:`.evaluate`) knows nothing of how a draft was made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from narcokg.errors import InputError
from narcokg.extract.draft import Draft, draft_document
from narcokg.extract.evaluate import Drafted, Score, _label, score_figures
from narcokg.model.facts import load_facts

SPLIT_FILE = "splits.yaml"
SPLITS = ("dev", "heldout", "all")


def keys_of(corpus: Path) -> list[Path]:
    """Every answer key under ``corpus``: ``*.yaml`` files beside a source, sub-folders included."""
    return sorted(
        p for p in corpus.rglob("*.yaml") if p.name != SPLIT_FILE and p.with_suffix(".txt").exists()
    )


def drafted_figures(draft: Draft) -> list[Drafted]:
    """A draft's figures as the scorer sees them."""
    operations = {op.slug: op.label for op in draft.operations}
    agencies = {slug: a.label for slug, a in draft.agencies.items()}
    return [
        Drafted(
            id=m.id,
            start=m.mention.start,
            end=m.mention.end,
            number=m.mention.number,
            qualifier=m.mention.qualifier,
            measure=m.measure,
            unit=m.unit,
            period=m.period,
            regions=m.regions,
            operation=_label(operations.get(m.operation or "", m.operation)),
            agency=_label(agencies.get(m.agency or "", m.agency)),
            change_of=m.change_of,
            confidence=m.confidence,
            review=tuple(m.review),
        )
        for m in draft.measurements
    ]


def score_key(key_path: Path, gazetteer_file: Path) -> Score:
    """Draft the source of one answer key and score the draft."""
    key = load_facts(key_path)
    text = (key_path.parent / key.document.file).read_text(encoding="utf-8")
    draft = draft_document(
        text,
        key.document.id,
        key.document.published,
        file=key.document.file,
        gazetteer_file=gazetteer_file,
    )
    return score_figures(key.document.id, text, drafted_figures(draft), key)


def load_splits(corpus: Path) -> dict[str, set[str]]:
    """The split file: document ids of ``dev`` and ``heldout``. A document listed in neither is
    in ``dev`` (so a new report is never silently counted as held out)."""
    import yaml

    path = corpus / SPLIT_FILE
    if not path.exists():
        return {"dev": set(), "heldout": set()}
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict) or not all(
        isinstance(data.get(s, []), list) for s in ("dev", "heldout")
    ):
        raise InputError(f"{path}: expected lists `dev:` and `heldout:` of document ids")
    dev, heldout = set(data.get("dev", [])), set(data.get("heldout", []))
    if dev & heldout:
        raise InputError(f"{path}: in both splits: {', '.join(sorted(dev & heldout))}")
    return {"dev": dev, "heldout": heldout}


def documents_of(corpus: Path, split: str) -> set[str] | None:
    """The document ids of a split (``None``: all)."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use {', '.join(SPLITS)}")
    if split == "all":
        return None
    chosen = load_splits(corpus)
    every = {p.stem for p in keys_of(corpus)}
    if split == "heldout":
        return every & chosen["heldout"]
    return every - chosen["heldout"]
