"""Kept answers of the whole-table stored queries (queries/views.py): exactly the live answer,
read back only while the graph, the query file and the rendered text are the ones it came from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.build.incremental import build
from narcokg.build.ondisk import open_graph_store
from narcokg.model.workspace import Workspace
from narcokg.queries import viewparts, views
from narcokg.queries.answer import answer_stored, query_dirs
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import LocalEngine
from narcokg.queries.results import SELECT_FORMATS, SelectResult, Term, format_result
from narcokg.queries.viewparts import Tagged
from narcokg.queries.views import ViewKey, read_view, view_key
from narcokg.synth.corpus import write_corpus

CASES = [
    ("measurements", {}),
    ("share-of-national", {}),
    ("measurements-for-region", {"region": "China"}),
]


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A built synthetic workspace (with its on-disk store), every answer large enough to keep."""
    monkeypatch.setattr(views, "MIN_ROWS", 1)
    monkeypatch.setattr(viewparts, "MOST", 1.0)  # splice whatever share of the rows changed
    built = Workspace(tmp_path / "ws")
    write_corpus(built.root, 12, seed=11)
    assert build(built).full
    return built


def key_of(workspace: Workspace, name: str, values: dict[str, str]) -> ViewKey:
    stored = load_catalogue(*query_dirs(workspace)).get(name)
    key = view_key(workspace.graph_file, stored, render_query(stored, values))
    assert key is not None
    return key


def live(workspace: Workspace, name: str, values: dict[str, str]) -> SelectResult:
    """The answer of a fresh engine on the Turtle itself (no store, no kept answer)."""
    text = render_query(load_catalogue(*query_dirs(workspace)).get(name), values)
    result = LocalEngine([workspace.graph_file]).run(text)
    assert isinstance(result, SelectResult)
    return result


@pytest.mark.parametrize(("name", "values"), CASES, ids=[c[0] for c in CASES])
def test_the_kept_answer_is_the_live_one(
    workspace: Workspace, name: str, values: dict[str, str]
) -> None:
    first = answer_stored(workspace, name, values, "csv")
    kept = read_view(key_of(workspace, name, values))
    expected = live(workspace, name, values)
    assert kept == expected and len(expected.rows) > 10
    on_store = LocalEngine(store=open_graph_store(workspace.graph_file)).run(
        render_query(load_catalogue(*query_dirs(workspace)).get(name), values)
    )
    assert kept == on_store
    assert first == format_result(expected, "csv")
    for fmt in SELECT_FORMATS:  # read back, in every format, as live evaluation prints it
        assert answer_stored(workspace, name, values, fmt) == format_result(expected, fmt)


def tamper(key: ViewKey) -> None:
    """Drop the kept answer's last row, keeping its header: visible if it is read back."""
    header, body, tags = key.path.read_bytes().splitlines()
    data = json.loads(body)
    data["rows"] = data["rows"][:-1]
    tags = json.dumps(json.loads(tags)[:-1]).encode()
    key.path.write_bytes(b"\n".join((header, json.dumps(data).encode(), tags)) + b"\n")


def test_the_kept_answer_is_what_is_read_and_live_ignores_it(workspace: Workspace) -> None:
    answer_stored(workspace, "measurements", {}, "csv")
    key = key_of(workspace, "measurements", {})
    tamper(key)
    expected = live(workspace, "measurements", {})
    read = answer_stored(workspace, "measurements", {}, "csv")
    assert read == format_result(SelectResult(expected.variables, expected.rows[:-1]), "csv")
    assert answer_stored(workspace, "measurements", {}, "csv", live=True) == format_result(
        expected, "csv"
    )
    assert read_view(key) == expected  # the live run kept its answer again


def remove_a_report(workspace: Workspace, aside: Path, number: int = 3) -> None:
    victim = workspace.fact_files()[number]
    for path in (victim, workspace.sources_dir / f"{victim.stem}.txt"):
        path.rename(aside / path.name)


