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

import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg.errors import NarcoKGError
from narcokg.namespaces import RDF, RDFS, SH, XSD
from narcokg.validation.certificates import (
    Certificate,
    CertifiedPath,
    Check,
    CompiledShapes,
    Subclasses,
    focus_pattern,
)
from narcokg.validation.plan_files import planned, plans, proved
from narcokg.validation.shapes_graph import ShapesGraph, shape_classes

if TYPE_CHECKING:
    from narcokg.build.store import OxTerm

# Re-exported: the fast validator and the tests import these from here.
__all__ = [
    "Certificate",
    "Check",
    "CompiledShapes",
    "ShapesGraph",
    "UnsupportedShapeError",
    "compile_shapes",
    "focus_pattern",
    "plans",
    "shape_classes",
]

#: Datatypes whose lexical forms the check casts, to catch ill-typed literals as pyshacl does.
CASTABLE = ("integer", "decimal", "boolean", "date", "dateTime", "double", "float")
NUMERIC = ("integer", "decimal", "double", "float")
_IGNORED = {RDF + "type", SH + "property", SH + "sparql", SH + "targetClass",
            SH + "targetObjectsOf", SH + "message", SH + "severity", SH + "path", SH + "name",
            SH + "description", SH + "order", SH + "group", RDFS + "label", RDFS + "comment",
            SH + "deactivated"}  # fmt: skip


class UnsupportedShapeError(NarcoKGError):
    """A shape uses a SHACL feature the fast validator cannot compile; use ``--engine pyshacl``."""


def compile_shapes(path: Path, subclasses: Subclasses | None = None) -> CompiledShapes:
    """Every check of the shapes file, in a stable order, grouped under certificates.

    Without ``subclasses`` the queries follow ``rdf:type/rdfs:subClassOf*`` themselves.
    """
    graph = ShapesGraph(path)
    classes = _ClassPatterns(subclasses)
    parents: dict[OxTerm, list[OxTerm]] = defaultdict(list)
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
    return _with_proofs(certificates, checks)


_PLACEHOLDER = re.compile(r"\?\{([^{}\s]+)\}")


def _with_proofs(certificates: list[Certificate], checks: list[Check]) -> CompiledShapes:
    """Each check with a proof moved under the single-valued certificate of its targets whose
    paths hold every value the proof reads (else it stays a check of its own)."""
    rest = []
    for check in checks:
        at = _prover(certificates, check)
        if at is None:
            rest.append(check)
            continue
        cert = certificates[at]
        expression = _proof_expression(cert, check.proof or "")
        proofs = (*cert.proofs, (check, expression))
        certificates[at] = replace(cert, checks=(*cert.checks, check), proofs=proofs)
    return CompiledShapes(tuple(certificates), tuple(rest))


def _proof_expression(cert: Certificate, proof: str) -> str:
    """The proof with each ``?{IRI}`` the certificate's variable for that path."""
    variables = {path.predicate: f"?v{i}" for i, path in enumerate(cert.paths)}
    return _PLACEHOLDER.sub(lambda match: variables[match.group(1)], proof)


def _prover(certificates: list[Certificate], check: Check) -> int | None:
    """The certificate that can carry the check's proof, by position."""
    if check.proof is None:
        return None
    names = set(_PLACEHOLDER.findall(check.proof))
    for at, cert in enumerate(certificates):
        predicates = {path.predicate for path in cert.paths}
        if cert.single and cert.targets == check.targets and names <= predicates:
            return at
    return None


_CERTIFIABLE = {"minCount", "maxCount", "datatype", "nodeKind", "class", "pattern", "flags", "in"}


def _certifiable(
    graph: ShapesGraph, shape: OxTerm, classes: _ClassPatterns
) -> CertifiedPath | None:
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
    return CertifiedPath(graph.required(shape, "path").value, required, max_count is not None, ok)


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


def _targets(graph: ShapesGraph, shape: OxTerm, classes: _ClassPatterns) -> list[str]:
    patterns = [classes.instance("?this", c.value, "?targetClass")
                for c in graph.get(shape, "targetClass")]  # fmt: skip
    patterns += [f"?targetSubject <{p.value}> ?this ." for p in graph.get(shape, "targetObjectsOf")]
    return patterns


def _refuse_unknown(graph: ShapesGraph, shape: OxTerm) -> None:
    known = _IGNORED | {SH + name for name in _CORE}
    for predicate in graph.props[shape]:
        if predicate.startswith(SH) and predicate not in known:
            raise UnsupportedShapeError(
                f"{shape}: {predicate} is not supported by the fast validator"
            )


def _severity(graph: ShapesGraph, shape: OxTerm) -> str:
    severity = graph.one(shape, "severity")
    return "Violation" if severity is None else str(severity.value).removeprefix(SH)


def _messages(graph: ShapesGraph, node: OxTerm) -> tuple[str, ...]:
    return tuple(m.value for m in graph.get(node, "message"))


def _sparql_check(
    graph: ShapesGraph, shape: OxTerm, constraint: OxTerm, targets: list[str]
) -> Check:
    select = graph.one(constraint, "select")
    if select is None:
        raise UnsupportedShapeError(f"{shape}: only sh:select SPARQL constraints are supported")
    prologue = ""
    for declarer in graph.get(constraint, "prefixes"):
        for declaration in graph.get(declarer, "declare"):
            prefix, namespace = (
                graph.required(declaration, "prefix"),
                graph.required(declaration, "namespace"),
            )
            prologue += f"PREFIX {prefix.value}: <{namespace.value}>\n"
    messages = _messages(graph, shape) + _messages(graph, constraint)
    query = planned(constraint.value, select.value)
    written = None if query == select.value else prologue + select.value
    proof = proved(constraint.value, select.value)
    return Check(shape.value, prologue + query, messages, _severity(graph, shape), None,
                 True, tuple(targets), written, proof)  # fmt: skip


_CORE = ("minCount", "maxCount", "datatype", "nodeKind", "class", "pattern", "hasValue", "in",
         "equals", "flags")  # fmt: skip


def _property_checks(
    graph: ShapesGraph, shape: OxTerm, targets: list[str], classes: _ClassPatterns
) -> list[Check]:
    import pyoxigraph as ox

    path = graph.one(shape, "path")
    if not isinstance(path, ox.NamedNode):
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
    graph: ShapesGraph,
    shape: OxTerm,
    name: str,
    term: OxTerm,
    p: str,
    focus: str,
    classes: _ClassPatterns,
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


def _value_filter(
    graph: ShapesGraph, shape: OxTerm, name: str, term: OxTerm, classes: _ClassPatterns
) -> str:
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


def _sparql_term(term: OxTerm) -> str:
    """A pyoxigraph term as SPARQL text (pyoxigraph prints N-Triples, valid in SPARQL)."""
    return str(term)
