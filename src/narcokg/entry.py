"""The ``narcokg`` entry point, with a fast path for the most common commands.

``narcokg query NAME [-p key=value]… [--format F]`` is answered without importing typer (and so
click): that import alone costs a third of ``import rdflib``, and a named query on the seed graph
must start in less (benchmarks/README.md). ``narcokg validate [--graph FILE] [--changed]`` too: its
start-up counts against the 2x of a bare load. Any other command line, or anything unusual in
these (``--help``, ``--endpoint``, a malformed parameter, a repeated option), goes to the typer
app, which then owns every message. A test runs the same command lines both ways and compares.
"""

from __future__ import annotations

import os
import sys

from narcokg.errors import NarcoKGError, exit_with
from narcokg.queries.answer import split_param

#: Set (to anything) to send every command line to the typer app.
NO_FAST_PATH = "NARCOKG_NO_FAST_PATH"


def parse_query_line(args: list[str]) -> tuple[str, dict[str, str], str, bool] | None:
    """``(name, values, format, live)`` for a plain ``query`` command line, else ``None``.

    >>> parse_query_line(["query", "operations-in-region", "-p", "region=Hunan"])
    ('operations-in-region', {'region': 'Hunan'}, 'table', False)
    >>> parse_query_line(["query", "measurements", "--help"]) is None
    True
    """
    if len(args) < 2 or args[0] != "query" or args[1].startswith("-"):
        return None
    name, values, fmt, live, rest = args[1], {}, None, False, args[2:]
    while rest:
        if rest[0] == "--live" and not live:
            live, rest = True, rest[1:]
            continue
        option, value, rest = _next_option(rest)
        if option is None or value is None:
            return None
        if option == "--format" and fmt is None:
            fmt = value
            continue
        pair = split_param(value)
        if option != "--param" or pair is None or pair[0] in values:
            return None
        values[pair[0]] = pair[1]
    return name, values, fmt or "table", live


def parse_validate_line(args: list[str]) -> tuple[str | None, bool] | None:
    """``(graph, changed)`` for a plain ``validate`` command line, else ``None``.

    >>> parse_validate_line(["validate", "--graph", "g.ttl", "--changed"])
    ('g.ttl', True)
    >>> parse_validate_line(["validate", "--engine", "pyshacl"]) is None
    True
    """
    if not args or args[0] != "validate":
        return None
    graph, changed, rest = None, False, args[1:]
    while rest:
        if rest[0] == "--changed" and not changed:
            changed, rest = True, rest[1:]
            continue
        option, value, rest = _next_option(rest, {"--graph": "--graph"})
        if option is None or not value or graph is not None:
            return None
        graph = value
    return graph, changed


def _next_option(
    rest: list[str], names: dict[str, str] | None = None
) -> tuple[str | None, str | None, list[str]]:
    names = names or {"--param": "--param", "-p": "--param", "--format": "--format"}
    head = rest[0]
    if head.startswith("--") and "=" in head:
        option, _, value = head.partition("=")
        return names.get(option), value, rest[1:]
    if len(rest) < 2 or rest[1].startswith("-"):
        return None, None, rest
    return names.get(head), rest[1], rest[2:]


def _utf8_output() -> None:
    """CSV, TSV, JSON and YAML are written as UTF-8 whatever the locale: Chinese quotes and
    labels must come out intact, never as an encoding error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() != "utf-8":
            reconfigure(encoding="utf-8")


def main() -> None:
    """Answer a plain ``query`` or ``validate`` line directly; hand everything else to typer."""
    _utf8_output()
    fast = not os.environ.get(NO_FAST_PATH)
    request = parse_query_line(sys.argv[1:]) if fast else None
    validation = parse_validate_line(sys.argv[1:]) if fast else None
    if request is None and validation is None:
        from narcokg.cli import main as typer_main

        typer_main()
        return
    try:
        from narcokg.files import check_arguments

        check_arguments(sys.argv[1:])
        if validation is not None:
            _validate(*validation)
            return
        from narcokg.model.workspace import find_workspace
        from narcokg.queries.answer import answer_stored

        assert request is not None
        name, values, fmt, live = request
        sys.stdout.write(answer_stored(find_workspace(), name, values, fmt, live=live))
    except NarcoKGError as error:
        exit_with(error)
    except (UnicodeError, OSError) as error:  # as the typer app does
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)


def _validate(graph: str | None, changed: bool) -> None:
    """``narcokg validate`` as the typer command does it (cli.py)."""
    from pathlib import Path

    from narcokg.model.workspace import find_workspace
    from narcokg.queries.answer import built_graph

    source = Path(graph) if graph else built_graph(find_workspace())
    if changed:
        from narcokg.validation.focused import validate_changed

        report, note = validate_changed(source)
        print(report.to_text())
        print(note)
    else:
        from narcokg.api import validate_source

        report = validate_source(source)
        print(report.to_text())
    from narcokg.build.lastbuild import mark_validated  # `validate --changed` starts from here

    mark_validated(source)
    if not report.conforms:
        sys.exit(1)
