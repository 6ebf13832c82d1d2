"""A workspace holding one report, drafted by `narcokg extract` and added unreviewed: the path a
new report takes from text to graph, for tests of what the draft carries into the graph."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.build.add import add_document
from narcokg.build.graph import build_workspace
from narcokg.build.store import serialize_triples
from narcokg.extract.draft import draft_document
from narcokg.extract.output import draft_yaml
from narcokg.model.workspace import Workspace, init_workspace


def drafted_workspace(folder: Path, doc_id: str, text: str, published: date) -> Workspace:
    """A new workspace in ``folder`` with ``text`` drafted, added and built."""
    workspace = init_workspace(folder / "ws")
    source = folder / f"{doc_id}.txt"
    source.write_text(text, encoding="utf-8")
    draft = draft_document(
        text, doc_id, published, file=source.name, gazetteer_file=workspace.gazetteer_file
    )
    facts = folder / "facts.yaml"
    facts.write_text(draft_yaml(draft), encoding="utf-8")
    add_document(workspace, source, facts)
    workspace.graph_file.write_bytes(serialize_triples(build_workspace(workspace)))
    return workspace
