"""The triples being built, as plain tuples, and their conversion to pyoxigraph terms at the end."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from narcokg import namespaces as ns
from narcokg import paths

if TYPE_CHECKING:
    import pyoxigraph

RDF_TYPE = ns.RDF + "type"
XSD_STRING = ns.XSD + "string"
#: An object: ("iri", IRI, None) or ("lit", text, "@language" | datatype IRI | None).
Term = tuple[str, str, str | None]
#: A triple as built: (subject IRI, predicate IRI, object).
Triple = tuple[str, str, Term]
PredicateObject = tuple[str, Term]
_LINKS: dict[tuple[str, str], PredicateObject] = {}
_MAX_LINKS = 50_000  # bounded: the pairs of one-off IRIs (spans) would only add to it


@dataclass
class Graph:
    """The triples being built, as plain tuples, grouped by subject: {subject: {(predicate,
    object term)}} (the Turtle is written subject by subject, build/turtle.py)."""

    subjects: dict[str, set[PredicateObject]] = field(default_factory=dict)

    def link(self, subject: str, predicate: str, obj: str) -> None:
        # a million triples repeat a few thousand (predicate, IRI) pairs: keep one of each
        pair = _LINKS.get((predicate, obj))
        if pair is None:
            pair = (sys.intern(predicate), ("iri", obj, None))
            if len(_LINKS) < _MAX_LINKS:
                _LINKS[(predicate, obj)] = pair
        self._add(subject, pair)

    def text(self, subject: str, predicate: str, value: str, lang: str | None = None) -> None:
        tag = sys.intern("@" + lang) if lang else None
        self._add(subject, (sys.intern(predicate), ("lit", value, tag)))

    def typed(self, subject: str, predicate: str, value: str, datatype: str) -> None:
        self._add(subject, (sys.intern(predicate), ("lit", value, sys.intern(datatype))))

    def kind(self, subject: str, *classes: str) -> None:
        for cls in classes:
            self.link(subject, RDF_TYPE, cls)

    def _add(self, subject: str, pair: PredicateObject) -> None:
        pairs = self.subjects.get(subject)
        if pairs is None:
            self.subjects[subject] = {pair}
        else:
            pairs.add(pair)

    def add(self, triple: Triple) -> None:
        self._add(triple[0], (triple[1], triple[2]))

    def update(self, other: Graph) -> None:
        """Add every triple of ``other``."""
        for subject, pairs in other.subjects.items():
            mine = self.subjects.get(subject)
            if mine is None:
                self.subjects[subject] = set(pairs)
            else:
                mine |= pairs

    def triples(self) -> Iterator[Triple]:
        for subject, pairs in self.subjects.items():
            for predicate, obj in pairs:
                yield (subject, predicate, obj)


def to_triples(graph: Graph) -> list[pyoxigraph.Triple]:
    return [to_oxigraph(*triple) for triple in graph.triples()]


def to_oxigraph(subject: str, predicate: str, obj: Term) -> pyoxigraph.Triple:
    import pyoxigraph as ox

    kind, value, extra = obj
    if kind == "iri":
        term: ox.NamedNode | ox.Literal = ox.NamedNode(value)
    elif extra is None:
        term = ox.Literal(value)
    elif extra.startswith("@"):
        term = ox.Literal(value, language=extra[1:])
    else:
        term = ox.Literal(value, datatype=ox.NamedNode(extra))
    return ox.Triple(ox.NamedNode(subject), ox.NamedNode(predicate), term)


def from_oxigraph(triple: pyoxigraph.Triple) -> Triple:
    """The tuple form of a parsed triple (IRIs and literals only: the graph has no blank node)."""
    import pyoxigraph as ox

    subject, predicate, obj = triple.subject, triple.predicate, triple.object
    if not isinstance(subject, ox.NamedNode) or not isinstance(predicate, ox.NamedNode):
        raise ValueError(f"not an IRI subject: {triple}")
    if isinstance(obj, ox.NamedNode):
        return (subject.value, predicate.value, ("iri", obj.value, None))
    if not isinstance(obj, ox.Literal):
        raise ValueError(f"not an IRI or literal object: {triple}")
    if obj.language:
        extra: str | None = "@" + obj.language
    else:
        extra = None if obj.datatype.value == XSD_STRING else obj.datatype.value
    return (subject.value, predicate.value, ("lit", obj.value, extra))


def ontology_graph() -> Graph:
    """The shipped ontology's triples, in the tuple form of the built ones."""
    import pyoxigraph as ox

    with paths.ontology_file().open("rb") as handle:
        graph = Graph()
        for quad in ox.parse(handle, format=ox.RdfFormat.TURTLE):
            graph.add(from_oxigraph(quad.triple))
        return graph
