"""The on-disk store beside a built graph: written by the build, used while current, never stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.build import loading, ondisk
from narcokg.build.ondisk import fresh_store_path, open_graph_store, write_store
from narcokg.queries.engines import LocalEngine

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
EXTRA = "<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n"


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    target = tmp_path / "narcokg.ttl"
    shutil.copyfile(paths.graph_file(), target)
    return target


def _count(store: object) -> int:
    result = LocalEngine(store=store).run(COUNT)
    return int(result.rows[0][0].value)  # type: ignore[union-attr]


def test_the_store_answers_like_the_parsed_graph(graph: Path) -> None:
    folder = write_store(graph, paths.ontology_file())
    assert fresh_store_path(graph) == folder
    assert fresh_store_path(graph, paths.ontology_file()) == folder
    parsed = LocalEngine([graph]).run(COUNT)
    assert LocalEngine(store=open_graph_store(graph)).run(COUNT) == parsed


def test_a_changed_graph_makes_the_store_stale(graph: Path) -> None:
    write_store(graph, paths.ontology_file())
    before = _count(open_graph_store(graph))
    with graph.open("a", encoding="utf-8") as handle:
        handle.write(EXTRA)
    assert fresh_store_path(graph) is None
    assert _count(open_graph_store(graph)) == before + 1


def test_same_bytes_with_a_new_time_keep_the_store(graph: Path) -> None:
    folder = write_store(graph, paths.ontology_file())
    status = graph.stat()
    os.utime(graph, ns=(status.st_atime_ns, status.st_mtime_ns + 10**9))
    assert fresh_store_path(graph) == folder


def test_a_stale_large_graph_gets_a_new_store(graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = write_store(graph, paths.ontology_file())
    with graph.open("a", encoding="utf-8") as handle:
        handle.write(EXTRA)
    monkeypatch.setattr(ondisk, "SMALL_GRAPH_BYTES", 0)
    store = open_graph_store(graph)
    new = fresh_store_path(graph)
    assert new is not None and new != old and not old.exists()
    assert _count(store) == _count(open_graph_store(graph, paths.ontology_file()))
    assert not list(new.parent.glob(".loading-*"))


def test_an_unwritable_folder_falls_back_to_parsing(
    graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ondisk, "SMALL_GRAPH_BYTES", 0)
    monkeypatch.setattr(ondisk.os, "access", lambda path, mode: False)
    parsed = LocalEngine([graph]).run(COUNT)
    assert LocalEngine(store=open_graph_store(graph)).run(COUNT) == parsed
    assert not (graph.parent / ondisk.STATE_DIR).exists()


def _quads(store: object) -> list[str]:
    return sorted(str(quad) for quad in store)  # type: ignore[attr-defined]


def test_a_built_graph_loads_in_pieces_of_whole_blocks(
    graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from narcokg.build.turtle import header

    monkeypatch.setattr(loading, "LOAD_CHUNK_BYTES", 2_000)
    pieces = list(loading.file_pieces(graph))
    assert len(pieces) > 10
    assert all(piece.startswith(header()) for piece in pieces)
    body = b"".join(piece[len(header()) :] for piece in pieces)
    assert header() + body == graph.read_bytes()
    folder = write_store(graph, paths.ontology_file())
    assert _quads(open_graph_store(graph)) == _quads(LocalEngine([graph])._store)
    assert folder.is_dir()


def test_a_graph_a_cut_would_break_still_loads(
    graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a long literal over many lines none of which starts with a tab: a cut lands inside it
    long = "".join(f"line {n}\n" for n in range(2_000))
    with graph.open("a", encoding="utf-8") as handle:
        handle.write(f'<https://example.org/s> <https://example.org/p> """{long}""" .\n')
    monkeypatch.setattr(loading, "LOAD_CHUNK_BYTES", 2_000)
    with pytest.raises(SyntaxError):
        for piece in loading.file_pieces(graph):
            ox_parse_all(piece)
    write_store(graph, paths.ontology_file())
    assert _quads(open_graph_store(graph)) == _quads(LocalEngine([graph])._store)


def ox_parse_all(data: bytes) -> None:
    import pyoxigraph as ox

    list(ox.parse(data, format=ox.RdfFormat.TURTLE))
