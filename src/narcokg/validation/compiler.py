"""Compile SHACL shapes into SPARQL SELECT queries for the fast validator.

Each *check* is one query whose rows are candidate violations: ``?this`` is the focus node and,
where the constraint has one, ``?value`` the offending value; the validator keeps the rows whose
``?this`` is a focus node of the shape's targets. Core constraints of property shapes (the subset
narcokg's shapes use: ``minCount``, ``maxCount``, ``datatype``, ``nodeKind``, ``class``,
``pattern``, ``hasValue``, ``in``, ``equals`` on a single-predicate path, with ``targetClass`` /
``targetObjectsOf`` targets) are written as one query each; SHACL-SPARQL constraints run as
written over the whole graph, or through a plan (``plans/``) that finds the same rows faster.

Most core checks stand behind a :class:`Certificate`: one counting pass over a group of property
shapes that proves none of their checks can report anything, so that they run only when it fails.
A check that runs scans the path's triples once rather than looking up every focus node:
violations are rare, so filtering the few candidate rows by target afterwards is cheaper.
Given the subclasses of the classes the shapes name (:func:`shape_classes`), targets and
``sh:class`` use them directly instead of the path ``rdf:type/rdfs:subClassOf*``. Why each choice,
with figures: benchmarks/README.md, "Validation strategy".

Anything else raises :class:`UnsupportedShapeError` instead of being skipped silently: a constraint
the compiler does not know would otherwise report nothing (the pitfall pyrudof has with
SHACL-SPARQL). Shapes are read with pyoxigraph; no rdflib, no pyshacl.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narcokg.errors import NarcoKGError
from narcokg.namespaces import RDF, RDFS, SH, XSD

#: Datatypes whose lexical forms the check casts, to catch ill-typed literals as pyshacl does.
CASTABLE = ("integer", "decimal", "boolean", "date", "dateTime", "double", "float")
NUMERIC = ("integer", "decimal", "double", "float")
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
    sparql: bool  # a SHACL-SPARQL constraint: messages are substituted from the row
    targets: tuple[str, ...]  # the target patterns binding ?this; rows are kept for those nodes


#: Subclass closures: class IRI -> every class IRI that is it or below it (``rdfs:subClassOf*``).
Subclasses = Mapping[str, Sequence[str]]


@dataclass(frozen=True)
class CertifiedPath:
    """A property of a certificate: its predicate, its counts, and when a value is fine."""

    predicate: str
    required: bool  # sh:minCount 1 (otherwise none or 0)
    single: bool  # sh:maxCount 1 (otherwise none)
    ok: str  # true when ?value breaks none of the shape's value constraints


@dataclass(frozen=True)
class Certificate:
    """One pass proving that a group of core checks would find nothing.

    Property shapes whose constraints are ``minCount`` 0 or 1, ``maxCount`` 1 or none, and value
    constraints (datatype, nodeKind, class, pattern, in) are checked by joining the focus nodes
    with their paths (OPTIONAL where not required) and counting, with N focus nodes: N distinct
    focus nodes among the rows (every required path has a value) and every row's values fine (no
    bad value); for single-valued paths, joined together, also exactly N rows (no focus node has
    two values on one path). Then the :attr:`checks` would report nothing; otherwise they run one
    by one. A multi-valued path gets a certificate of its own, so the join never multiplies values
    of different paths; single-valued ones stop at N + 1 rows (:meth:`proof_query`), so a node
    with many values cannot blow the join up either.
    """

    targets: tuple[str, ...]
    paths: tuple[CertifiedPath, ...]
    checks: tuple[Check, ...]

    @property
    def single(self) -> bool:
        """Whether every path has at most one value (the row count is then part of the proof)."""
        return all(path.single for path in self.paths)

    def count_query(self) -> str:
        """``?n``: the number of focus nodes."""
        return f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._focus()} }}"

    def proof_query(self, focus_nodes: int) -> str:
        """``?rows``, ``?nodes`` (distinct focus nodes), ``?good`` (rows with fine values)."""
        joins, fine = [], []
        for i, path in enumerate(self.paths):
            triple = f"?this <{path.predicate}> ?v{i} ."
            joins.append(triple if path.required else f"OPTIONAL {{ {triple} }}")
            ok = path.ok.replace("?value", f"?v{i}")
            fine.append(f"({ok})" if path.required else f"(!BOUND(?v{i}) || ({ok}))")
        limit = f" LIMIT {focus_nodes + 1}" if self.single else ""
        return (
            "SELECT (COUNT(*) AS ?rows) (COUNT(DISTINCT ?this) AS ?nodes) (SUM(?ok) AS ?good) "
            f"WHERE {{ SELECT ?this ?ok WHERE {{ {self._focus()} {' '.join(joins)} "
            f"BIND (COALESCE(IF({' && '.join(fine)}, 1, 0), 0) AS ?ok) }}{limit} }}"
        )

    def proves(self, focus_nodes: int, rows: int, nodes: int, good: int) -> bool:
        """Whether the proof query's counts show the checks find nothing."""
        return nodes == focus_nodes and good == rows and (rows == focus_nodes or not self.single)

    def _focus(self) -> str:
        if len(self.targets) == 1 and _SINGLE_CLASS.fullmatch(self.targets[0]):
            return self.targets[0]  # one rdf:type triple per node: no duplicates to remove
        return f"{{ SELECT DISTINCT ?this WHERE {{ {focus_pattern(self.targets)} }} }}"


