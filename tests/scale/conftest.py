"""A small synthetic corpus, generated and built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg.build.graph import build_workspace
from narcokg.build.store import serialize_triples
from narcokg.model.workspace import Workspace
from narcokg.synth.corpus import write_corpus

DOCUMENTS = 12


def _built(root: Path, *, clean: bool, documents: int = DOCUMENTS) -> Path:
    write_corpus(root, documents, seed=3, clean=clean)
    workspace = Workspace(root)
    workspace.graph_file.write_bytes(serialize_triples(build_workspace(workspace)))
    return workspace.graph_file


@pytest.fixture(scope="session")
def planted_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built graph of a corpus with planted inconsistencies (planted.json beside it)."""
    return _built(tmp_path_factory.mktemp("planted"), clean=False)


@pytest.fixture(scope="session")
def clean_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _built(tmp_path_factory.mktemp("clean"), clean=True)
