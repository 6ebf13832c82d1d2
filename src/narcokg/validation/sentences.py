"""The source sentence a validation result is about, the same for both engines.

A result on a measurement shows the sentence it was read from (``nk:sentenceSpan``/``oa:exact``);
one on a repair shows the sentence of the measurement it repairs; one on a span shows the span's
own text. :func:`sentence_of` is that rule, once; the reference engine reads an rdflib graph and
the fast one a pyoxigraph store, each through a small :class:`Triples` adapter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from narcokg.errors import InputError
from narcokg.namespaces import NK, OA

if TYPE_CHECKING:
    import pyoxigraph as ox

    from narcokg.build.store import OxTerm

T = TypeVar("T")


class Triples(Protocol[T]):
    """One-step look-ups in a graph whose terms are of type ``T``."""

    def object_of(self, subject: T, predicate: str) -> T | None: ...

    def subject_of(self, predicate: str, value: T) -> T | None: ...

    def text(self, term: T) -> str: ...


def sentence_of(triples: Triples[T], focus: T) -> str | None:
    """The sentence of a measurement (or of the one a repair repairs), or a span's own text."""
    measurement = triples.subject_of(NK + "repair", focus)
    span = triples.object_of(focus if measurement is None else measurement, NK + "sentenceSpan")
    text = triples.object_of(focus if span is None else span, OA + "exact")
    return None if text is None else triples.text(text)


class StoreTriples:
    """:class:`Triples` over the default graph of a pyoxigraph store."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def object_of(self, subject: OxTerm, predicate: str) -> OxTerm | None:
        import pyoxigraph as ox

        if isinstance(subject, ox.Literal):
            return None  # a literal is nobody's subject
        quads = self.store.quads_for_pattern(
            subject, ox.NamedNode(predicate), None, ox.DefaultGraph()
        )
        return next((_term(q.object) for q in quads), None)

    def subject_of(self, predicate: str, value: OxTerm) -> OxTerm | None:
        import pyoxigraph as ox

        quads = self.store.quads_for_pattern(
            None, ox.NamedNode(predicate), value, ox.DefaultGraph()
        )
        return next((_term(q.subject) for q in quads), None)

    def text(self, term: OxTerm) -> str:
        return str(term.value)


class GraphTriples:
    """:class:`Triples` over an rdflib graph (its terms are untyped: rdflib has no stubs here)."""

    def __init__(self, graph: Any) -> None:
        self.graph = graph

    def object_of(self, subject: Any, predicate: str) -> Any:
        from rdflib import URIRef

        return self.graph.value(subject, URIRef(predicate))

    def subject_of(self, predicate: str, value: Any) -> Any:
        from rdflib import URIRef

        return self.graph.value(None, URIRef(predicate), value)

    def text(self, term: Any) -> str:
        return str(term)


def _term(term: OxTerm | ox.Triple) -> OxTerm:
    import pyoxigraph as ox

    if isinstance(term, ox.Triple):  # the data holds none; refused rather than mistyped
        raise InputError(f"an RDF 1.2 triple term cannot carry a sentence: {term}")
    return term
