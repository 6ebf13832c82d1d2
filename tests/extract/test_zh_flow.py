"""A Chinese release from draft to validated graph: extract, drop what the reviewer must map,
add, build and validate, in a clean workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from narcokg.build.add import add_document
from narcokg.build.graph import build_workspace
from narcokg.build.store import serialize_triples
from narcokg.extract.draft import draft_document
from narcokg.extract.output import draft_data
from narcokg.model.workspace import init_workspace
from narcokg.validation.reference import validate_graph

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "zh"
DOCS = {"guangdong-2023-07-20-first-half": date(2023, 7, 20),
        "mps-2023-09-12-kingpin-hunt": date(2023, 9, 12)}  # fmt: skip


def test_chinese_drafts_build_and_validate(tmp_path: Path) -> None:
    workspace = init_workspace(tmp_path / "ws")
    for doc, published in DOCS.items():
        source = CORPUS / f"{doc}.txt"
        text = source.read_text(encoding="utf-8")
        draft = draft_document(
            text, doc, published, file=source.name, gazetteer_file=workspace.gazetteer_file
        )
        data = draft_data(draft)
        for fact_id, fact in list(data["measurements"].items()):
            if "proposed" in fact.get("review", ""):
                del data["measurements"][fact_id]  # a reviewer would map it first
        facts = tmp_path / f"{doc}.yaml"
        facts.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        add_document(workspace, source, facts)
    workspace.graph_file.write_bytes(serialize_triples(build_workspace(workspace)))
    assert validate_graph(workspace.graph_file).conforms
    graph = workspace.graph_file.read_text(encoding="utf-8")
    assert '"“猎枭2023”"@zh-hans' in graph and '"Kingpin Hunt 2023"@en' in graph
    assert 'oa:exact "1.8万余起"' in graph
