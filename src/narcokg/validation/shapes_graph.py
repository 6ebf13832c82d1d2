"""The shapes file read with pyoxigraph into subject -> predicate -> objects, for the compiler.
Internal."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from narcokg.namespaces import RDF, SH


class ShapesGraph:
    """The shapes graph as subject -> predicate -> objects (pyoxigraph terms)."""

    def __init__(self, path: Path) -> None:
        import pyoxigraph as ox

        self.props: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        with path.open("rb") as handle:
            for quad in ox.parse(handle, format=ox.RdfFormat.TURTLE):
                self.props[quad.subject][quad.predicate.value].append(quad.object)

    def get(self, node: Any, name: str) -> list[Any]:
        return self.props.get(node, {}).get(SH + name, [])

    def one(self, node: Any, name: str) -> Any:
        values = self.get(node, name)
        return values[0] if values else None

    def items(self, head: Any) -> list[Any]:
        """The members of an RDF list."""
        found = []
        while head is not None and head.value != RDF + "nil":
            found.append(self.props[head][RDF + "first"][0])
            head = self.props[head][RDF + "rest"][0]
        return found

    def shapes(self) -> list[Any]:
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
