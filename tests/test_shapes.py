"""Every shape of ontology/shapes.ttl against its fixtures in tests/shapes/<shape>/.

A ``violates*.ttl`` fixture must produce a result whose sourceShape is exactly that shape, a
``conforms*.ttl`` fixture none for it. Every SPARQL constraint must also give the same focus nodes
when run as a plain SELECT on pyoxigraph, the engine of the fast validator.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.namespaces import NKSH, SH
from narcokg.validation.reference import ValidationReport, validate_graph

FIXTURES = Path(__file__).parent / "shapes"
FIXTURE_FILES = sorted(FIXTURES.glob("*/*.ttl"))


def _fixture_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@cache
def _report(path: Path) -> ValidationReport:
    return validate_graph(path)


@cache
def _shapes_graph() -> object:
    import rdflib

    return rdflib.Graph().parse(paths.shapes_file())


def _reportable_shapes() -> set[str]:
    """Shapes that can be a result's sourceShape: property shapes and SPARQL node shapes."""
    from rdflib import RDF, URIRef

    graph = _shapes_graph()
    found = set(graph.subjects(RDF.type, URIRef(SH + "PropertyShape")))  # type: ignore[attr-defined]
    found |= set(graph.subjects(URIRef(SH + "sparql"), None))  # type: ignore[attr-defined]
    return {str(shape).removeprefix(NKSH) for shape in found}


def test_there_are_fixtures() -> None:
    assert len(FIXTURE_FILES) > 100


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=_fixture_id)
def test_fixture(path: Path) -> None:
    shape = NKSH + path.parent.name
    report = _report(path)
    hits = [r for r in report.results if r.shape == shape]
    if path.stem.startswith("violates"):
        assert hits, f"{path.name} should violate {shape}; got:\n{report.to_text()}"
        assert not report.conforms
    else:
        assert path.stem.startswith("conforms"), (
            f"{path.name}: name it conforms*.ttl or violates*.ttl"
        )
        assert not hits, f"{path.name} should conform to {shape}; got:\n{report.to_text()}"


@pytest.mark.parametrize(
    "path", [p for p in FIXTURE_FILES if p.stem.startswith("conforms")], ids=_fixture_id
)
def test_conforming_fixtures_conform_to_every_shape(path: Path) -> None:
    report = _report(path)
    assert report.conforms, report.to_text()


@pytest.mark.parametrize("shape", sorted(_reportable_shapes()))
def test_every_shape_has_a_conforming_and_a_violating_fixture(shape: str) -> None:
    names = [p.stem for p in (FIXTURES / shape).glob("*.ttl")]
    assert any(n.startswith("conforms") for n in names), f"add tests/shapes/{shape}/conforms.ttl"
    assert any(n.startswith("violates") for n in names), f"add tests/shapes/{shape}/violates.ttl"


def test_every_fixture_folder_names_a_shape() -> None:
    folders = {p.parent.name for p in FIXTURE_FILES}
    assert folders <= _reportable_shapes(), folders - _reportable_shapes()


def test_every_shape_has_its_own_iri_and_a_message() -> None:
    from rdflib import BNode, URIRef

    graph = _shapes_graph()
    for shape in _reportable_shapes():
        node = URIRef(NKSH + shape)
        constraints = list(graph.objects(node, URIRef(SH + "sparql"))) or [node]  # type: ignore[attr-defined]
        for constraint in constraints:
            assert not isinstance(constraint, BNode)
            assert graph.value(constraint, URIRef(SH + "message")), f"{shape} has no sh:message"  # type: ignore[attr-defined]


# --- the SPARQL constraints as plain SELECT queries on pyoxigraph --------------------------------