def focus_pattern(targets: Sequence[str]) -> str:
    """A graph pattern binding ``?this`` to every focus node of the target patterns."""
    return " UNION ".join("{ " + t + " }" for t in targets)


#: A target pattern that yields each focus node once: its instances of a single class.
_SINGLE_CLASS = re.compile(rf"\?this <{re.escape(RDF)}type> <[^<>\s]+> \.")


@dataclass(frozen=True)
class CompiledShapes:
    """What the fast validator runs: certificates (with the checks they stand for) and the rest."""

    certificates: tuple[Certificate, ...]
    checks: tuple[Check, ...]  # not covered by a certificate


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


def shape_classes(path: Path) -> list[str]:
    """The classes the shapes file targets or requires (``sh:targetClass``, ``sh:class``)."""
    graph = _Shapes(path)
    return sorted({c.value for p in graph.props.values()
                   for c in p.get(SH + "targetClass", []) + p.get(SH + "class", [])})  # fmt: skip


def compile_shapes(path: Path, subclasses: Subclasses | None = None) -> CompiledShapes:
    """Every check of the shapes file, in a stable order, grouped under certificates.

    Without ``subclasses`` the queries follow ``rdf:type/rdfs:subClassOf*`` themselves.
    """
    graph = _Shapes(path)
    classes = _ClassPatterns(subclasses)
    parents: dict[Any, list[Any]] = defaultdict(list)
    for shape in graph.shapes():
        for prop in graph.get(shape, "property"):
            parents[prop].append(shape)
    checks: list[Check] = []
    certificates: list[Certificate] = []
    singles: dict[tuple[str, ...], list[tuple[CertifiedPath, list[Check]]]] = defaultdict(list)
    for shape in graph.shapes():
        targets = _targets(graph, shape, classes)
        targets += [t for p in parents[shape] for t in _targets(graph, p, classes)]
        if not targets or graph.one(shape, "deactivated") is not None:
            continue
        _refuse_unknown(graph, shape)
        for constraint in graph.get(shape, "sparql"):
            checks.append(_sparql_check(graph, shape, constraint, targets))
        if graph.one(shape, "path") is None:
            continue
        property_checks = _property_checks(graph, shape, targets, classes)
        certified = _certifiable(graph, shape, classes)
        if certified is None:
            checks.extend(property_checks)
        elif certified.single:  # single-valued paths of the same targets share one join
            singles[tuple(targets)].append((certified, property_checks))
        else:
            certificates.append(Certificate(tuple(targets), (certified,), tuple(property_checks)))
    for group, members in singles.items():
        covered = tuple(c for _, cs in members for c in cs)
        certificates.append(Certificate(group, tuple(p for p, _ in members), covered))
    return CompiledShapes(tuple(certificates), tuple(checks))


