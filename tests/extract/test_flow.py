"""The seed drafts correctly; cross-document checks; extract -> review -> add -> build ->
validate -> query from a clean workspace; a split's scores add up."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from narcokg.build.add import add_document
from narcokg.build.graph import build_workspace
from narcokg.build.store import serialize_triples
from narcokg.extract.draft import draft_document
from narcokg.extract.evaluate import total
from narcokg.extract.output import draft_data
from narcokg.extract.scoring import documents_of, evaluate_corpus
from narcokg.model.facts import load_facts
from narcokg.model.workspace import Workspace, init_workspace
from narcokg.validation.reference import validate_graph

ROOT = Path(__file__).resolve().parents[2]
SEED = "mps-2024-01-31-anti-drug-2023"
SECOND = (
    "China Drug Situation Report 2023\n\nIn 2023, public security organs across the country "
    "cracked 42,000 drug crime cases and arrested 65,000 criminal suspects, and seized 25.9 "
    "tonnes of drugs."
)


def _draft(text: str, doc_id: str, published: date, gazetteer: Path) -> dict[str, Any]:
    draft = draft_document(text, doc_id, published, file=f"{doc_id}.txt", gazetteer_file=gazetteer)
    return draft_data(draft)


def test_seed_draft_reproduces_the_reviewed_figures() -> None:
    text = (ROOT / "graph" / "sources" / f"{SEED}.txt").read_text(encoding="utf-8")
    drafted = _draft(text, SEED, date(2024, 1, 31), ROOT / "graph" / "reference" / "regions.csv")
    got = sorted(
        (str(m["number"]), m.get("qualifier", "exact"), m["unit"])
        for m in drafted["measurements"].values()
    )
    reviewed = load_facts(ROOT / "graph" / "facts" / f"{SEED}.yaml").measurements
    want = sorted((str(f.number), f.qualifier, f.unit) for f in reviewed)
    assert got == want


def review(data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    """A programmatic reviewer: accept the draft, drop figures with proposed measures."""
    for key in list(data["measurements"]):
        entry = data["measurements"][key]
        entry.pop("confidence", None)
        entry.pop("review", None)
        if entry["measure"] not in known:
            del data["measurements"][key]
    return data


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _known_measures() -> set[str]:
    from narcokg import paths
    from narcokg.model.vocabulary import load_vocabulary

    return set(load_vocabulary(paths.ontology_file()).measures)


def _add_second(workspace: Workspace, tmp_path: Path, text: str) -> None:
    source = tmp_path / "cdsr-2024-06-25.txt"
    source.write_text(text, encoding="utf-8")
    data = review(_draft(text, "cdsr-2024-06-25", date(2024, 6, 25), workspace.gazetteer_file),
                  _known_measures())  # fmt: skip
    add_document(workspace, source, _write(tmp_path / "cdsr-2024-06-25.yaml", data))


def _build_and_validate(workspace: Workspace) -> bool:
    workspace.graph_file.write_bytes(serialize_triples(build_workspace(workspace)))
    return validate_graph(workspace.graph_file).conforms


def test_full_flow_from_a_clean_workspace(tmp_path: Path) -> None:
    from narcokg.queries.catalogue import load_catalogue, render_query
    from narcokg.queries.engines import LocalEngine

    workspace = init_workspace(tmp_path / "ws")
    seed_text = (ROOT / "graph" / "sources" / f"{SEED}.txt").read_text(encoding="utf-8")
    source = tmp_path / f"{SEED}.txt"
    source.write_text(seed_text, encoding="utf-8")
    data = review(_draft(seed_text, SEED, date(2024, 1, 31), workspace.gazetteer_file),
                  _known_measures())  # fmt: skip
    add_document(workspace, source, _write(tmp_path / f"{SEED}.yaml", data))
    _add_second(workspace, tmp_path, SECOND)
    assert _build_and_validate(workspace)
    stored = load_catalogue(ROOT / "queries").get("same-figure-by-source")
    text = render_query(stored, {"measure": "drug-crime-cases-cracked"})
    result = LocalEngine([workspace.graph_file]).run(text)
    assert len(result.rows) == 1  # "more than 42,000" (seed) beside "42,000" (second source)


def test_cross_level_conflict_across_documents_is_caught(tmp_path: Path) -> None:
    workspace = init_workspace(tmp_path / "ws")
    for name in (f"{SEED}.txt",):
        (workspace.sources_dir / name).write_bytes((ROOT / "graph" / "sources" / name).read_bytes())
    facts = (ROOT / "graph" / "facts" / f"{SEED}.yaml").read_text(encoding="utf-8")
    (workspace.facts_dir / f"{SEED}.yaml").write_text(facts, encoding="utf-8")
    conflicting = "In 2023, Yunnan public security organs cracked 50,000 drug crime cases."
    _add_second(workspace, tmp_path, SECOND.replace("42,000", "40,000") + "\n" + conflicting)
    assert not _build_and_validate(workspace)
    shapes = {r.shape for r in validate_graph(workspace.graph_file).results}
    assert any("CrossLevel" in shape for shape in shapes)


def test_add_refuses_overwrites(tmp_path: Path) -> None:
    from narcokg.errors import InputError

    workspace = init_workspace(tmp_path / "ws")
    _add_second(workspace, tmp_path, SECOND)
    with pytest.raises(InputError, match="already exists"):
        _add_second(workspace, tmp_path, SECOND)


def test_the_dev_split_is_scored_and_added_up() -> None:
    # Every key is drafted and scored once, in tests/extract/test_review.py; here the dev split
    # is enough to check that a split's scores are reported and add up.
    dev = documents_of(ROOT / "corpus", "dev") or set()
    scores = evaluate_corpus(ROOT / "corpus", ROOT / "graph" / "reference" / "regions.csv", dev)
    assert len(scores) == len(dev) > 100
    assert {s.document for s in scores} == dev
    overall = total(scores)
    assert overall.correct <= overall.matched <= min(overall.drafted, overall.expected)
