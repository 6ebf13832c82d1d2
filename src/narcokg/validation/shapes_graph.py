"""The shapes file read with pyoxigraph into subject -> predicate -> objects, for the compiler.
Internal."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg.errors import InputError
from narcokg.namespaces import RDF, SH

if TYPE_CHECKING:
    from narcokg.build.store import OxTerm


class ShapesGraph:
    """The shapes graph as subject -> predicate -> objects (pyoxigraph terms)."""

    def __init__(self, path: Path) -> None:
        import pyoxigraph as ox

        self.props: dict[OxTerm, dict[str, list[OxTerm]]] = defaultdict(lambda: defaultdict(list))
        with path.open("rb") as handle:
            for quad in ox.parse(handle, format=ox.RdfFormat.TURTLE):
                subject, value = quad.subject, quad.object
                if isinstance(subject, ox.Triple) or isinstance(value, ox.Triple):
                    raise InputError(f"{path}: a shape cannot hold an RDF 1.2 triple term")
                self.props[subject][quad.predicate.value].append(value)

    def get(self, node: OxTerm, name: str) -> list[OxTerm]:
        return self.props.get(node, {}).get(SH + name, [])

    def one(self, node: OxTerm, name: str) -> OxTerm | None:
        values = self.get(node, name)
        return values[0] if values else None

    def required(self, node: OxTerm, name: str) -> OxTerm:
        """The value the shape must have (``sh:path`` of a property shape, a prefix's IRI)."""
        value = self.one(node, name)
        if value is None:
            raise InputError(f"{node}: sh:{name} is missing in the shapes graph")
        return value

    def items(self, head: OxTerm | None) -> list[OxTerm]:
        """The members of an RDF list."""
        found = []
        while head is not None and head.value != RDF + "nil":
            found.append(self.props[head][RDF + "first"][0])
            head = self.props[head][RDF + "rest"][0]
        return found

    def shapes(self) -> list[OxTerm]:
        kinds = {SH + "NodeShape", SH + "PropertyShape"}
        return sorted(
            (
                s
                for s, p in self.props.items()
                if {t.value for t in p.get(RDF + "type", [])} & kinds
            ),
            key=str,
        )


def shape_classes(path: Path) -> list[str]:
    """The classes the shapes file targets or requires (``sh:targetClass``, ``sh:class``)."""
    graph = ShapesGraph(path)
    return sorted({c.value for p in graph.props.values()
                   for c in p.get(SH + "targetClass", []) + p.get(SH + "class", [])})  # fmt: skip