_CERTIFIABLE = {"minCount", "maxCount", "datatype", "nodeKind", "class", "pattern", "flags", "in"}


def _certifiable(graph: _Shapes, shape: Any, classes: _ClassPatterns) -> CertifiedPath | None:
    """The shape as a certificate path, if its counts and constraints allow one."""
    used = {name for name in _CORE if graph.get(shape, name)}
    min_count, max_count = graph.one(shape, "minCount"), graph.one(shape, "maxCount")
    if not used <= _CERTIFIABLE or (max_count is not None and int(max_count.value) != 1):
        return None
    if min_count is not None and int(min_count.value) > 1:
        return None
    bad = [_value_filter(graph, shape, name, term, classes)
           for name in sorted(used - {"minCount", "maxCount", "flags"})
           for term in graph.get(shape, name)]  # fmt: skip
    ok = " && ".join(f"!({b})" for b in bad) or "true"
    required = min_count is not None and int(min_count.value) == 1
    return CertifiedPath(graph.one(shape, "path").value, required, max_count is not None, ok)


class _ClassPatterns:
    """``node`` is an instance of ``cls``, as a graph pattern."""

    def __init__(self, subclasses: Subclasses | None) -> None:
        self.subclasses = subclasses

    def instance(self, node: str, cls: str, variable: str) -> str:
        if self.subclasses is None:
            return f"{node} <{RDF}type>/<{RDFS}subClassOf>* <{cls}> ."
        below = self.subclasses.get(cls, (cls,))
        if len(below) == 1:
            return f"{node} <{RDF}type> <{below[0]}> ."
        values = " ".join(f"<{c}>" for c in below)
        return f"{node} <{RDF}type> {variable} . VALUES {variable} {{ {values} }}"


