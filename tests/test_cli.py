"""The command line as a user runs it: a real `narcokg` process, its output and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from .conftest import GRAPH_DIR, ROOT


def narcokg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "narcokg", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd or ROOT, timeout=120)


def test_operations_in_region_names_the_hunting_operations() -> None:
    run = narcokg("query", "operations-in-region", "--param", "region=Hunan", "--format", "csv")
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [row["operation"] for row in rows] == ['"Hunting" operations']


def test_measurements_csv_has_all_fourteen_figures_with_exact_spans() -> None:
    run = narcokg("query", "measurements", "--format", "csv")
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert len(rows) == 14
    text = (GRAPH_DIR / "sources" / "mps-2024-01-31-anti-drug-2023.txt").read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["exact"]
        assert row["value"] or row["lower_bound"] or row["upper_bound"]


def test_json_output_is_sparql_results_json() -> None:
    run = narcokg("query", "operations-in-region", "-p", "region=Hubei", "--format", "json")
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    assert "operation" in document["head"]["vars"]
    bindings = document["results"]["bindings"]
    assert bindings[0]["operation"] == {
        "type": "literal",
        "value": '"Hunting" operations',
        "xml:lang": "en",
    }


def test_unknown_query_lists_close_names() -> None:
    run = narcokg("query", "operation-in-region")
    assert run.returncode == 2
    assert "did you mean operations-in-region" in run.stderr
    assert "Traceback" not in run.stderr


def test_missing_parameter_names_it_and_its_type() -> None:
    run = narcokg("query", "operations-in-region")
    assert run.returncode == 2
    assert "region" in run.stderr and "string" in run.stderr


def test_malformed_parameter_is_a_usage_error() -> None:
    run = narcokg("query", "operations-in-region", "--param", "region")
    assert run.returncode == 2
    assert "key=value" in run.stderr


def test_sparql_refuses_service_without_traceback() -> None:
    run = narcokg("sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
    assert run.returncode == 2
    assert "SERVICE" in run.stderr and "Traceback" not in run.stderr


def test_sparql_syntax_error_is_an_input_error() -> None:
    run = narcokg("sparql", "SELEKT * WHERE { ?s ?p ?o }")
    assert run.returncode == 2
    assert "Traceback" not in run.stderr


def test_build_check_passes_on_the_committed_graph() -> None:
    run = narcokg("build", "--check")
    assert run.returncode == 0, run.stderr


def test_validate_passes_on_the_shipped_graph() -> None:
    run = narcokg("validate")
    assert run.returncode == 0, run.stdout + run.stderr


# jsonld is compacted with narcokg's context, which pyoxigraph would have to fetch: it is expanded
# with pyld and a local context in tests/publish/test_jsonld.py instead.
@pytest.mark.parametrize(
    ("fmt", "parser_format"), [("turtle", "TURTLE"), ("ntriples", "N_TRIPLES")]
)
def test_export_round_trips(tmp_path: Path, fmt: str, parser_format: str) -> None:
    import pyoxigraph as ox

    target = tmp_path / f"graph.{fmt}"
    run = narcokg("export", "--format", fmt, "-o", str(target))
    assert run.returncode == 0, run.stderr
    # An independent strict parser reads the export; rdflib then compares graphs.
    quads = ox.parse(path=str(target), format=getattr(ox.RdfFormat, parser_format))
    ntriples = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    exported = Graph().parse(data=ntriples, format="nt")
    built = Graph().parse(GRAPH_DIR / "narcokg.ttl", format="turtle")
    assert isomorphic(exported, built)


def test_queries_catalogue_json_lists_typed_parameters() -> None:
    run = narcokg("queries", "--format", "json")
    assert run.returncode == 0, run.stderr
    entries = {entry["name"]: entry for entry in json.loads(run.stdout)}
    assert entries["operations-in-region"]["params"][0]["type"] == "string"
    assert entries["operations-in-region"]["params"][0]["example"] == "Hunan"


def test_help_documents_exit_codes() -> None:
    run = narcokg("--help")
    assert run.returncode == 0
    assert "Exit codes: 0 ok; 1" in run.stdout


def test_every_stored_query_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = sorted(path.stem for path in (ROOT / "queries").glob("*.rq"))
    missing = [name for name in names if f"`{name}`" not in readme]
    assert not missing, f"document these stored queries in README.md: {missing}"


def test_every_command_is_documented_in_the_readme() -> None:
    from narcokg.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    ]
    missing = [name for name in commands if f"narcokg {name}" not in readme]
    assert not missing, f"document these commands in README.md: {missing}"
