"""Run the scorer over a corpus folder: find the answer keys, draft their sources, read the split
file. The scorer itself (:mod:`.evaluate`) knows nothing of how a draft was made."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from narcokg.errors import InputError
from narcokg.extract.draft import draft_document
from narcokg.extract.drafts import Draft
from narcokg.extract.evaluate import Drafted, Score, _label, score_figures
from narcokg.model.facts import load_facts

SPLIT_FILE = "splits.yaml"
SPLITS = ("dev", "heldout", "blind", "calibration", "all")


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
            agency_names=_names(m.agency, agencies),
        )
        for m in draft.measurements
    ]


def _names(slug: str | None, labels: dict[str, str]) -> tuple[str, ...]:
    """A drafted agency's id and label (nothing when the figure has no agency)."""
    return (slug, labels[slug]) if slug and slug in labels else (slug,) if slug else ()


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
    """The split files (``splits.yaml`` at the top, ``split.yaml`` in a language folder such as
    ``zh/`` or in the corpus folder itself): document ids of ``dev``, ``heldout`` and ``blind``.
    ``heldout`` is drawn from the reports before tuning (also spelt ``held_out``, and a language
    folder's ``fresh`` list: written after tuning, never tuned on); ``blind`` holds reports written
    by someone who never read the extractor; ``calibration`` holds earlier blind reports kept for
    fitting the learned models (``extract/learned/``). A document listed in none is in ``dev`` (so
    a new report is never silently counted as held out)."""
    found: dict[str, set[str]] = {split: set() for split in LISTS}
    # a language folder scored on its own (--corpus corpus/zh) keeps its own held-out split
    for path in [corpus / SPLIT_FILE, corpus / "split.yaml", *sorted(corpus.glob("*/split.yaml"))]:
        if path.exists():
            for split, ids in _read_split(path).items():
                found[split] |= ids
    for one, other in combinations(LISTS, 2):
        if both := found[one] & found[other]:
            raise InputError(f"{corpus}: in both {one} and {other}: {', '.join(sorted(both))}")
    return found


#: The lists of a split file that make each split. `dev_after_split`: dev reports written after the
#: held-out split was drawn.
LISTS = {
    "dev": ("dev", "development", "dev_after_split"),
    "heldout": ("heldout", "held_out", "fresh"),
    "blind": ("blind",),
    "calibration": ("calibration",),
}


def _read_split(path: Path) -> dict[str, set[str]]:
    import yaml

    data: Any = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    expected = f"{path}: expected lists of ids (`dev:`, `heldout:`, `blind:`, ...)"
    if not isinstance(data, dict):
        raise InputError(expected)
    found: dict[str, set[str]] = {}
    for split, names in LISTS.items():
        # A key with no entries yet (`blind:` awaiting a round's reports) is an empty list.
        values = [[] if data.get(n) is None else data[n] for n in names]
        if not all(isinstance(v, list) for v in values):
            raise InputError(expected)
        found[split] = {str(doc) for v in values for doc in v}
    return found


def documents_of(corpus: Path, split: str, rounds: Sequence[str] = ()) -> set[str] | None:
    """The document ids of a split (``None``: all), only those of ``rounds`` if any are given:
    a round is the word a blind set's writer put in each id ("gibbon62" in "x-2026-gibbon62-y")."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use {', '.join(SPLITS)}")
    chosen = _split_documents(corpus, split)
    if not rounds:
        return chosen
    return _of_rounds(chosen or {p.stem for p in keys_of(corpus)}, rounds, split)


def _split_documents(corpus: Path, split: str) -> set[str] | None:
    if split == "all":
        return None
    chosen = load_splits(corpus)
    every = {p.stem for p in keys_of(corpus)}
    if split != "dev":
        return every & chosen[split]
    return every - chosen["heldout"] - chosen["blind"] - chosen["calibration"]


def _of_rounds(documents: set[str], rounds: Sequence[str], split: str) -> set[str]:
    # a whole word of the id, so that "ibex3" never picks round 30's "ibex30"
    of_round = {r: {d for d in documents if r.lower() in d.split("-")} for r in rounds}
    missing = [r for r, found in of_round.items() if not found]
    if missing:
        raise InputError(
            f"no report of --split {split} carries the round word {', '.join(missing)}: "
            "use the word of the report ids (e.g. gibbon62), or another --split"
        )
    return set().union(*of_round.values())


def evaluate_corpus(
    corpus: Path, gazetteer_file: Path, documents: set[str] | None = None
) -> list[Score]:
    """Scores of every answer key under ``corpus`` (sub-folders too), or only of ``documents``."""
    return [
        score_key(key_path, gazetteer_file)
        for key_path in keys_of(corpus)
        if documents is None or key_path.stem in documents
    ]