def _targets(graph: _Shapes, shape: Any, classes: _ClassPatterns) -> list[str]:
    patterns = [classes.instance("?this", c.value, "?targetClass")
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
    query = _planned(constraint.value, select.value)
    return Check(shape.value, prologue + query, messages, _severity(graph, shape), None,
                 True, tuple(targets))  # fmt: skip


_PLANS = Path(__file__).resolve().parent / "plans"


def _planned(constraint: str, select: str) -> str:
    """The plan written for this exact ``sh:select`` text, or the text itself."""
    plan = plans().get(constraint)
    if plan is None or plan[0] != hashlib.sha256(select.encode("utf-8")).hexdigest():
        return select
    return plan[1]


def plans() -> dict[str, tuple[str, str]]:
    """Shipped plans: constraint IRI -> (SHA-256 of the sh:select they replace, query text)."""
    found = {}
    for file in sorted(_PLANS.glob("*.rq")):
        text = file.read_text(encoding="utf-8")
        header = dict(_header_line(line) for line in text.splitlines()[:2])
        found[header["plan"]] = (header["select-sha256"], text)
    return found


def _header_line(line: str) -> tuple[str, str]:
    """``# Plan for <IRI> ...`` or ``# select-sha256: HEX`` as a (key, value) pair."""
    if line.startswith("# Plan for <"):
        return "plan", line.split("<", 1)[1].split(">", 1)[0]
    key, _, value = line.removeprefix("# ").partition(": ")
    return key, value.strip()


_CORE = ("minCount", "maxCount", "datatype", "nodeKind", "class", "pattern", "hasValue", "in",
         "equals", "flags")  # fmt: skip


def _property_checks(
    graph: _Shapes, shape: Any, targets: list[str], classes: _ClassPatterns
) -> list[Check]:
    path = graph.one(shape, "path")
    if type(path).__name__ != "NamedNode":
        raise UnsupportedShapeError(f"{shape}: only single-predicate sh:path is supported")
    p = f"<{path.value}>"
    focus = focus_pattern(targets)
    queries = []
    for name in _CORE:
        for term in graph.get(shape, name):
            query = _core_query(graph, shape, name, term, p, focus, classes)
            if query is not None:
                queries.append(query)
    messages, severity = _messages(graph, shape), _severity(graph, shape)
    return [Check(shape.value, q, messages, severity, path.value, False, tuple(targets))
            for q in queries]  # fmt: skip


def _core_query(
    graph: _Shapes, shape: Any, name: str, term: Any, p: str, focus: str, classes: _ClassPatterns
) -> str | None:
    """A SELECT whose rows (``?this``, maybe ``?value``) are violations, before the target test."""
    if name == "minCount":
        count = int(term.value)
        if count == 1:  # MINUS is a hash anti-join on Oxigraph: one scan of the path
            return f"SELECT DISTINCT ?this WHERE {{ {focus} MINUS {{ ?this {p} ?v0 }} }}"
        return _focus_query(focus, f"FILTER NOT EXISTS {{ {_count_pattern(p, count)} }}")
    if name == "maxCount":  # RDF has no duplicate triples, so COUNT(*) counts distinct values
        having = f"HAVING (COUNT(*) > {int(term.value)})"
        return f"SELECT ?this WHERE {{ ?this {p} ?v }} GROUP BY ?this {having}"
    if name == "hasValue":
        return _focus_query(focus, f"FILTER NOT EXISTS {{ ?this {p} {_sparql_term(term)} }}")
    if name == "equals":
        other = f"<{term.value}>"
        one = f"{{ ?this {p} ?value FILTER NOT EXISTS {{ ?this {other} ?value }} }}"
        two = f"{{ ?this {other} ?value FILTER NOT EXISTS {{ ?this {p} ?value }} }}"
        return f"SELECT DISTINCT ?this ?value WHERE {{ {one} UNION {two} }}"
    if name == "flags":
        return None  # read with sh:pattern
    bad = _value_filter(graph, shape, name, term, classes)
    return f"SELECT ?this ?value WHERE {{ ?this {p} ?value FILTER ({bad}) }}"


def _focus_query(focus: str, condition: str) -> str:
    return f"SELECT DISTINCT ?this WHERE {{ {focus} {condition} }}"


def _count_pattern(p: str, count: int) -> str:
    """At least ``count`` distinct values of ``p`` (``count`` is small: 1 or 2 in practice)."""
    names = [f"?v{i}" for i in range(count)]
    triples = " ".join(f"?this {p} {n} ." for n in names)
    distinct = " && ".join(
        f"!sameTerm({a}, {b})" for i, a in enumerate(names) for b in names[i + 1 :]
    )
    return triples + (f" FILTER ({distinct})" if distinct else "")


def _value_filter(graph: _Shapes, shape: Any, name: str, term: Any, classes: _ClassPatterns) -> str:
    """A FILTER expression true for a value node that violates the constraint."""
    if name == "datatype":
        return _datatype_filter(term.value)
    if name == "nodeKind":
        return f"!({_NODE_KINDS[term.value.removeprefix(SH)]})"
    if name == "class":
        return f"NOT EXISTS {{ {classes.instance('?value', term.value, '?valueClass')} }}"
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
    if datatype.startswith(XSD) and local in NUMERIC:
        # Oxigraph keeps an ill-typed literal (e.g. "abc"^^xsd:integer) as an opaque one, which
        # isNumeric rejects; a valid one is a number. No string to parse, unlike a cast.
        return f"{wrong} || !isNumeric(?value)"
    if datatype.startswith(XSD) and local in CASTABLE:
        # An ill-typed lexical form (e.g. "maybe"^^xsd:boolean) fails the cast: an error, so false.
        return f"{wrong} || !COALESCE(DATATYPE(<{datatype}>(STR(?value))) = <{datatype}>, false)"
    return wrong


def _sparql_term(term: Any) -> str:
    """A pyoxigraph term as SPARQL text (pyoxigraph prints N-Triples, valid in SPARQL)."""
    return str(term)
