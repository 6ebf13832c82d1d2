"""Errors that guide (issue 10): hints that work as printed, names that match nothing, formats."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from narcokg.errors import InputError
from narcokg.queries.catalogue import StoredQuery, load_catalogue, load_query
from narcokg.queries.entities import ENTITY_KINDS
from narcokg.queries.results import GRAPH_FORMATS, SELECT_FORMATS

from .conftest import ROOT

CATALOGUE = load_catalogue(ROOT / "queries")
PATHS = {"fast path": {}, "typer": {"NARCOKG_NO_FAST_PATH": "1"}}


def narcokg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "narcokg", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})  # fmt: skip


def entity_params() -> list[tuple[StoredQuery, str, str]]:
    return [(q, p.name, p.entity) for q in CATALOGUE for p in q.params if p.entity]


def examples(query: StoredQuery) -> list[str]:
    """``-p name=example`` for every required parameter."""
    return [f"{p.name}={p.example}" for p in query.params if p.required]


@pytest.mark.parametrize("env", PATHS.values(), ids=PATHS.keys())
@pytest.mark.parametrize("query", [q for q in CATALOGUE if any(p.required for p in q.params)],
                         ids=lambda q: q.name)  # fmt: skip
def test_missing_parameter_hint_is_a_command_that_works(
    query: StoredQuery, env: dict[str, str]
) -> None:
    required = [p for p in query.params if p.required]
    given = [arg for p in required[1:] for arg in ("-p", f"{p.name}={p.example}")]
    run = narcokg("query", query.name, *given, env=env)
    assert run.returncode == 2
    hint = re.search(r"for example (-p \S+)$", run.stderr.strip())
    assert hint is not None, run.stderr
    again = narcokg("query", query.name, *given, *shlex.split(hint[1]), env=env)
    assert again.returncode == 0, again.stderr


def test_every_entity_parameter_names_a_known_kind() -> None:
    assert entity_params(), "some stored query parameters name entities"
    assert all(kind in ENTITY_KINDS for _, _, kind in entity_params())


@pytest.mark.parametrize("env", PATHS.values(), ids=PATHS.keys())
@pytest.mark.parametrize(("query", "name", "kind"), entity_params(),
                         ids=lambda x: getattr(x, "name", x))  # fmt: skip
def test_a_name_that_matches_nothing_is_an_error_with_close_names(
    query: StoredQuery, name: str, kind: str, env: dict[str, str]
) -> None:
    values = {p.name: p.example for p in query.params if p.required}
    example = query.param(name).example  # type: ignore[union-attr]
    values[name] = example + "x"
    args = [arg for key, value in values.items() for arg in ("-p", f"{key}={value}")]
    run = narcokg("query", query.name, *args, env=env)
    assert run.returncode == 2, run.stdout
    assert f"error: no {kind} is called '{example}x'; closest names: {example}" in run.stderr


def test_atlantis_is_no_region() -> None:
    run = narcokg("query", "operations-in-region", "-p", "region=Atlantis")
    assert run.returncode == 2
    assert run.stderr.startswith("error: no region is called 'Atlantis'; closest names: ")
    assert run.stdout == ""


def test_a_known_name_without_rows_is_an_empty_answer() -> None:
    """Hunan exists but has no national time series: "(0 rows)", exit 0."""
    run = narcokg("query", "time-series", "-p", "measure=drug-crime-cases-cracked", "-p",
                  "region=hunan")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.endswith("(0 rows)\n")


def test_names_match_as_the_query_matches_them() -> None:
    """Region labels ignore case (as the query does); ISO codes work too."""
    for region in ("hunan", "CN-HN"):
        run = narcokg("query", "operations-in-region", "-p", f"region={region}")
        assert run.returncode == 0, run.stderr
        assert "(1 row)" in run.stdout


def test_unknown_entity_kind_in_a_header_is_refused(tmp_path: Path) -> None:
    text = (ROOT / "queries" / "operations-in-region.rq").read_text(encoding="utf-8")
    path = tmp_path / "operations-in-region.rq"
    path.write_text(text.replace("entity: region", "entity: planet"), encoding="utf-8")
    with pytest.raises(InputError, match="entity 'planet'"):
        load_query(path)


def format_names(text: str) -> set[str]:
    return set(re.findall(r"\b(?:table|csv|tsv|json|turtle|ntriples|jsonld|yaml)\b", text))


@pytest.mark.parametrize("command", [["query", "measurements"], ["sparql", "ASK {}"]])
def test_help_and_error_list_the_same_formats(command: list[str]) -> None:
    from typer.main import get_command

    from narcokg.cli import app

    click_command = get_command(app).commands[command[0]]  # type: ignore[attr-defined]
    option = next(p for p in click_command.params if "--format" in p.opts)
    error = narcokg(*command, "--format", "xml")
    assert error.returncode == 2
    assert format_names(option.help) == format_names(error.stderr)
    assert format_names(error.stderr) == set(SELECT_FORMATS + GRAPH_FORMATS)
