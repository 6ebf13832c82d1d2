"""The ``narcokg`` commands that publish the graph: ``release``, ``diff``, and the export formats
that need more than a serialiser (compacted JSON-LD, CSV with CSVW metadata). Thin: parse, call
:mod:`narcokg.publish`, print. :func:`register` adds the commands to the app of ``cli.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import typer


def export_download(fmt: str, graph_file: Path, output: Path | None) -> None:
    """``export --format jsonld|csv``: compacted JSON-LD, or the CSV (and, with ``-o``, its
    CSVW metadata file beside it, named as CSVW processors look for it)."""
    from narcokg.build.store import load_triples, write_atomically
    from narcokg.publish import csvw, jsonld

    if fmt == "jsonld":
        data = jsonld.compact_jsonld(load_triples(graph_file))
    else:
        data = csvw.measurements_csv(graph_file)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    if fmt == "csv":
        metadata = output.with_name(output.name + "-metadata.json")
        write_atomically(metadata, csvw.measurements_metadata(output.name))
    write_atomically(output, data)


def register(app: typer.Typer, graph_file: Callable[[], Path]) -> None:
    """Add ``release`` and ``diff`` to ``app``; ``graph_file`` finds the workspace's graph."""

    @app.command()
    def release(
        version: str = typer.Option(..., "--version", help="The release's version, X.Y.Z."),
        output: Path = typer.Option(..., "--output", "-o", help="A new folder to write."),
        previous: Path | None = typer.Option(
            None, "--previous", help="The previous release's folder: adds the changes since."
        ),
    ) -> None:
        """Write a versioned release: every download, ontology docs, VoID/DCAT, SHA256SUMS."""
        from narcokg.publish.release import write_release

        folder = write_release(graph_file(), version, output, previous)
        typer.echo(f"wrote release {version} to {folder}")

    @app.command()
    def diff(
        old: Path = typer.Argument(..., help="The older release folder or graph file."),
        new: Path = typer.Argument(..., help="The newer release folder or graph file."),
        fmt: str = typer.Option("table", "--format", help="table or json."),
    ) -> None:
        """List the figures added, changed and removed between two releases, per document."""
        from narcokg.errors import InputError
        from narcokg.publish.diff import diff_figures, diff_json, diff_table, load_figures

        if fmt not in ("table", "json"):
            raise InputError(f"unknown format {fmt!r}: use table or json")
        changes = diff_figures(load_figures(old), load_figures(new))
        typer.echo(diff_table(changes) if fmt == "table" else diff_json(changes), nl=False)
