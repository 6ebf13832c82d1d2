"""Compile SHACL shapes into SPARQL SELECT queries for the fast validator.

Each *check* is one query whose rows are violations: ``?this`` is the focus node and, where the
constraint has one, ``?value`` the offending value. Core constraints of property shapes (the subset
narcokg's shapes use: ``minCount``, ``maxCount``, ``datatype``, ``nodeKind``, ``class``,
``pattern``, ``hasValue``, ``in``, ``equals`` on a single-predicate path, with ``targetClass`` /
``targetObjectsOf`` targets) are written as one query each; SHACL-SPARQL constraints run as
written, over the whole graph, and their rows are kept only for focus nodes of the shape's targets.

Anything else raises :class:`UnsupportedShapeError` instead of being skipped silently: a constraint
the compiler does not know would otherwise report nothing (the pitfall pyrudof has with
SHACL-SPARQL). Shapes are read with pyoxigraph; no rdflib, no pyshacl.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narcokg.errors import NarcoKGError
from narcokg.namespaces import RDF, RDFS, SH, XSD

#: Datatypes whose lexical forms the check casts, to catch ill-typed literals as pyshacl does.
CASTABLE = ("integer", "decimal", "boolean", "date", "dateTime", "double", "float")
_IGNORED = {RDF + "type", SH + "property", SH + "sparql", SH + "targetClass",
            SH + "targetObjectsOf", SH + "message", SH + "severity", SH + "path", SH + "name",
            SH + "description", SH + "order", SH + "group", RDFS + "label", RDFS + "comment",
            SH + "deactivated"}  # fmt: skip


class UnsupportedShapeError(NarcoKGError):
    """A shape uses a SHACL feature the fast validator cannot compile; use ``--engine pyshacl``."""


@dataclass(frozen=True)
class Check:
    """One compiled constraint: its source shape, query, messages and how to read its rows."""

    shape: str
    query: str
    messages: tuple[str, ...]
    severity: str
    path: str | None
    sparql: bool  # a SHACL-SPARQL constraint: rows are filtered by target, messages substituted
    targets: tuple[str, ...] = ()  # the target patterns binding ?this (SPARQL constraints only)


class _Shapes:
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


def compile_shapes(path: Path) -> list[Check]:
    """Every check of the shapes file, in a stable order."""
    graph = _Shapes(path)
    parents: dict[Any, list[Any]] = defaultdict(list)
    for shape in graph.shapes():
        for prop in graph.get(shape, "property"):
            parents[prop].append(shape)
    checks: list[Check] = []
    for shape in graph.shapes():
        targets = _targets(graph, shape) + [t for p in parents[shape] for t in _targets(graph, p)]
        if not targets or graph.one(shape, "deactivated") is not None:
            continue
        _refuse_unknown(graph, shape)
        for constraint in graph.get(shape, "sparql"):
            checks.append(_sparql_check(graph, shape, constraint, targets))
        if graph.one(shape, "path") is not None:
            checks.extend(_property_checks(graph, shape, targets))
    return checks


def _targets(graph: _Shapes, shape: Any) -> list[str]:
    patterns = [f"?this <{RDF}type>/<{RDFS}subClassOf>* <{c.value}> ."
                for c in graph.get(shape, "targetClass")]  # fmt: skip
    patterns += [f"?targetSubject <{p.value}> ?this ." for p in graph.get(shape, "targetObjectsOf")]
    return patterns


def _refuse_unknown(graph: _Shapes, shape: Any) -> None:
    known = _IGNORED | {SH + name for name in _CORE}
    for predicate in graph.props[shape]:
        if predicate.startswith(SH) and predicate not in known:
            raise UnsupportedShapeError(
                f"{shape}: {predicate} is not supported by the fast validator"
            )


def _severity(graph: _Shapes, shape: Any) -> str:
    severity = graph.one(shape, "severity")
    return "Violation" if severity is None else str(severity.value).removeprefix(SH)


def _messages(graph: _Shapes, node: Any) -> tuple[str, ...]:
    return tuple(m.value for m in graph.get(node, "message"))


def _sparql_check(graph: _Shapes, shape: Any, constraint: Any, targets: list[str]) -> Check:
    select = graph.one(constraint, "select")
    if select is None:
        raise UnsupportedShapeError(f"{shape}: only sh:select SPARQL constraints are supported")
    prologue = ""
    for declarer in graph.get(constraint, "prefixes"):
        for declaration in graph.get(declarer, "declare"):
            prefix, namespace = (
                graph.one(declaration, "prefix"),
                graph.one(declaration, "namespace"),
            )
            prologue += f"PREFIX {prefix.value}: <{namespace.value}>\n"
    messages = _messages(graph, shape) + _messages(graph, constraint)
    return Check(shape.value, prologue + select.value, messages, _severity(graph, shape), None,
                 True, tuple(targets))  # fmt: skip


_CORE = ("minCount", "maxCount", "datatype", "nodeKind", "class", "pattern", "hasValue", "in",
         "equals", "flags")  # fmt: skip


def _property_checks(graph: _Shapes, shape: Any, targets: list[str]) -> list[Check]:
    path = graph.one(shape, "path")
    if type(path).__name__ != "NamedNode":
        raise UnsupportedShapeError(f"{shape}: only single-predicate sh:path is supported")
    p = f"<{path.value}>"
    focus = " UNION ".join("{ " + t + " }" for t in targets)
    bodies = []
    for name in _CORE:
        for term in graph.get(shape, name):
            body = _core_body(graph, shape, name, term, p)
            if body is not None:
                bodies.append(body)
    return [
        Check(
            shape.value,
            f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {body} }}",
            _messages(graph, shape),
            _severity(graph, shape),
            path.value,
            False,
        )
        for body in bodies
    ]


def _core_body(graph: _Shapes, shape: Any, name: str, term: Any, p: str) -> str | None:
    """The graph pattern (after the focus pattern) whose solutions are violations."""
    if name == "minCount":
        return f"FILTER NOT EXISTS {{ {_count_pattern(p, int(term.value))} }}"
    if name == "maxCount":
        return _count_pattern(p, int(term.value) + 1)
    if name == "hasValue":
        return f"FILTER NOT EXISTS {{ ?this {p} {_sparql_term(term)} }}"
    if name == "equals":
        other = f"<{term.value}>"
        return (f"{{ ?this {p} ?value FILTER NOT EXISTS {{ ?this {other} ?value }} }} UNION "
                f"{{ ?this {other} ?value FILTER NOT EXISTS {{ ?this {p} ?value }} }}")  # fmt: skip
    if name == "flags":
        return None  # read with sh:pattern
    return f"?this {p} ?value FILTER ({_value_filter(graph, shape, name, term)})"


def _count_pattern(p: str, count: int) -> str:
    """At least ``count`` distinct values of ``p`` (``count`` is small: 1 or 2 in practice)."""
    names = [f"?v{i}" for i in range(count)]
    triples = " ".join(f"?this {p} {n} ." for n in names)
    distinct = " && ".join(
        f"!sameTerm({a}, {b})" for i, a in enumerate(names) for b in names[i + 1 :]
    )
    return triples + (f" FILTER ({distinct})" if distinct else "")


def _value_filter(graph: _Shapes, shape: Any, name: str, term: Any) -> str:
    """A FILTER expression true for a value node that violates the constraint."""
    if name == "datatype":
        return _datatype_filter(term.value)
    if name == "nodeKind":
        return f"!({_NODE_KINDS[term.value.removeprefix(SH)]})"
    if name == "class":
        return f"NOT EXISTS {{ ?value <{RDF}type>/<{RDFS}subClassOf>* <{term.value}> }}"
    if name == "pattern":
        flags = graph.one(shape, "flags")
        args = _sparql_term(term) + (f", {_sparql_term(flags)}" if flags is not None else "")
        return f"isBlank(?value) || !REGEX(STR(?value), {args})"
    if name == "in":
        members = graph.items(term)
        same = " || ".join(f"sameTerm(?value, {_sparql_term(m)})" for m in members)
        return f"!({same or 'false'})"
    raise UnsupportedShapeError(f"{shape}: sh:{name} is not supported by the fast validator")


_NODE_KINDS = {
    "IRI": "isIRI(?value)",
    "Literal": "isLiteral(?value)",
    "BlankNode": "isBlank(?value)",
    "BlankNodeOrIRI": "!isLiteral(?value)",
    "BlankNodeOrLiteral": "!isIRI(?value)",
    "IRIOrLiteral": "!isBlank(?value)",
}


def _datatype_filter(datatype: str) -> str:
    wrong = f"!isLiteral(?value) || DATATYPE(?value) != <{datatype}>"
    local = datatype.removeprefix(XSD)
    if datatype.startswith(XSD) and local in CASTABLE:
        # An ill-typed lexical form (e.g. "abc"^^xsd:integer) fails the cast.
        cast = f"<{datatype}>(STR(?value))"
        return f"{wrong} || !COALESCE(sameTerm({cast}, {cast}), false)"
    return wrong


def _sparql_term(term: Any) -> str:
    """A pyoxigraph term as SPARQL text (pyoxigraph prints N-Triples, valid in SPARQL)."""
    return str(term)
