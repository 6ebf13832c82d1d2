"""The public Python API: open a graph, run its stored queries or any read-only SPARQL, validate.

Everything here is re-exported by :mod:`narcokg` (see its ``__all__``); every other module is
internal and may change between releases. The same execution core answers the command line, the
server's workers and this API (:class:`~narcokg.queries.engines.Engine`).

>>> import narcokg
>>> kg = narcokg.open()  # the shipped graph
>>> rows = kg.query("operations-in-region", region="Hunan")
>>> [(row.operation, row.period) for row in rows]
[('"Hunting" operations', '2023')]
>>> kg.sparql("ASK { ?s ?p ?o }")
True
>>> kg.validate().conforms
True
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg.errors import InputError

if TYPE_CHECKING:
    from narcokg.model.workspace import Workspace
    from narcokg.queries.catalogue import Catalogue
    from narcokg.queries.engines import Engine
    from narcokg.queries.results import GraphResult, QueryResult
    from narcokg.queries.rows import Rows
    from narcokg.validation.report import ValidationReport

_ENDPOINT = re.compile(r"https?://", re.IGNORECASE)


def open(
    location: str | os.PathLike[str] | None = None, *, timeout: float = 60.0
) -> KnowledgeGraph:
    """The knowledge graph at ``location``.

    ``None``: the graph shipped with narcokg. A folder: a workspace (``narcokg init``; its built
    ``narcokg.ttl`` and its own stored queries). A ``.ttl`` file: that graph. An ``http(s)://``
    URL: a SPARQL query endpoint, queried over HTTP with ``timeout`` seconds per query.
    """
    from narcokg.model.workspace import Workspace, shipped_workspace

    if location is None:
        return KnowledgeGraph(workspace=shipped_workspace())
    text = os.fspath(location)
    if _ENDPOINT.match(text):
        return KnowledgeGraph(endpoint=text, timeout=timeout)
    path = Path(text)
    if path.is_dir():
        return KnowledgeGraph(workspace=Workspace(path))
    if path.is_file():
        return KnowledgeGraph(graph_file=path)
    raise InputError(
        f"{text!r} is neither a workspace folder, a graph file nor an http(s) endpoint URL"
    )


class KnowledgeGraph:
    """A narcokg graph to query and validate; make one with :func:`open`."""

    def __init__(
        self,
        *,
        workspace: Workspace | None = None,
        graph_file: Path | None = None,
        endpoint: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.workspace = workspace
        self.endpoint = endpoint
        self._graph_file = graph_file
        self._timeout = timeout
        self._engine: Engine | None = None
        self._catalogue: Catalogue | None = None

    def __repr__(self) -> str:
        where = self.endpoint or self._graph_file or (self.workspace and self.workspace.root)
        return f"<KnowledgeGraph {where}>"

    @property
    def graph_file(self) -> Path | None:
        """The Turtle file queried (None for an endpoint); refuses a graph not built yet."""
        if self.endpoint is not None:
            return None
        if self._graph_file is not None:
            return self._graph_file
        from narcokg.queries.answer import built_graph

        assert self.workspace is not None
        return built_graph(self.workspace)

    def queries(self) -> Catalogue:
        """The stored queries: the shipped ones and, for a workspace, its own."""
        if self._catalogue is None:
            from narcokg import paths
            from narcokg.queries.answer import query_dirs
            from narcokg.queries.catalogue import load_catalogue

            dirs = query_dirs(self.workspace) if self.workspace else [paths.queries_dir()]
            self._catalogue = load_catalogue(*dirs)
        return self._catalogue

    def query(self, name: str, /, **params: object) -> Rows | bool | GraphResult:
        """Run the stored query ``name``; each keyword binds one of its typed parameters."""
        from narcokg.queries.catalogue import render_query

        stored = self.queries().get(name)
        return self.sparql(render_query(stored, parameter_texts(params)))

    def sparql(self, text: str, *, max_rows: int | None = None) -> Rows | bool | GraphResult:
        """Run a read-only SPARQL query; past ``max_rows`` rows, ``ResultTooLargeError``."""
        return as_answer(self.engine().run(text, max_rows=max_rows))

    def engine(self) -> Engine:
        """The execution core behind this graph (loaded on first use)."""
        if self._engine is None:
            if self.endpoint is not None:
                from narcokg.queries.remote import RemoteEngine

                self._engine = RemoteEngine(self.endpoint, timeout=self._timeout)
            else:
                from narcokg.queries.engines import LocalEngine

                graph = self.graph_file
                assert graph is not None
                self._engine = LocalEngine([graph])
        return self._engine

    def validate(self, *, engine: str = "fast", named_graph: str | None = None) -> ValidationReport:
        """Check the graph against narcokg's SHACL shapes (``fast``, or ``pyshacl``)."""
        return validate_source(
            self.graph_file, endpoint=self.endpoint, named_graph=named_graph, engine=engine
        )


def as_answer(result: QueryResult) -> Rows | bool | GraphResult:
    """The API's view of an engine's result."""
    from narcokg.queries.results import AskResult, SelectResult
    from narcokg.queries.rows import Rows

    if isinstance(result, SelectResult):
        return Rows(result)
    if isinstance(result, AskResult):
        return result.value
    return result


def parameter_texts(params: Mapping[str, object]) -> dict[str, str]:
    """Python values as the text a stored-query parameter is validated from.

    >>> parameter_texts({"region": "Hunan", "year": 2023, "exact": True,
    ...                  "on": datetime.date(2023, 6, 26)})
    {'region': 'Hunan', 'year': '2023', 'exact': 'true', 'on': '2023-06-26'}
    """
    texts = {}
    for name, value in params.items():
        if isinstance(value, bool):
            texts[name] = "true" if value else "false"
        elif isinstance(value, datetime.date):
            texts[name] = value.isoformat()
        else:
            texts[name] = str(value)
    return texts


def validate_source(
    graph_file: Path | None,
    *,
    endpoint: str | None = None,
    named_graph: str | None = None,
    engine: str = "fast",
) -> ValidationReport:
    """Validate a graph file, or the graph pulled from ``endpoint`` (its ``named_graph``)."""
    if engine not in ("fast", "pyshacl"):
        raise InputError(f"unknown engine {engine!r}: use fast (the default) or pyshacl")
    if endpoint is not None:
        from narcokg.queries.remote import RemoteEngine, pull_graph, to_rdflib

        pulled = pull_graph(RemoteEngine(endpoint), named_graph)
        if engine == "fast":
            from narcokg.validation.fast import validate_ntriples

            return validate_ntriples(pulled.ntriples)
        from narcokg.validation.reference import validate_graph

        return validate_graph(to_rdflib(pulled))
    assert graph_file is not None
    if engine == "fast":
        from narcokg.validation.fast import validate_fast

        return validate_fast(graph_file)
    from narcokg.validation.reference import validate_graph

    return validate_graph(graph_file)
