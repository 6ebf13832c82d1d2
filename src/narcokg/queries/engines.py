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

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from narcokg.errors import InputError, QuerySyntaxError
from narcokg.queries.results import (
    AskResult,
    GraphResult,
    QueryResult,
    SelectResult,
    Term,
    capped,
    make_literal,
    wrap_term,
)
from narcokg.queries.safety import QueryForm, check_query

if TYPE_CHECKING:
    import pyoxigraph

    from narcokg.build.store import OxTerm


class Engine(Protocol):
    """Anything that answers a (checked) SPARQL query with a :data:`QueryResult`.

    The one execution core: :class:`LocalEngine` (the CLI, the Python API and, inside killable
    worker processes, the server), :class:`RdflibEngine` (parity tests) and
    :class:`~narcokg.queries.remote.RemoteEngine` (any SPARQL endpoint, with an HTTP timeout).
    ``max_rows`` caps the answer: past it :class:`~narcokg.errors.ResultTooLargeError`, never a
    silently shortened answer. A wall-clock limit needs a process that can be killed (pyoxigraph
    cannot cancel a running query): the remote engine's HTTP timeout, or the server's worker pool.
    """

    def run(self, text: str, *, max_rows: int | None = None) -> QueryResult: ...


class LocalEngine:
    """A pyoxigraph store: an in-memory one holding the given Turtle files in its default graph,
    or ``store``, already opened (e.g. :func:`narcokg.build.ondisk.open_graph_store`)."""

    def __init__(
        self, files: Sequence[Path] = (), *, store: pyoxigraph.Store | None = None
    ) -> None:
        import pyoxigraph

        self._store = pyoxigraph.Store() if store is None else store
        for path in files:
            try:
                self._store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
            except (SyntaxError, OSError) as error:
                raise InputError(f"cannot load {path}: {error}") from error

    @property
    def triple_count(self) -> int:
        return len(self._store)

    def run(self, text: str, *, max_rows: int | None = None) -> QueryResult:
        """Answer the query ``text`` after checking it is safe."""

        check_query(text)
        return self.run_unchecked(text, max_rows=max_rows)

    def run_unchecked(self, text: str, *, max_rows: int | None = None) -> QueryResult:
        """Answer ``text`` without the safety check: only for :meth:`run` and the tests that
        prove the network layer holds with the check switched off (docs/security.md)."""
        import pyoxigraph as ox

        try:
            answer = self._store.query(text)
        except SyntaxError as error:
            raise QuerySyntaxError(f"invalid SPARQL: {error}") from error
        if isinstance(answer, ox.QueryBoolean):
            return AskResult(bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            variables = tuple(v.value for v in answer.variables)
            convert = _converter()
            rows = tuple(tuple(map(convert, s)) for s in capped(answer, max_rows))
            return SelectResult(variables, rows)
        return GraphResult.from_triples(
            (_term(t.subject), _term(t.predicate), _term(t.object))
            for t in capped(answer, max_rows)
        )


def _converter() -> Callable[[OxTerm | pyoxigraph.Triple | None], Term | None]:
    """``_wrap`` remembering each distinct term of one answer: a whole table repeats its
    labels, periods, documents and offsets on most rows, and wrapping a term (its datatype,
    a canonical lexical form, a frozen dataclass) costs several times a dict lookup."""
    known: dict[OxTerm | pyoxigraph.Triple, Term] = {}

    def convert(term: OxTerm | pyoxigraph.Triple | None) -> Term | None:
        if term is None:
            return None
        wrapped = known.get(term)
        if wrapped is None:
            wrapped = known[term] = _term(term)
        return wrapped

    return convert


def _wrap(term: OxTerm | pyoxigraph.Triple | pyoxigraph.DefaultGraph | None) -> Term | None:
    return None if term is None else _term(term)


def _term(term: OxTerm | pyoxigraph.Triple | pyoxigraph.DefaultGraph) -> Term:
    return wrap_term(term, QuerySyntaxError)


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

    def run(self, text: str, *, max_rows: int | None = None) -> QueryResult:
        """Answer the query ``text`` after checking it is safe."""
        form = check_query(text)
        answer = self._parse_and_run(text)
        if form is QueryForm.ASK:
            return AskResult(bool(answer.askAnswer))
        if form is QueryForm.SELECT:
            variables = tuple(str(v) for v in answer.vars)
            rows = capped(answer, max_rows)
            return SelectResult(
                variables, tuple(tuple(_wrap_rdflib(row[v]) for v in variables) for row in rows)
            )
        triples = capped(answer, max_rows)
        return GraphResult.from_triples(
            (_wrap_rdflib(s), _wrap_rdflib(p), _wrap_rdflib(o)) for s, p, o in triples
        )

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


def open_engine(files: Sequence[Path], *, engine: str = "oxigraph") -> Engine:
    """An engine (``oxigraph`` or ``rdflib``) over the given Turtle files."""
    if engine == "oxigraph":
        return LocalEngine(files)
    if engine == "rdflib":
        return RdflibEngine(files)
    raise InputError(f"unknown engine {engine!r}: use oxigraph (the default) or rdflib")
