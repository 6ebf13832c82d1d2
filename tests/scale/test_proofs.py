"""Shipped proofs (src/narcokg/validation/plans/*.proof) stand for their constraints exactly.

A proof is an expression on a certificate's row; once the certificate proves (one row per focus
node, every value fine), the fast validator skips the constraint when the proof is false on every
row. Here a built synthetic graph is mutated at random in ways the certificates still accept --
figures, bounds and flags dropped or added, qualifiers swapped, span offsets, texts and documents
changed -- and on every graph, for every proof whose certificate proves, the proof is true on
exactly as many rows (focus nodes) as the constraint as written reports focus nodes.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from narcokg import paths
from narcokg.validation.compiler import compile_shapes, shape_classes
from narcokg.validation.fast import (
    _FocusSets,
    compiled_checks,
    load_store,
    results_of,
    select,
    subclasses,
)
from narcokg.validation.plan_files import proofs
from narcokg.validation.shapes_graph import ShapesGraph

NK = "https://w3id.org/narcokg/ontology#"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
QUALIFIER = "https://w3id.org/narcokg/concept/"
UNITS = ["http://qudt.org/vocab/unit/TONNE", "http://qudt.org/vocab/unit/KiloGM",
         QUALIFIER + "unit-case", QUALIFIER + "unit-person"]  # fmt: skip
QUALIFIERS = ["exact", "about", "more-than", "at-least", "nearly", "less-than", "up-to", "between"]


def _selects() -> dict[str, str]:
    graph = ShapesGraph(paths.shapes_file())
    return {
        node.value: select.value
        for node, props in graph.props.items()
        for select in props.get("http://www.w3.org/ns/shacl#select", [])
    }


def test_every_proof_is_current_and_carried_by_a_certificate() -> None:
    selects = _selects()
    assert len(proofs()) >= 6
    for constraint, (digest, _) in proofs().items():
        assert constraint in selects, f"{constraint} is not a constraint of ontology/shapes.ttl"
        assert digest == hashlib.sha256(selects[constraint].encode("utf-8")).hexdigest(), (
            f"the proof for {constraint} was written for another version of its sh:select"
        )
    carried = {c.shape for cert in compile_shapes(paths.shapes_file()).certificates
               for c, _ in cert.proofs}  # fmt: skip
    assert len(carried) == len(proofs()), carried


def _objects(store: ox.Store, predicate: str) -> list[ox.Quad]:
    return list(store.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()))


def _set(store: ox.Store, subject: ox.NamedNode | ox.BlankNode, predicate: str,
         value: ox.NamedNode | ox.Literal | None) -> None:  # fmt: skip
    """Give ``subject`` this one value on ``predicate`` (none when ``value`` is None)."""
    node = ox.NamedNode(predicate)
    for quad in list(store.quads_for_pattern(subject, node, None, ox.DefaultGraph())):
        store.remove(quad)
    if value is not None:
        store.add(ox.Quad(subject, node, value, ox.DefaultGraph()))


def _number(rng: random.Random) -> ox.Literal:
    return ox.Literal(str(rng.choice([0, 1, 5, 5, 20])), datatype=ox.NamedNode(XSD + "decimal"))


def _mutate(store: ox.Store, rng: random.Random) -> None:
    measurements = [q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        ox.NamedNode(NK + "Measurement"), ox.DefaultGraph())]  # fmt: skip
    spans = [q.subject for q in _objects(store, NK + "inDocument")]
    documents = sorted({q.object.value for q in _objects(store, NK + "inDocument")})
    flag = [ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
            ox.Literal("false", datatype=ox.NamedNode(XSD + "boolean")), None]  # fmt: skip
    for m in rng.sample(measurements, min(len(measurements), 6)):
        for name in ("value", "minValue", "maxValue"):
            if rng.random() < 0.4:
                _set(store, m, SCHEMA + name, rng.choice([_number(rng), None]))
        for name in ("minInclusive", "maxInclusive"):
            if rng.random() < 0.3:
                _set(store, m, NK + name, rng.choice(flag))
        if rng.random() < 0.4:
            qualifier = QUALIFIER + rng.choice(QUALIFIERS)
            _set(store, m, NK + "qualifier", ox.NamedNode(qualifier))
        if rng.random() < 0.1:
            _set(store, m, NK + "document", ox.NamedNode(rng.choice(documents)))
        if rng.random() < 0.15:  # a range, its bounds in either order
            _set(store, m, NK + "qualifier", ox.NamedNode(QUALIFIER + "between"))
            _set(store, m, SCHEMA + "value", None)
            for name in ("min", "max"):
                _set(store, m, SCHEMA + name + "Value", _number(rng))
                _set(store, m, NK + name + "Inclusive", flag[0])
    for m in rng.sample(measurements, min(len(measurements), 3)):
        if rng.random() < 0.5:
            _set(store, m, "http://qudt.org/schema/qudt/unit", ox.NamedNode(rng.choice(UNITS)))
        else:
            _set(store, m, NK + "repair", None)
    if rng.random() < 0.3:  # words glued to figures, as machine translation does
        document = ox.NamedNode(rng.choice(documents))
        (text,) = [q.object.value for q in store.quads_for_pattern(
            document, ox.NamedNode(NK + "text"), None, ox.DefaultGraph())]  # fmt: skip
        _set(store, document, NK + "text", ox.Literal(re.sub(r"([a-z]) ([0-9])", r"\1\2", text)))
    integer = ox.NamedNode(XSD + "integer")
    for span in rng.sample(spans, min(len(spans), 4)):
        choice = rng.random()
        if choice < 0.3:
            _set(store, span, OA + rng.choice(["start", "end"]),
                 ox.Literal(str(rng.choice([-1, 0, 3, 40, 10**6])), datatype=integer))  # fmt: skip
        elif choice < 0.5:
            _set(store, span, OA + "exact", ox.Literal(rng.choice(["", "x", "the"])))
        elif choice < 0.7:
            _set(store, span, NK + "inDocument", ox.NamedNode(rng.choice(documents)))


def test_proofs_count_exactly_the_nodes_their_constraints_report(clean_graph: Path) -> None:
    rng = random.Random(20261201)
    shapes = paths.shapes_file()
    reported: Counter[str] = Counter()
    for _ in range(60):
        store = load_store([clean_graph, paths.ontology_file()])
        _mutate(store, rng)
        compiled = compiled_checks(shapes, subclasses(store, shape_classes(shapes)))
        focus_sets = _FocusSets(store)
        for cert in compiled.certificates:
            if not cert.proofs:
                continue
            count = int(next(iter(select(store, cert.count_query())))["n"].value)
            row = next(iter(select(store, cert.proof_query(count))))
            rows, nodes, good = (int(row[n].value) for n in ("rows", "nodes", "good"))
            if not cert.proves(count, rows, nodes, good):
                continue
            for i, (check, _) in enumerate(cert.proofs):
                found = {r.focus for r in results_of(store, check, focus_sets)}
                assert int(row[f"proof{i}"].value) == len(found), check.shape
                reported[check.shape] += len(found)
    # every proof must have been tried on graphs its constraint rejects, or this proves little
    assert len(reported) == len(proofs()) and min(reported.values()) >= 3, reported