@cache
def _sparql_constraints() -> dict[str, str]:
    """Shape local name -> the constraint's query with the PREFIX lines of its sh:declare."""
    from rdflib import URIRef

    graph = _shapes_graph()
    sh = SH
    queries = {}
    for shape, constraint in graph.subject_objects(URIRef(sh + "sparql")):  # type: ignore[attr-defined]
        declarer = graph.value(constraint, URIRef(sh + "prefixes"))  # type: ignore[attr-defined]
        prologue = ""
        for declaration in sorted(graph.objects(declarer, URIRef(sh + "declare"))):  # type: ignore[attr-defined]
            prefix = graph.value(declaration, URIRef(sh + "prefix"))  # type: ignore[attr-defined]
            namespace = graph.value(declaration, URIRef(sh + "namespace"))  # type: ignore[attr-defined]
            prologue += f"PREFIX {prefix}: <{namespace}>\n"
        select = graph.value(constraint, URIRef(sh + "select"))  # type: ignore[attr-defined]
        queries[str(shape).removeprefix(NKSH)] = prologue + str(select)
    return queries


@cache
def _oxigraph_store(path: Path) -> object:
    import pyoxigraph

    store = pyoxigraph.Store()
    for source in (paths.ontology_file(), path):
        store.load(path=str(source), format=pyoxigraph.RdfFormat.TURTLE)
    return store


def test_constraints_are_found() -> None:
    assert len(_sparql_constraints()) >= 11


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=_fixture_id)
def test_sparql_constraints_agree_on_pyoxigraph(path: Path) -> None:
    store = _oxigraph_store(path)
    report = _report(path)
    for shape, query in _sparql_constraints().items():
        rows = store.query(query)  # type: ignore[attr-defined]
        on_oxigraph = {row["this"].value for row in rows}
        on_pyshacl = {r.focus for r in report.results if r.shape == NKSH + shape}
        assert on_oxigraph == on_pyshacl, f"{shape} differs on {path.name}"


# --- the report ----------------------------------------------------------------------------------


def test_report_shows_message_entity_and_sentence() -> None:
    path = FIXTURES / "UnrepairedGarbleShape" / "violates-naive-yunnan-2-tons.ttl"
    text = _report(path).to_text()
    assert "looks garbled by machine translation" in text
    assert "nkid:measurement/seed/yunnan-seized" in text
    assert "sentence: In response to the problem of foreign drug infiltration" in text


def test_results_are_sorted_and_deterministic() -> None:
    path = FIXTURES / "CrossLevelConsistencyShape" / "violates-naive-national-cases-exact-4.ttl"
    first = validate_graph(path)
    assert first == validate_graph(path)
    assert list(first.results) == sorted(first.results, key=lambda r: r.sort_key())


def test_rdflib_graph_is_accepted() -> None:
    import rdflib

    path = FIXTURES / "SpanExactShape" / "violates.ttl"
    graph = rdflib.Graph().parse(path)
    before = len(graph)
    assert validate_graph(graph) == _report(path)
    assert len(graph) == before


@pytest.mark.parametrize(
    ("measure", "unit", "number"),
    [("cash-seized", "unit-euro", "3400000"), ("cannabis-eradicated", "unit-hectare", "412")],
)
def test_money_and_area_measures_have_a_kind_the_shapes_accept(
    measure: str, unit: str, number: str
) -> None:
    """Round 15's registry measures money and crop areas: a fact file using them validates."""
    import rdflib

    path = FIXTURES / "MeasureConcept-unitKind" / "conforms.ttl"
    graph = rdflib.Graph().parse(path)
    figure = rdflib.URIRef("https://w3id.org/narcokg/id/measurement/d/yunnan-seized")
    nk, nkc = "https://w3id.org/narcokg/ontology#", "https://w3id.org/narcokg/concept/"
    graph.set((figure, rdflib.URIRef(nk + "measure"), rdflib.URIRef(nkc + measure)))
    graph.set(
        (figure, rdflib.URIRef("http://qudt.org/schema/qudt/unit"), rdflib.URIRef(nkc + unit))
    )
    value = rdflib.Literal(number, datatype=rdflib.XSD.decimal)
    graph.set((figure, rdflib.URIRef("https://schema.org/value"), value))
    report = validate_graph(graph)
    assert report.conforms, report.to_text()


def test_built_graph_conforms() -> None:
    built = paths.graph_file()
    report = validate_graph(built)
    assert report.conforms, report.to_text()
