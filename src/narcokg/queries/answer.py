"""Answer a query end to end: a stored query (by name, with parameter values) or ad-hoc SPARQL,
on the workspace's built graph or on a remote endpoint, formatted as text.

The command line (both its typer commands and its fast path, :mod:`narcokg.entry`) and nothing
else decides *what* to answer; this module is the one place that does the answering.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg import paths
from narcokg.errors import InputError, ParameterError
from narcokg.model.workspace import Workspace

if TYPE_CHECKING:
    from narcokg.queries.catalogue import StoredQuery
    from narcokg.queries.engines import Engine
    from narcokg.queries.results import QueryResult


def query_dirs(workspace: Workspace) -> list[Path]:
    """The shipped stored queries, then the workspace's own (which sit beside them)."""
    shipped = paths.queries_dir()
    own = workspace.queries_dir
    if own.is_dir() and own.resolve() != shipped.resolve():
        return [shipped, own]
    return [shipped]


def split_param(pair: str) -> tuple[str, str] | None:
    """``key=value`` as ``(key, value)``; None when it is not of that form.

    >>> split_param("region=Hunan"), split_param("Hunan")
    (('region', 'Hunan'), None)
    """
    key, sep, value = pair.partition("=")
    return (key, value) if sep and key else None


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``--param key=value`` options as values by name; a malformed or repeated one is refused."""
    values: dict[str, str] = {}
    for pair in pairs:
        split = split_param(pair)
        if split is None:
            raise ParameterError(f"--param {pair!r} must be key=value, e.g. --param region=Hunan")
        if split[0] in values:
            raise ParameterError(f"--param {split[0]} is given twice")
        values[split[0]] = split[1]
    return values


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
    live: bool = False,
) -> str:
    """Run the stored query ``name`` with ``values`` bound, formatted as ``fmt``.

    An empty answer whose parameter names an entity the graph does not have (``region=Atlantis``)
    is a :class:`~narcokg.errors.ParameterError` listing the close names, not "(0 rows)".
    A whole table's answer kept for the current graph and query text is read back unless
    ``live`` (:mod:`narcokg.queries.views`); a live one on the local store is kept.
    """
    from narcokg.queries.catalogue import load_catalogue, render_query
    from narcokg.queries.results import check_format, format_result

    stored = load_catalogue(*query_dirs(workspace)).get(name)
    text = render_query(stored, values)
    check_format(fmt)
    result = None
    if endpoint is None:
        from narcokg.queries.views import answer_kept

        local = lambda: query_engine(workspace, None)  # noqa: E731
        result = answer_kept(built_graph(workspace), stored, text, local, live=live)
    if result is None:
        engine = query_engine(workspace, endpoint)
        result = engine.run(text)
        if is_empty(result):
            check_entities(stored, values, engine)
    elif is_empty(result):
        check_entities(stored, values, query_engine(workspace, None))
    return format_result(result, fmt)


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
    from narcokg.queries.results import check_format, format_result

    check_format(fmt)
    if endpoint is not None or confine is None:
        return format_result(query_engine(workspace, endpoint).run(text), fmt)
    from narcokg.queries.confined import run_confined
    from narcokg.queries.safety import check_query

    check_query(text)  # refuse here, before a process is made for it
    built_graph(workspace)  # a missing graph is reported here, not by the child
    # the child opens the graph itself: a store opened before a fork is not safe to share
    return run_confined(
        lambda: format_result(query_engine(workspace, None).run(text), fmt), confine
    )


def query_engine(workspace: Workspace, endpoint: str | None) -> Engine:
    """The remote endpoint's engine if one is given, else the workspace's built graph, embedded."""
    if endpoint is not None:
        from narcokg.queries.remote import RemoteEngine

        return RemoteEngine(endpoint)
    from narcokg.build.ondisk import open_graph_store
    from narcokg.queries.engines import LocalEngine

    return LocalEngine(store=open_graph_store(built_graph(workspace)))


def is_empty(result: QueryResult) -> bool:
    """Whether ``result`` is a SELECT answer without rows."""
    from narcokg.queries.results import SelectResult

    return isinstance(result, SelectResult) and not result.rows


def check_entities(stored: StoredQuery, values: Mapping[str, str], engine: Engine) -> None:
    """A :class:`ParameterError` if a value given for an entity parameter names no such entity."""
    from narcokg.queries.entities import check_names, entity_kind
    from narcokg.queries.results import SelectResult

    for param in stored.params:
        kind = entity_kind(param.entity) if param.entity else None
        if kind is None or param.name not in values:
            continue
        names = engine.run(kind.query)
        assert isinstance(names, SelectResult)
        check_names(kind, values[param.name], (row[0].value for row in names.rows if row[0]))
