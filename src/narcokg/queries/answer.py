"""Answer a query end to end: a stored query (by name, with parameter values) or ad-hoc SPARQL,
on the workspace's built graph or on a remote endpoint, formatted as text.

The command line (both its typer commands and its fast path, :mod:`narcokg.entry`) and nothing
else decides *what* to answer; this module is the one place that does the answering.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from narcokg import paths
from narcokg.errors import InputError
from narcokg.model.workspace import Workspace


def query_dirs(workspace: Workspace) -> list[Path]:
    """The shipped stored queries, then the workspace's own (which sit beside them)."""
    shipped = paths.queries_dir()
    own = workspace.queries_dir
    if own.is_dir() and own.resolve() != shipped.resolve():
        return [shipped, own]
    return [shipped]


def built_graph(workspace: Workspace) -> Path:
    """The workspace's built graph; an :class:`InputError` that says how to build it if absent."""
    graph = workspace.graph_file
    if not graph.is_file():
        raise InputError(f"{graph} has not been built yet: run `narcokg build`")
    return graph


def answer_stored(
    workspace: Workspace,
    name: str,
    values: Mapping[str, str],
    fmt: str,
    *,
    endpoint: str | None = None,
) -> str:
    """Run the stored query ``name`` with ``values`` bound, formatted as ``fmt``."""
    from narcokg.queries.catalogue import load_catalogue, render_query

    stored = load_catalogue(*query_dirs(workspace)).get(name)
    return answer_sparql(workspace, render_query(stored, values), fmt, endpoint=endpoint)


def answer_sparql(
    workspace: Workspace,
    text: str,
    fmt: str,
    *,
    endpoint: str | None = None,
    confine: float | None = None,
) -> str:
    """Run the read-only query ``text`` (checked for safety first), formatted as ``fmt``.

    ``confine`` (seconds): run the local query in a child process with no network, killed after
    that long (:mod:`narcokg.queries.confined`); for text from outside, not stored queries.
    """
    from narcokg.queries.results import format_result

    if endpoint is not None:
        from narcokg.queries.remote import RemoteEngine

        return format_result(RemoteEngine(endpoint).run(text), fmt)
    from narcokg.queries.engines import LocalEngine
    from narcokg.queries.safety import check_query

    graph = built_graph(workspace)
    check_query(text)  # refuse here, before a process is made for it

    def work() -> str:
        return format_result(LocalEngine([graph]).run(text), fmt)

    if confine is None:
        return work()
    from narcokg.queries.confined import run_confined

    return run_confined(work, confine)