@pytest.mark.parametrize("how", ["full", "incremental, not spliced"])
def test_a_build_makes_the_old_answer_unused(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    answer_stored(workspace, "measurements", {}, "csv")
    old_key = key_of(workspace, "measurements", {})
    tamper(old_key)  # so that serving it, or splicing it, would show
    before = live(workspace, "measurements", {})
    remove_a_report(workspace, tmp_path)
    if how == "full":
        (workspace.root / ".narcokg" / "build.index").unlink()
    else:
        monkeypatch.setattr(viewparts, "CHECKED", {})
    assert build(workspace).full == (how == "full")
    assert key_of(workspace, "measurements", {}).graph != old_key.graph
    after = live(workspace, "measurements", {})
    assert after != before
    assert answer_stored(workspace, "measurements", {}, "csv") == format_result(after, "csv")
    assert [p.name for p in old_key.folder.iterdir()] == [
        key_of(workspace, "measurements", {}).path.name
    ]  # the old graph's file is gone


def test_after_an_incremental_build_the_answer_is_spliced(
    workspace: Workspace, tmp_path: Path
) -> None:
    answer_stored(workspace, "measurements", {}, "csv")
    old_key = key_of(workspace, "measurements", {})
    # a row of no measurement, last by its document: kept by a splice, absent from a live answer
    header, body, tags = old_key.path.read_bytes().splitlines()
    data, tag_list = json.loads(body), json.loads(tags)
    last = list(data["rows"][-1])
    document = data["variables"].index("document")
    data["terms"].append(["literal", "zz-not-a-document", None, None])
    last[document] = len(data["terms"]) - 1
    data["rows"].append(last)
    tag_list.append("https://example.org/not-a-measurement")
    lines = (header, json.dumps(data).encode(), json.dumps(tag_list).encode())
    old_key.path.write_bytes(b"\n".join(lines) + b"\n")
    remove_a_report(workspace, tmp_path, 0)
    assert not build(workspace).full
    after = live(workspace, "measurements", {})
    shown = read_view_after(workspace)
    assert shown.rows[:-1] == after.rows or sorted(map(str, shown.rows[:-1])) == sorted(
        map(str, after.rows)
    )
    assert shown.rows[-1][document] == Term("literal", "zz-not-a-document")


def read_view_after(workspace: Workspace) -> SelectResult:
    answer_stored(workspace, "measurements", {}, "csv")
    kept = read_view(key_of(workspace, "measurements", {}))
    assert kept is not None
    return kept


def test_a_graph_changed_by_hand_makes_the_old_answer_unused(workspace: Workspace) -> None:
    answer_stored(workspace, "share-of-national", {}, "csv")
    key = key_of(workspace, "share-of-national", {})
    tamper(key)
    with workspace.graph_file.open("a", encoding="utf-8") as handle:
        handle.write("<https://example.org/s> <https://example.org/p> 1 .\n")
    stored = load_catalogue(paths.queries_dir()).get("share-of-national")
    assert view_key(workspace.graph_file, stored, render_query(stored, {})) is None
    assert read_view(key) is not None  # the file is still there, but no key leads to it
    expected = live(workspace, "share-of-national", {})
    assert answer_stored(workspace, "share-of-national", {}, "csv") == format_result(
        expected, "csv"
    )


def test_a_changed_query_file_makes_the_old_answer_unused(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_stored(workspace, "measurements", {}, "csv")
    tamper(key_of(workspace, "measurements", {}))
    copy = tmp_path / "queries"
    shutil.copytree(paths.queries_dir(), copy)
    monkeypatch.setattr(paths, "queries_dir", lambda: copy)
    query = copy / "measurements.rq"
    query.write_text(query.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    expected = live(workspace, "measurements", {})
    assert answer_stored(workspace, "measurements", {}, "csv") == format_result(expected, "csv")


def test_each_part_of_the_key_is_checked(workspace: Workspace) -> None:
    answer_stored(workspace, "measurements", {}, "csv")
    key = key_of(workspace, "measurements", {})
    assert read_view(key) is not None
    for other in (key._replace(graph=key.graph[:16] + "0" * 48),
                  key._replace(query_file="0" * 64)):  # fmt: skip
        if other.path != key.path:
            shutil.copyfile(key.path, other.path)
        assert read_view(other) is None


def test_a_damaged_file_is_ignored(workspace: Workspace) -> None:
    answer_stored(workspace, "measurements", {}, "csv")
    key = key_of(workspace, "measurements", {})
    header = key.path.read_bytes().split(b"\n")[0]
    key.path.write_bytes(key.path.read_bytes()[: len(header) + 100])  # cut in the answer
    assert read_view(key) is None
    expected = live(workspace, "measurements", {})
    assert answer_stored(workspace, "measurements", {}, "csv") == format_result(expected, "csv")
    assert read_view(key) == expected


def test_nothing_is_kept_when_a_build_ran_meanwhile(workspace: Workspace) -> None:
    key = key_of(workspace, "measurements", {})
    answer = live(workspace, "measurements", {})
    victim = workspace.fact_files()[0]
    for path in (victim, workspace.sources_dir / f"{victim.stem}.txt"):
        path.unlink()
    build(workspace)
    assert not views.save_view(key, workspace.graph_file, Tagged(answer, ()))
    assert not key.path.exists()


def test_small_answers_and_other_queries_are_not_kept(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "MIN_ROWS", 10**9)
    answer_stored(workspace, "measurements", {}, "csv")
    assert not key_of(workspace, "measurements", {}).folder.exists()
    stored = load_catalogue(paths.queries_dir()).get("operations-in-region")
    assert view_key(workspace.graph_file, stored, "x") is None
