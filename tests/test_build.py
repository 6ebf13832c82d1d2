"""The build: offsets found, figures checked against their text, output byte-stable."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import RDF, Graph, Namespace, URIRef

from narcokg.build.graph import build_workspace
from narcokg.build.store import serialize_triples
from narcokg.errors import FactError, InputError
from narcokg.model.workspace import Workspace, shipped_workspace

from .conftest import GRAPH_DIR, SEED_ID

NK = Namespace("https://w3id.org/narcokg/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
NKID = "https://w3id.org/narcokg/id/"


@pytest.fixture(scope="module")
def built() -> Graph:
    graph = Graph()
    graph.parse(data=serialize_triples(build_workspace(shipped_workspace())), format="turtle")
    return graph


def test_rebuild_is_byte_identical_to_the_committed_graph() -> None:
    first = serialize_triples(build_workspace(shipped_workspace()))
    second = serialize_triples(build_workspace(shipped_workspace()))
    assert first == second
    assert (GRAPH_DIR / "narcokg.ttl").read_bytes() == first, "run `narcokg build` and commit"


def test_every_span_is_the_document_text_at_its_offsets(built: Graph) -> None:
    text = (GRAPH_DIR / "sources" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    spans = list(built.subjects(OA.exact, None))
    assert len(spans) >= 2 * 14
    for span in spans:
        start, end = int(built.value(span, OA.start)), int(built.value(span, OA.end))
        assert text[start:end] == str(built.value(span, OA.exact))


def _measurement(fact: str) -> URIRef:
    return URIRef(f"{NKID}measurement/{SEED_ID}/{fact}")


@pytest.mark.parametrize(
    ("fact", "value", "minimum"),
    [
        ("national-cases-cracked", None, "42000"),
        ("national-suspects-arrested", None, "65000"),
        ("national-drugs-seized", "25.9", None),
        ("yunnan-drugs-seized", "12.2", None),
        ("hunting-drugs-seized", "7.8", None),
        ("yunnan-cases-detected", None, "2900"),
        ("students-educated", None, "100000000"),
    ],
)
def test_true_values_and_bounds(
    built: Graph, fact: str, value: str | None, minimum: str | None
) -> None:
    subject = _measurement(fact)
    stated = built.value(subject, SCHEMA.value)
    lower = built.value(subject, SCHEMA.minValue)
    assert (str(stated) if stated is not None else None) == value
    assert (str(lower) if lower is not None else None) == minimum
    if minimum is not None:
        assert built.value(subject, NK.minInclusive).toPython() is False


def test_repairs_keep_the_surface_text(built: Graph) -> None:
    repaired = {s for s in built.subjects(NK.repair, None)}
    assert {str(s).rsplit("/", 1)[1] for s in repaired} == {
        "national-cases-cracked",
        "national-suspects-arrested",
        "national-drugs-seized",
        "yunnan-drugs-seized",
        "hunting-drugs-seized",
    }
    for measurement in repaired:
        repair = built.value(measurement, NK.repair)
        span = built.value(measurement, NK.figureSpan)
        assert built.value(repair, NK.surfaceText) == built.value(span, OA.exact)


def _edit_fact(workspace: Workspace, fact: str, **changes: object) -> None:
    path = workspace.facts_dir / f"{SEED_ID}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = data["measurements"][fact]
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    ("fact", "changes", "message"),
    [
        (
            "yunnan-cases-detected",
            {"quote": "more than 2,901 related cases"},
            "'yunnan-cases-detected'.*does not occur",
        ),
        (
            "reward-fugitives",
            {"quote": "public security organs"},
            "'reward-fugitives'.*occurs 7 times",
        ),
        (
            "yunnan-cases-detected",
            {"number": 2800},
            "reads more-than 2900 but the fact says more-than 2800",
        ),
        (
            "yunnan-cases-detected",
            {"qualifier": "exact"},
            "reads more-than 2900 but the fact says exact",
        ),
        (
            "national-cases-cracked",
            {"repair": None},
            "reads exact 4 but the fact says more-than 42000",
        ),
        (
            "national-drugs-seized",
            {"number": 25},
            "repaired by 'lost-decimal-point' reads exact 25.9",
        ),
        (
            "national-drugs-seized",
            {"unit": "kilogram"},
            "unit is 'tonne' but the fact says 'kilogram'",
        ),
        (
            "yunnan-cases-detected",
            {"measure": "cases-cracked"},
            "measure 'cases-cracked' is not in the ontology",
        ),
        ("yunnan-cases-detected", {"region": "Yunan"}, "region 'Yunan' is not in the gazetteer"),
        ("yunnan-cases-detected", {"agency": "police"}, "unknown agency 'police'"),
        ("yunnan-cases-detected", {"operation": "nope"}, "unknown operation 'nope'"),
        ("yunnan-cases-detected", {"period": "2023-13"}, "period '2023-13' is not understood"),
        ("yunnan-cases-detected", {"vaule": 1}, "unknown key 'vaule'"),
        ("yunnan-cases-detected", {"change_of": "nope"}, "unknown measurement 'nope'"),
    ],
)
def test_bad_facts_are_refused_naming_the_fact(
    seed_workspace: Workspace, fact: str, changes: dict[str, object], message: str
) -> None:
    _edit_fact(seed_workspace, fact, **changes)
    with pytest.raises(FactError, match=message):
        build_workspace(seed_workspace)


def test_missing_source_document_is_an_input_error(seed_workspace: Workspace) -> None:
    (seed_workspace.sources_dir / f"{SEED_ID}.txt").unlink()
    with pytest.raises(InputError, match="not found"):
        build_workspace(seed_workspace)


def test_workspace_without_facts_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no fact files"):
        build_workspace(Workspace(tmp_path))


def test_a_change_links_to_the_figure_it_changes(seed_workspace: Workspace) -> None:
    _edit_fact(seed_workspace, "hunting-cases-cracked", change_of="national-cases-cracked")
    graph = Graph().parse(data=serialize_triples(build_workspace(seed_workspace)), format="turtle")
    changed = graph.value(_measurement("hunting-cases-cracked"), NK.changeOf)
    assert changed == _measurement("national-cases-cracked")
    assert graph.value(_measurement("yunnan-cases-detected"), NK.changeOf) is None


def test_one_period_however_a_fact_file_spells_it(seed_workspace: Workspace) -> None:
    """A figure keyed "2023-01-01/2023-12-31" shares the period node of those keyed "2023"."""
    _edit_fact(seed_workspace, "hunting-cases-cracked", period="2023-01-01/2023-12-31")
    graph = Graph().parse(data=serialize_triples(build_workspace(seed_workspace)), format="turtle")
    spelled = graph.value(_measurement("hunting-cases-cracked"), NK.period)
    assert spelled is not None
    assert spelled == graph.value(_measurement("national-cases-cracked"), NK.period)
    assert len(set(graph.subjects(RDF.type, NK.Period))) == 1
