"""Run a SPARQL query on a local graph and get our own typed result.

:class:`LocalEngine` (the default) loads Turtle files (the built graph and the ontology) into one
in-memory pyoxigraph store: fast to load and to query. :class:`RdflibEngine` does the same on an
rdflib ``Graph``; it is slower and exists for parity tests and as a documented pure-Python
alternative.
Both call :func:`narcokg.queries.safety.check_query` before every execution (both engines would
otherwise follow ``SERVICE``, and rdflib also ``LOAD`` and ``FROM``), and both give equal
:mod:`narcokg.queries.results` values for the same data and query.

Importing this module imports neither engine: each is imported when first used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from narcokg.errors import InputError, QuerySyntaxError
from narcokg.queries.results import (
    AskResult,
    GraphResult,
    QueryResult,
    SelectResult,
    Term,
    make_literal,
    term_from_oxigraph,
)
from narcokg.queries.safety import QueryForm, check_query


class Engine(Protocol):
    """Anything that answers a (checked) SPARQL query with a :data:`QueryResult`."""

    def run(self, text: str) -> QueryResult: ...


class LocalEngine:
    """A pyoxigraph store: an in-memory one holding the given Turtle files in its default graph,
    or ``store``, already opened (e.g. :func:`narcokg.build.ondisk.open_graph_store`)."""

    def __init__(self, files: Sequence[Path] = (), *, store: Any = None) -> None:
        import pyoxigraph

        self._store = pyoxigraph.Store() if store is None else store
        for path in files:
            try:
                self._store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
            except (SyntaxError, OSError) as error:
                raise InputError(f"cannot load {path}: {error}") from error

    def run(self, text: str) -> QueryResult:
        """Answer the query ``text`` after checking it is safe."""
        form = check_query(text)
        try:
            answer: Any = self._store.query(text)
        except SyntaxError as error:
            raise QuerySyntaxError(f"invalid SPARQL: {error}") from error
        if form is QueryForm.ASK:
            return AskResult(bool(answer))
        if form is QueryForm.SELECT:
            variables = tuple(v.value for v in answer.variables)
            rows = tuple(tuple(wrap_oxigraph_term(s[v]) for v in variables) for s in answer)
            return SelectResult(variables, rows)
        return _sorted_graph((wrap_oxigraph_term(t.subject), wrap_oxigraph_term(t.predicate),
                              wrap_oxigraph_term(t.object)) for t in answer)  # fmt: skip


def wrap_oxigraph_term(term: Any) -> Any:
    """A pyoxigraph term as our :class:`Term` (None stays None)."""
    if term is None:
        return None
    try:
        return term_from_oxigraph(term)
    except ValueError as error:
        raise QuerySyntaxError(f"in the answer: {error}") from None


class RdflibEngine:
    """An rdflib ``Graph`` holding the given Turtle files (slower; for parity and portability)."""

    def __init__(self, files: Sequence[Path]) -> None:
        import rdflib

        self._graph = rdflib.Graph()
        for path in files:
            try:
                self._graph.parse(str(path), format="turtle")
            except (SyntaxError, OSError, ValueError) as error:
                raise InputError(f"cannot load {path}: {error}") from error

    def run(self, text: str) -> QueryResult:
        """Answer the query ``text`` after checking it is safe."""
        form = check_query(text)
        answer = self._parse_and_run(text)
        if form is QueryForm.ASK:
            return AskResult(bool(answer.askAnswer))
        if form is QueryForm.SELECT:
            variables = tuple(str(v) for v in answer.vars)
            rows = tuple(tuple(_wrap_rdflib(row[v]) for v in variables) for row in answer)
            return SelectResult(variables, rows)
        return _sorted_graph(tuple(_wrap_rdflib(t) for t in triple) for triple in answer)

    def _parse_and_run(self, text: str) -> Any:
        from pyparsing import ParseException
        from rdflib.plugins.sparql import prepareQuery

        try:
            prepared = prepareQuery(text)
        except ParseException as error:
            raise QuerySyntaxError(f"invalid SPARQL: {error}") from error
        except Exception as error:  # rdflib raises bare Exceptions for unknown prefixes
            raise QuerySyntaxError(f"invalid SPARQL: {error}") from error
        return self._graph.query(prepared)


def _wrap_rdflib(term: Any) -> Any:
    """An rdflib term as our :class:`Term` (None stays None)."""
    if term is None:
        return None
    kind = type(term).__name__
    if kind == "URIRef":
        return Term("uri", str(term))
    if kind == "BNode":
        return Term("bnode", str(term))
    if kind == "Literal":
        datatype = None if term.datatype is None else str(term.datatype)
        return make_literal(str(term), datatype, term.language)
    raise QuerySyntaxError(f"unsupported term in the answer: {term!r}")


def _sorted_graph(triples: Iterable[tuple[Term, Term, Term]]) -> GraphResult:
    return GraphResult(tuple(sorted(triples, key=lambda t: tuple(x.to_ntriples() for x in t))))


def open_engine(files: Sequence[Path], *, engine: str = "oxigraph") -> Engine:
    """An engine (``oxigraph`` or ``rdflib``) over the given Turtle files."""
    if engine == "oxigraph":
        return LocalEngine(files)
    if engine == "rdflib":
        return RdflibEngine(files)
    raise InputError(f"unknown engine {engine!r}: use oxigraph (the default) or rdflib")
