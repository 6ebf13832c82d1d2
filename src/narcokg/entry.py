"""The ``narcokg`` entry point, with a fast path for the most common command.

``narcokg query NAME [-p key=value]… [--format F]`` is answered without importing typer (and so
click): that import alone costs a third of ``import rdflib``, and a named query on the seed graph
must start in less (benchmarks/README.md). Any other command line, or anything unusual in this one
(``--help``, ``--endpoint``, a malformed parameter, a repeated option), goes to the typer app,
which then owns every message. A test runs the same command lines both ways and compares.
"""

from __future__ import annotations

import os
import sys

from narcokg.errors import NarcoKGError, exit_with
from narcokg.queries.answer import split_param

#: Set (to anything) to send every command line to the typer app.
NO_FAST_PATH = "NARCOKG_NO_FAST_PATH"


def parse_query_line(args: list[str]) -> tuple[str, dict[str, str], str] | None:
    """``(name, values, format)`` for a plain ``query`` command line, else ``None``.

    >>> parse_query_line(["query", "operations-in-region", "-p", "region=Hunan"])
    ('operations-in-region', {'region': 'Hunan'}, 'table')
    >>> parse_query_line(["query", "measurements", "--help"]) is None
    True
    """
    if len(args) < 2 or args[0] != "query" or args[1].startswith("-"):
        return None
    name, values, fmt, rest = args[1], {}, None, args[2:]
    while rest:
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
    return name, values, fmt or "table"


def _next_option(rest: list[str]) -> tuple[str | None, str | None, list[str]]:
    head = rest[0]
    if head.startswith("--") and "=" in head:
        option, _, value = head.partition("=")
        return _canonical(option), value, rest[1:]
    if len(rest) < 2 or rest[1].startswith("-"):
        return None, None, rest
    return _canonical(head), rest[1], rest[2:]


def _canonical(option: str) -> str | None:
    return {"--param": "--param", "-p": "--param", "--format": "--format"}.get(option)


def _utf8_output() -> None:
    """CSV, TSV, JSON and YAML are written as UTF-8 whatever the locale: Chinese quotes and
    labels must come out intact, never as an encoding error."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() != "utf-8":
            reconfigure(encoding="utf-8")


def main() -> None:
    """Answer a plain ``query`` line directly; hand everything else to the typer app."""
    _utf8_output()
    request = None if os.environ.get(NO_FAST_PATH) else parse_query_line(sys.argv[1:])
    if request is None:
        from narcokg.cli import main as typer_main

        typer_main()
        return
    from narcokg.model.workspace import find_workspace
    from narcokg.queries.answer import answer_stored

    name, values, fmt = request
    try:
        from narcokg.files import check_arguments

        check_arguments(sys.argv[1:])
        sys.stdout.write(answer_stored(find_workspace(), name, values, fmt))
    except NarcoKGError as error:
        exit_with(error)
