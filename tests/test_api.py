"""The public Python API (``narcokg.open``): the same answers as the command line, typed rows."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import narcokg
from narcokg import paths
from narcokg.errors import InputError, ParameterError, ResultTooLargeError, UnknownQueryError
from narcokg.model.workspace import shipped_workspace
from narcokg.queries.answer import answer_stored


@pytest.fixture(scope="module")
def kg() -> narcokg.KnowledgeGraph:
    return narcokg.open()


def test_all_names_resolve() -> None:
    for name in narcokg.__all__:
        assert getattr(narcokg, name) is not None
    with pytest.raises(AttributeError):
        narcokg.no_such_name  # noqa: B018


def test_rows_have_attributes_and_python_values(kg: narcokg.KnowledgeGraph) -> None:
    rows = kg.query("measurements")
    assert isinstance(rows, narcokg.Rows)
    first = next(iter(rows))
    assert first._fields == rows.columns
    assert rows.columns[:3] == ("measure", "value", "lower_bound")
    national = [r for r in rows if r.measure == "drug crime cases cracked" and r.region == "China"]
    assert national and national[0].lower_bound == Decimal(42000) and national[0].value is None
    assert isinstance(national[0].start, int)


def test_csv_is_the_command_lines(kg: narcokg.KnowledgeGraph) -> None:
    rows = kg.query("operations-in-region", region="Hunan")
    cli = answer_stored(shipped_workspace(), "operations-in-region", {"region": "Hunan"}, "csv")
    assert rows.to_csv() == cli and len(rows) == 1


def test_to_csv_writes_a_file(kg: narcokg.KnowledgeGraph, tmp_path: Path) -> None:
    rows = kg.query("measurements")
    target = tmp_path / "m.csv"
    assert rows.to_csv(target) == target.read_bytes().decode("utf-8")


def test_to_pandas(kg: narcokg.KnowledgeGraph) -> None:
    pytest.importorskip("pandas")
    rows = kg.query("measurements")
    frame = rows.to_pandas()
    assert list(frame.columns) == list(rows.columns) and len(frame) == len(rows)


def test_parameters_take_python_values(kg: narcokg.KnowledgeGraph) -> None:
    with pytest.raises(ParameterError):
        kg.query("operations-in-region")  # region is required
    with pytest.raises(UnknownQueryError):
        kg.query("operations-in-regoin", region="Hunan")


def test_sparql_forms(kg: narcokg.KnowledgeGraph) -> None:
    assert kg.sparql("ASK { ?s ?p ?o }") is True
    graph = kg.sparql("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3")
    assert isinstance(graph, narcokg.GraphResult) and len(graph.triples) == 3
    assert graph.serialize("ntriples").count("\n") == 3


def test_max_rows_refuses_rather_than_cuts(kg: narcokg.KnowledgeGraph) -> None:
    text = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"
    assert len(kg.sparql(text, max_rows=5)) == 5  # type: ignore[arg-type]
    with pytest.raises(ResultTooLargeError):
        kg.sparql(text, max_rows=4)


def test_open_a_folder_or_a_file() -> None:
    folder = narcokg.open(paths.graph_dir())
    file = narcokg.open(paths.graph_dir() / "narcokg.ttl")
    assert len(folder.query("measurements")) == len(file.query("measurements")) > 0
    with pytest.raises(InputError, match="neither a workspace"):
        narcokg.open(paths.graph_dir() / "missing")


def test_unbuilt_workspace_says_how(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="narcokg build"):
        narcokg.open(tmp_path).sparql("ASK {}")


def test_validate(kg: narcokg.KnowledgeGraph) -> None:
    report = kg.validate()
    assert isinstance(report, narcokg.ValidationReport) and report.conforms
    with pytest.raises(InputError, match="unknown engine"):
        kg.validate(engine="nope")


def test_date_parameters_are_iso() -> None:
    from narcokg.api import parameter_texts

    assert parameter_texts({"d": datetime.date(2024, 1, 31)}) == {"d": "2024-01-31"}


def test_import_is_cheap() -> None:
    heavy = "('rdflib', 'pyoxigraph', 'typer')"
    code = f"import sys, narcokg; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
