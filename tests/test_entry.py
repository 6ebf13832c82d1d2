"""The fast path for `narcokg query` answers exactly as the typer command does, and imports
nothing heavy."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from narcokg.entry import NO_FAST_PATH, parse_query_line, parse_validate_line

from .conftest import ROOT

COMMAND_LINES = [
    ["query", "operations-in-region", "--param", "region=Hunan"],
    ["query", "operations-in-region", "-p", "region=hubei", "--format", "csv"],
    ["query", "operations-in-region", "--param=region=CN-HN", "--format=json"],
    ["query", "measurements", "--format", "tsv"],
    ["query", "measurements", "--live", "--format", "csv"],
    ["query", "evidence", "-p", "measurement=national-cases-cracked", "--format", "csv"],
    ["query", "operations-in-region", "-p", "region=Atlantis"],
    ["query", "operation-in-region"],
    ["query", "operations-in-region"],
    ["query", "operations-in-region", "-p", "region"],
    ["query", "operations-in-region", "-p", "region=Hunan", "-p", "region=Hubei"],
    ["query", "operations-in-region", "-p", "colour=red"],
    ["query", "measurements", "--format", "xml"],
    ["query", "share-of-national", "-p", "region=Yunnan", "--format", "csv"],
    ["validate"],
    ["validate", "--changed"],
    ["validate", "--graph", "graph/narcokg.ttl"],
    ["validate", "--graph=tests/shapes/SpanExactShape/violates.ttl", "--changed"],
    ["validate", "--graph", "no-such-graph.ttl"],
    ["validate", "--graph", "tests"],
]


def run(args: list[str], *, fast: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != NO_FAST_PATH}
    if not fast:
        env[NO_FAST_PATH] = "1"
    return subprocess.run(
        [sys.executable, "-m", "narcokg", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("args", COMMAND_LINES, ids=lambda a: " ".join(a[1:]))
def test_fast_path_answers_as_the_typer_command(args: list[str]) -> None:
    fast, slow = run(args, fast=True), run(args, fast=False)
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        slow.returncode,
        slow.stdout,
        slow.stderr,
    )


def test_the_comparison_covers_answers_and_errors() -> None:
    codes = {run(args, fast=True).returncode for args in COMMAND_LINES[:1] + COMMAND_LINES[6:7]}
    assert codes == {0, 2}


@pytest.mark.parametrize(
    "args",
    [
        ["query", "measurements", "--help"],
        ["query", "measurements", "--endpoint", "http://127.0.0.1:1/query"],
        ["query", "measurements", "--format", "csv", "--format", "json"],
        ["query", "operations-in-region", "-p", "region"],
        ["query", "operations-in-region", "-p", "a=1", "-p", "a=2"],
        ["query", "measurements", "--live", "--live"],
        ["query", "--format", "csv", "measurements"],
        ["--project", "x", "query", "measurements"],
        ["queries"],
        ["query"],
    ],
)
def test_unusual_lines_go_to_typer(args: list[str]) -> None:
    assert parse_query_line(args) is None


def test_the_validate_lines_cover_each_exit_code() -> None:
    lines = [args for args in COMMAND_LINES if args[0] == "validate"]
    assert all(parse_validate_line(args) is not None for args in lines)
    assert {run(args, fast=True).returncode for args in lines} == {0, 1, 2}


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--help"],
        ["validate", "--engine", "pyshacl"],
        ["validate", "--endpoint", "http://127.0.0.1:1/query"],
        ["validate", "--graph", "a.ttl", "--graph", "b.ttl"],
        ["validate", "--changed", "--changed"],
        ["validate", "--graph="],
        ["validate", "--graph"],
        ["--project", "x", "validate"],
    ],
)
def test_unusual_validate_lines_go_to_typer(args: list[str]) -> None:
    assert parse_validate_line(args) is None


def fast_query_then(code: str) -> str:
    """The output of a fresh process that answers a stored query by the fast path, then runs
    ``code`` (which looks at what that process imported)."""
    prelude = (
        "import sys; sys.argv = ['narcokg', 'query', 'operations-in-region', '-p', 'region=Hunan'];"
        "from narcokg.entry import main; main();"
    )
    run_ = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert '"Hunting" operations' in run_.stdout
    return run_.stdout


def test_fast_path_imports_neither_typer_nor_rdflib_nor_yaml() -> None:
    output = fast_query_then(
        "heavy = {'typer', 'click', 'rdflib', 'yaml', 'pyshacl'} & set(sys.modules);"
        "print('HEAVY', sorted(heavy))"
    )
    assert "HEAVY []" in output


def test_fast_path_skips_what_only_errors_and_other_formats_need() -> None:
    """Each of these cost start-up (benchmarks/README.md, "Issue 13, part 1"): ``dataclasses``
    brings ``inspect``; the others serve messages, other formats or a stale stamp."""
    output = fast_query_then(
        "from narcokg.queries.lexer import exact_token;"
        "costly = {'dataclasses', 'inspect', 'difflib', 'decimal', 'csv', 'hashlib', 'datetime',"
        " 'shlex', 'SPARQLWrapper', 'rich'} & set(sys.modules);"
        "print('COSTLY', sorted(costly), exact_token.cache_info().misses)"
    )
    assert "COSTLY [] 0" in output
