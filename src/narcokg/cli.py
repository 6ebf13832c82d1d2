"""The ``narcokg`` command line: parse arguments, call the library, print. No RDF logic here.

Imports are deferred into the commands: ``narcokg query`` must start faster than
``import rdflib`` alone (see benchmarks/README.md), so nothing heavy loads before it is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from narcokg.errors import NarcoKGError, exit_with
from narcokg.queries.results import FORMAT_HELP

if TYPE_CHECKING:
    from narcokg.model.workspace import Workspace

EXIT_CODES = """Exit codes: 0 ok; 1 the graph violates its shapes; 2 usage or input error."""

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    help="Official drug-enforcement statistics as a provenance-exact knowledge graph."
    f"\n\n{EXIT_CODES}",
)

_state: dict[str, Path | None] = {"project": None}


@app.callback()
def _main(
    project: Path | None = typer.Option(
        None,
        "--project",
        help="Workspace folder (default: the one you are in, else the shipped graph).",
    ),
) -> None:
    _state["project"] = project


def _fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _workspace() -> Workspace:
    from narcokg.model.workspace import Workspace, find_workspace

    project = _state["project"]
    if project is None:
        return find_workspace()
    if not project.is_dir():
        _fail(f"workspace {project} does not exist: create it with `narcokg init {project}`")
    return Workspace(project)


def _graph_file() -> Path:
    from narcokg.queries.answer import built_graph

    return built_graph(_workspace())


@app.command()
def build(
    check: bool = typer.Option(
        False, "--check", help="Only check that the built graph is current."
    ),
) -> None:
    """Build the graph from the workspace's sources and fact files (only what changed since the
    last build, when its index in .narcokg/ allows)."""
    from narcokg import paths
    from narcokg.build.incremental import build as build_graph
    from narcokg.build.incremental import full_turtle
    from narcokg.build.ondisk import state_dir
    from narcokg.build.progress import TerminalProgress

    workspace = _workspace()
    target = workspace.graph_file
    progress = TerminalProgress()
    try:
        if check:
            data = full_turtle(workspace, progress)
        else:
            # not beside the shipped seed: it is small
            with_store = workspace.root.resolve() != paths.graph_dir().resolve()
            outcome = build_graph(workspace, progress, with_store=with_store)
    finally:
        progress.close()
    if check:
        if not target.is_file() or target.read_bytes() != data:
            _fail(f"{target} is stale: run `narcokg build` and commit the result", 1)
        typer.echo(f"{target} is current")
        return
    if outcome.full or outcome.rebuilt or outcome.removed:
        how = "" if outcome.full else _changes(outcome.rebuilt, outcome.removed)
        typer.echo(f"wrote {target} ({outcome.lines} lines){how}")
    else:
        typer.echo(f"{target} is current")
    if outcome.store:
        typer.echo(f"wrote the query store {state_dir(target)}")


def _changes(rebuilt: tuple[str, ...], removed: tuple[str, ...]) -> str:
    parts = [f"rebuilt {', '.join(rebuilt)}"] if rebuilt else []
    parts += [f"removed {', '.join(removed)}"] if removed else []
    return ": " + "; ".join(parts)


@app.command()
def validate(
    graph: str | None = typer.Option(
        None,
        "--graph",
        help="Graph file (default: the built graph); with --endpoint, a named graph's IRI.",
    ),
    endpoint: str | None = typer.Option(
        None, "--endpoint", help="Pull the graph from this SPARQL query endpoint (CONSTRUCT)."
    ),
    engine: str = typer.Option(
        "fast",
        "--engine",
        help="fast (the shapes as SPARQL on pyoxigraph, the default) or pyshacl (the reference).",
    ),
    changed: bool = typer.Option(
        False,
        "--changed",
        help="Only what the last (incremental) build changed, and the cross-level pairs it is"
        " part of; the whole graph when that cannot be done alone. Says which it did.",
    ),
) -> None:
    """Check the graph against the SHACL shapes; exit 1 on violations."""
    from narcokg.api import validate_source

    source = None if endpoint is not None else Path(graph) if graph else _graph_file()
    named_graph = graph if endpoint is not None else None
    if changed:
        if source is None or engine != "fast":
            _fail("--changed validates a built graph file with the fast engine")
        from narcokg.validation.focused import validate_changed

        report, note = validate_changed(source)
        typer.echo(report.to_text())
        typer.echo(note)
        _remember_validation(source)
        if not report.conforms:
            raise typer.Exit(1)
        return
    report = validate_source(source, endpoint=endpoint, named_graph=named_graph, engine=engine)
    typer.echo(report.to_text())
    _remember_validation(source)
    if not report.conforms:
        raise typer.Exit(1)


def _remember_validation(source: Path | None) -> None:
    """A built graph was validated: `validate --changed` starts from here."""
    if source is not None:
        from narcokg.build.lastbuild import mark_validated

        mark_validated(source)


@app.command()
def synth(
    documents: int = typer.Option(100, "--documents", "-n", help="How many reports to write."),
    output: Path = typer.Option(..., "--output", "-o", help="The workspace folder to write."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed gives the same files."),
    clean: bool = typer.Option(False, "--clean", help="Plant no inconsistencies."),
) -> None:
    """Write a synthetic workspace (reports and fact files) for tests and benchmarks."""
    from narcokg.synth.corpus import write_corpus

    if documents < 1:
        _fail("--documents must be at least 1")
    if output.exists() and any(output.iterdir()):
        _fail(f"{output} is not empty: choose a new folder")
    planted = write_corpus(output, documents, seed, clean=clean)
    typer.echo(
        f"wrote {documents} reports to {output} ({len(planted)} planted inconsistencies,"
        f" listed in {output / 'planted.json'}); build with `narcokg --project {output} build`"
    )


@app.command("queries")
def list_queries(
    fmt: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """List the stored queries, their parameters, types and example values."""
    from narcokg.queries.catalogue import load_catalogue
    from narcokg.queries.catalogue_view import catalogue_json, catalogue_table

    catalogue = load_catalogue(*_query_dirs())
    if fmt not in ("table", "json"):
        _fail(f"unknown format {fmt!r}: use table or json")
    typer.echo(catalogue_table(catalogue) if fmt == "table" else catalogue_json(catalogue))


def _query_dirs() -> list[Path]:
    from narcokg.queries.answer import query_dirs

    return query_dirs(_workspace())


@app.command()
def query(
    name: str = typer.Argument(..., help="Stored query name (see `narcokg queries`)."),
    param: list[str] = typer.Option(
        [], "--param", "-p", help="Parameter as key=value; repeatable."
    ),
    fmt: str = typer.Option("table", "--format", help=f"{FORMAT_HELP}."),
    endpoint: str | None = typer.Option(
        None, "--endpoint", help="Remote SPARQL query endpoint URL."
    ),
    live: bool = typer.Option(
        False, "--live", help="Evaluate the query even when a kept whole-table answer is current."
    ),
) -> None:
    """Run a stored query with typed parameters."""
    from narcokg.queries.answer import answer_stored, parse_params

    values = parse_params(param)
    sys.stdout.write(answer_stored(_workspace(), name, values, fmt, endpoint=endpoint, live=live))


@app.command()
def sparql(
    text: str | None = typer.Argument(None, help="The SPARQL query text."),
    file: Path | None = typer.Option(None, "--file", "-f", help="Read the query from this file."),
    fmt: str = typer.Option("table", "--format", help=f"{FORMAT_HELP}."),
    endpoint: str | None = typer.Option(
        None, "--endpoint", help="Remote SPARQL query endpoint URL."
    ),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds the local query may run."),
) -> None:
    """Run an ad-hoc SPARQL query (read-only; SERVICE, LOAD and FROM are refused).

    The local query runs in a child process without network access, killed at --timeout.
    """
    if not timeout > 0:
        _fail(f"--timeout {timeout:g} must be a positive number of seconds")
    if (text is None) == (file is None):
        _fail("give the query text or --file FILE (one of them)")
    if file is not None:
        from narcokg.files import read_text

        text = read_text(file, "query file")
    assert text is not None
    from narcokg.queries.answer import answer_sparql

    sys.stdout.write(answer_sparql(_workspace(), text, fmt, endpoint=endpoint, confine=timeout))


@app.command()
def export(
    fmt: str = typer.Option("turtle", "--format", help="turtle, ntriples, jsonld or csv."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here instead of stdout."
    ),
) -> None:
    """Write the built graph in another format (csv: the measurements table; with -o, its CSVW
    metadata is written beside it as FILE-metadata.json)."""
    from narcokg.build.store import FORMATS, load_triples, serialize_triples, write_atomically

    if fmt in ("jsonld", "csv"):
        from narcokg.cli_publish import export_download

        return export_download(fmt, _graph_file(), output)
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    data = serialize_triples(load_triples(_graph_file()), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        write_atomically(output, data)


@app.command()
def push(
    store: str = typer.Option(
        ..., "--store", help="Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store)."
    ),
    graph: str | None = typer.Option(
        None, "--graph", help="Named graph IRI (default: the default graph)."
    ),
    with_ontology: bool = typer.Option(
        False, "--with-ontology", help="Also push ontology/narcokg.ttl."
    ),
    chunk_size: int = typer.Option(50_000, "--chunk-size", help="Triples per request."),
) -> None:
    """Load the built graph into a triple store; PUT replaces the graph, so pushing twice is safe.

    Credentials: NARCOKG_STORE_TOKEN (bearer), or NARCOKG_STORE_USER and NARCOKG_STORE_PASSWORD
    (basic; NARCOKG_STORE_AUTH=digest for Virtuoso), else a prompt when the store asks for them.
    """
    from narcokg.paths import ontology_file
    from narcokg.publish.push import push_asking, read_triples
    from narcokg.queries.credentials import credentials_from_env, prompt_credentials

    triples = read_triples([_graph_file()] + ([ontology_file()] if with_ontology else []))
    ask_password = lambda text: typer.prompt(text.rstrip(": "), hide_input=True)  # noqa: E731
    ask = lambda: prompt_credentials(lambda t: typer.prompt(t.rstrip(": ")), ask_password)  # noqa: E731
    with typer.progressbar(
        length=len(triples), label="pushing", file=sys.stderr, hidden=not sys.stderr.isatty()
    ) as bar:
        report = push_asking(triples, store, graph=graph, chunk_size=chunk_size,
                             credentials=credentials_from_env(ask_password=ask_password),
                             ask_credentials=ask if sys.stdin.isatty() else None,
                             progress=bar.update)  # fmt: skip
    typer.echo(f"pushed {report.triples} triples to {report.target} in {report.chunks} request(s)")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    base_iri: str = typer.Option(
        "https://w3id.org/narcokg/",
        "--base-iri",
        help="IRI prefix served here: <base>id/X answers at /id/X.",
    ),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds one query may run."),
    max_rows: int = typer.Option(10_000, "--max-rows", help="Most rows or triples one answer has."),
    workers: int = typer.Option(2, "--workers", help="Query worker processes."),
    queue_timeout: float = typer.Option(
        10.0, "--queue-timeout", help="Seconds a query waits for a free worker before 503."
    ),
    stored_workers: int = typer.Option(1, "--stored-workers", help="Workers for stored queries."),
    client_queries: int = typer.Option(1, "--client-queries", help="Ad-hoc queries per client."),
    result_cache_mb: int = typer.Option(
        64, "--result-cache-mb", help="MB of answers kept for repeated queries (0: off)."
    ),
) -> None:
    """Serve the graph: SPARQL endpoint, linked data, named-query API and browser UI."""
    from narcokg.server.config import ServerConfig
    from narcokg.server.runner import serve as run_server

    try:
        config = ServerConfig(
            _graph_file(),
            tuple(_query_dirs()),
            host=host,
            port=port,
            base_iri=base_iri,
            timeout=timeout,
            max_rows=max_rows,
            workers=workers,
            queue_timeout=queue_timeout,
            stored_workers=stored_workers,
            client_queries=client_queries,
            result_cache_mb=result_cache_mb,
        )
    except ValueError as error:
        _fail(str(error))
    run_server(config)


from narcokg.cli_publish import register  # noqa: E402  (release, diff)
from narcokg.cli_workspace import register as register_workspace  # noqa: E402

register(app, _graph_file)
register_workspace(app, _workspace)


def main() -> None:
    """Entry point: run the app, turning narcokg's errors into a message and an exit code."""
    from narcokg.files import check_arguments

    try:
        check_arguments(sys.argv[1:])
        app()
    except NarcoKGError as error:
        exit_with(error)
    except (UnicodeError, OSError) as error:  # bad bytes or files a reader did not name
        typer.echo(f"error: {error}", err=True)
        sys.exit(2)
