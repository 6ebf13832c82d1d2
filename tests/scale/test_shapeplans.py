"""Shipped plans find exactly the rows of the constraints they stand for, and only while current.

A plan (src/narcokg/validation/plans/) replaces a SHACL-SPARQL constraint's query on the fast
validator. Here the cross-level plan and the constraint as written run side by side on Oxigraph over
random graphs built to hit every branch of the constraint: nested and equal regions, several regions
per figure, a partOf cycle, a literal region, operations on either side, mass units against each
other, a dimensionless unit, narrower measures, and value, minimum and maximum figures with their
inclusive flags, drawn from few numbers so that ties are common.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.validation.compiler import ShapesGraph as _Shapes
from narcokg.validation.compiler import compile_shapes, plans
from narcokg.validation.fast import load_store

NK = "https://w3id.org/narcokg/ontology#"
NKC = "https://w3id.org/narcokg/concept/"
SHAPES = "https://w3id.org/narcokg/shapes#"
CROSS_LEVEL = SHAPES + "CrossLevelConsistency"
UNITS = [
    "http://qudt.org/vocab/unit/TONNE",
    "http://qudt.org/vocab/unit/KiloGM",
    NKC + "unit-case",
    "http://qudt.org/vocab/unit/PERCENT",
]
MEASURES = [NKC + "drug-crime-cases-cracked", NKC + "drug-trafficking-cases-cracked",
            NKC + "drugs-seized", NKC + "heroin-seized"]  # fmt: skip
#: Units drawn with these weights: mostly comparable ones.
UNIT_WEIGHTS = [3, 3, 3, 1]
REGION = "https://w3id.org/narcokg/id/region/"
#: A small gazetteer: china > yunnan > kunming, china > hunan, and a cycle loop-a <-> loop-b.
PART_OF = [("yunnan", "china"), ("kunming", "yunnan"), ("hunan", "china"),
           ("loop-a", "loop-b"), ("loop-b", "loop-a")]  # fmt: skip
REGIONS = ["china", "china", "yunnan", "yunnan", "kunming", "hunan", "loop-a", "loop-b"]


def _selects() -> dict[str, str]:
    """Each SPARQL constraint of the shipped shapes: IRI -> sh:select text."""
    graph = _Shapes(paths.shapes_file())
    found = {}
    for node, props in graph.props.items():
        for select in props.get("http://www.w3.org/ns/shacl#select", []):
            found[node.value] = select.value
    return found


def test_every_plan_is_current() -> None:
    """A plan whose constraint changed would be skipped silently: refresh it with the constraint."""
    selects = _selects()
    assert plans(), "no plan shipped"
    for constraint, (digest, _) in plans().items():
        assert constraint in selects, f"{constraint} is not a constraint of ontology/shapes.ttl"
        assert digest == hashlib.sha256(selects[constraint].encode("utf-8")).hexdigest(), (
            f"the plan for {constraint} was written for another version of its sh:select"
        )


def _cross_level_query(shapes: Path) -> str:
    (check,) = [c for c in compile_shapes(shapes).checks if c.shape == CROSS_LEVEL + "Shape"]
    return check.query


def test_compiled_check_uses_the_plan() -> None:
    query = _cross_level_query(paths.shapes_file())
    assert "# Plan for <" + CROSS_LEVEL + ">" in query


def test_changed_constraint_runs_as_written(tmp_path: Path) -> None:
    text = paths.shapes_file().read_text(encoding="utf-8")
    marker = "SELECT DISTINCT $this ?value ?low ?high WHERE {"
    assert text.count(marker) == 1
    edited = tmp_path / "shapes.ttl"
    edited.write_text(text.replace(marker, marker + "\n  # edited"), encoding="utf-8")
    query = _cross_level_query(edited)
    assert "# Plan for" not in query
    assert marker + "\n  # edited" in query


def _random_graph(rng: random.Random, measurements: int) -> str:
    lines = [f"<{REGION}{a}> <{NK}partOf> <{REGION}{b}> ." for a, b in PART_OF]
    for i in range(measurements):
        m = f"<https://w3id.org/narcokg/id/measurement/r/{i}>"
        lines.append(f"{m} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{NK}Measurement> .")
        lines.append(
            f"{m} <{NK}period> <https://w3id.org/narcokg/id/period/{rng.choice('aaab')}> ."
        )
        lines.append(f"{m} <{NK}measure> <{rng.choice(MEASURES)}> .")
        lines.append(
            f"{m} <{'http://qudt.org/schema/qudt/'}unit> <{rng.choices(UNITS, UNIT_WEIGHTS)[0]}> ."
        )
        for region in set(rng.sample(REGIONS, rng.choice([0, 1, 1, 1, 1, 2]))):
            lines.append(f"{m} <{NK}region> <{REGION}{region}> .")
        if rng.random() < 0.05:
            lines.append(f'{m} <{NK}region> "somewhere" .')
        for operation in rng.sample("xyz", rng.choice([0, 0, 1, 2])):
            lines.append(
                f"{m} <{NK}operation> <https://w3id.org/narcokg/id/operation/{operation}> ."
            )
        number = (
            f'"{rng.choice([1, 2, 3, 1000, 2000])}"^^<http://www.w3.org/2001/XMLSchema#decimal>'
        )
        flag = f'"{rng.choice(["true", "false"])}"^^<http://www.w3.org/2001/XMLSchema#boolean>'
        form = rng.choice(["value", "min", "max"])
        if form == "value":
            lines.append(f"{m} <https://schema.org/value> {number} .")
        else:
            lines.append(f"{m} <https://schema.org/{form}Value> {number} .")
            lines.append(f"{m} <{NK}{form}Inclusive> {flag} .")
    return "\n".join(lines) + "\n"


def _rows(store: object, query: str) -> set[tuple[str, ...]]:
    solutions = store.query(query)  # type: ignore[attr-defined]
    return {tuple(str(s[v]) for v in ("this", "value", "low", "high")) for s in solutions}


def _regions(store: object, node: str) -> set[str]:
    query = f"SELECT ?r WHERE {{ {node} <{NK}region> ?r }}"
    return {str(s["r"]) for s in store.query(query)}  # type: ignore[attr-defined]


def test_cross_level_plan_finds_the_constraints_rows(tmp_path: Path) -> None:
    selects = _selects()
    planned = _cross_level_query(paths.shapes_file())
    as_written = planned[: planned.index("# Plan for")] + selects[CROSS_LEVEL]
    rng = random.Random(20261129)
    nested = same_regions = 0
    for graph in range(120):
        data = tmp_path / f"random-{graph}.nt"
        data.write_text(_random_graph(rng, measurements=rng.randint(4, 40)), encoding="utf-8")
        store = load_store([data, paths.ontology_file()])
        expected = _rows(store, as_written)
        assert _rows(store, planned) == expected, f"graph {graph} ({data})"
        for inner, outer, _, _ in expected:
            if _regions(store, inner) == _regions(store, outer):
                same_regions += 1
            else:
                nested += 1
    # Both branches of the region condition must have been exercised, or the test proves little.
    assert nested > 50 and same_regions > 20, (nested, same_regions)


@pytest.mark.parametrize("name", ["seed", "planted"])
def test_cross_level_plan_on_built_graphs(name: str, planted_graph: Path) -> None:
    graph = paths.graph_file() if name == "seed" else planted_graph
    planned = _cross_level_query(paths.shapes_file())
    as_written = planned[: planned.index("# Plan for")] + _selects()[CROSS_LEVEL]
    store = load_store([graph, paths.ontology_file()])
    assert _rows(store, planned) == _rows(store, as_written)
