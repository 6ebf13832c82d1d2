"""The triples being built, as plain tuples, and their conversion to pyoxigraph terms at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from narcokg import namespaces as ns
from narcokg import paths

if TYPE_CHECKING:
    import pyoxigraph

RDF_TYPE = ns.RDF + "type"


@dataclass
class Graph:
    """The triples being built, as plain tuples: (subject, predicate, object term)."""

    triples: set[tuple[str, str, tuple[str, str, str | None]]] = field(default_factory=set)

    def link(self, subject: str, predicate: str, obj: str) -> None:
        self.triples.add((subject, predicate, ("iri", obj, None)))

    def text(self, subject: str, predicate: str, value: str, lang: str | None = None) -> None:
        self.triples.add((subject, predicate, ("lit", value, "@" + lang if lang else None)))

    def typed(self, subject: str, predicate: str, value: str, datatype: str) -> None:
        self.triples.add((subject, predicate, ("lit", value, datatype)))

    def kind(self, subject: str, *classes: str) -> None:
        for cls in classes:
            self.link(subject, RDF_TYPE, cls)


def to_triples(graph: Graph) -> list[pyoxigraph.Triple]:
    import pyoxigraph as ox

    def term(obj: tuple[str, str, str | None]) -> ox.NamedNode | ox.Literal:
        kind, value, extra = obj
        if kind == "iri":
            return ox.NamedNode(value)
        if extra is None:
            return ox.Literal(value)
        if extra.startswith("@"):
            return ox.Literal(value, language=extra[1:])
        return ox.Literal(value, datatype=ox.NamedNode(extra))

    return [ox.Triple(ox.NamedNode(s), ox.NamedNode(p), term(o)) for s, p, o in graph.triples]


def ontology_triples() -> list[pyoxigraph.Triple]:
    import pyoxigraph as ox

    with paths.ontology_file().open("rb") as handle:
        return [quad.triple for quad in ox.parse(handle, format=ox.RdfFormat.TURTLE)]
