"""Certificates never vouch for a graph their checks would fault, and do vouch for clean graphs.

A certificate (src/narcokg/validation/compiler.py) lets the fast validator skip a group of core
checks when one counting pass shows they would find nothing. Unsound, it would hide violations;
useless, it would cost a pass and save none. Both are checked here, on every shape fixture, the seed
graph and a synthetic corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg import paths
from narcokg.validation.compiler import CompiledShapes, shape_classes
from narcokg.validation.fast import (
    _FocusSets,
    certified,
    compiled_checks,
    load_store,
    results_of,
    subclasses,
)

FIXTURES = Path(__file__).resolve().parent.parent / "shapes"
CASES = sorted(FIXTURES.glob("*/*.ttl"))


def _compiled(store: object) -> CompiledShapes:
    shapes = paths.shapes_file()
    return compiled_checks(shapes, subclasses(store, shape_classes(shapes)))


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_certificate_is_sound(path: Path) -> None:
    store = load_store([path, paths.ontology_file()])
    focus_sets = _FocusSets(store)
    for certificate in _compiled(store).certificates:
        if certified(store, certificate):
            found = [r for c in certificate.checks for r in results_of(store, c, focus_sets)]
            assert found == [], f"{certificate.paths} vouched for a graph with violations"


def test_property_fixtures_defeat_their_certificate() -> None:
    """Each violating fixture of a certified property shape makes its certificate fail."""
    defeated = 0
    for path in FIXTURES.glob("*-*/violates*.ttl"):
        store = load_store([path, paths.ontology_file()])
        shape = "https://w3id.org/narcokg/shapes#" + path.parent.name
        for certificate in _compiled(store).certificates:
            if any(c.shape == shape for c in certificate.checks):
                assert not certified(store, certificate), path
                defeated += 1
    assert defeated > 40, defeated


@pytest.mark.parametrize("name", ["seed", "clean"])
def test_certificates_vouch_for_conforming_graphs(name: str, clean_graph: Path) -> None:
    graph = paths.graph_file() if name == "seed" else clean_graph
    store = load_store([graph, paths.ontology_file()])
    compiled = _compiled(store)
    assert len(compiled.certificates) > 5
    for certificate in compiled.certificates:
        assert certified(store, certificate), certificate.paths


def test_many_values_are_capped(tmp_path: Path) -> None:
    """A node with many values on several single-valued paths stops the join at N + 1 rows."""
    text = paths.graph_file().read_text(encoding="utf-8")
    span = "<https://w3id.org/narcokg/id/span/mps-2024-01-31-anti-drug-2023/1221-1259>"
    extra = "".join(f"{span} <http://www.w3.org/ns/oa#{p}> {i} .\n"
                    for p in ("start", "end") for i in range(2000, 2040))  # fmt: skip
    graph = tmp_path / "many.ttl"
    graph.write_text(text + "\n" + extra, encoding="utf-8")
    store = load_store([graph, paths.ontology_file()])
    (certificate,) = [c for c in _compiled(store).certificates
                      if any(p.predicate.endswith("#start") for p in c.paths)]  # fmt: skip
    count = int(next(iter(store.query(certificate.count_query())))["n"].value)
    row = next(iter(store.query(certificate.proof_query(count))))
    assert int(row["rows"].value) == count + 1  # not count + 41 * 41 - 1
    assert not certified(store, certificate)
    focus_sets = _FocusSets(store)
    found = {r.shape for c in certificate.checks for r in results_of(store, c, focus_sets)}
    assert {"https://w3id.org/narcokg/shapes#SourceSpan-start",
            "https://w3id.org/narcokg/shapes#SourceSpan-end"} <= found  # fmt: skip
