"""The graph is a well-formed RDF Data Cube: IC-1 ... IC-21 hold on the shipped graph and on a
synthetic corpus, and each check fails on a graph broken in the way it guards against."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from narcokg.build.store import load_triples
from tests.cube.integrity import IC_FILES, normalised_store, violated

ROOT = Path(__file__).resolve().parents[2]
IC_IDS = [f.stem for f in IC_FILES]
NK = "https://w3id.org/narcokg/ontology#"
QB = "http://purl.org/linked-data/cube#"
OBSERVATION = (
    "https://w3id.org/narcokg/id/measurement/mps-2024-01-31-anti-drug-2023/national-drugs-seized"
)


def test_all_twenty_one_constraints_are_there() -> None:
    assert [f"ic-{n:02d}" for n in range(1, 22)] == IC_IDS


@pytest.fixture(scope="module")
def shipped() -> list[ox.Triple]:
    return load_triples(ROOT / "graph" / "narcokg.ttl")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> list[ox.Triple]:
    folder = tmp_path_factory.mktemp("synth")
    run = [sys.executable, "-m", "narcokg"]
    subprocess.run([*run, "synth", "--documents", "20", "-o", str(folder)], check=True)
    subprocess.run([*run, "--project", str(folder), "build"], check=True)
    return load_triples(folder / "narcokg.ttl")


@pytest.mark.parametrize("ic", IC_FILES, ids=IC_IDS)
def test_shipped_graph_holds(shipped: list[ox.Triple], ic: Path) -> None:
    assert not violated(normalised_store(shipped), ic)


@pytest.mark.parametrize("ic", IC_FILES, ids=IC_IDS)
def test_synthetic_corpus_holds(synthetic: list[ox.Triple], ic: Path) -> None:
    assert not violated(normalised_store(synthetic), ic)


def test_every_measurement_is_an_observation_of_the_data_set(shipped: list[ox.Triple]) -> None:
    store = normalised_store(shipped)
    query = f"""ASK {{ ?m a <{NK}Measurement> . FILTER NOT EXISTS {{ ?m <{QB}dataSet> ?d }} }}"""
    assert not store.query(query)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?m a <{NK}Measurement> ; <{QB}dataSet> ?d }}"
    assert int(next(iter(store.query(count)))["n"].value) == 14  # type: ignore[index]


def _without(triples: list[ox.Triple], predicate: str) -> list[ox.Triple]:
    return [
        t
        for t in triples
        if not (t.subject == ox.NamedNode(OBSERVATION) and t.predicate == ox.NamedNode(predicate))
    ]


def _ic(name: str) -> Path:
    return next(f for f in IC_FILES if f.stem == name)


def test_an_observation_without_a_data_set_fails_ic1(shipped: list[ox.Triple]) -> None:
    assert violated(normalised_store(_without(shipped, QB + "dataSet")), _ic("ic-01"))


def test_an_observation_without_a_dimension_fails_ic11(shipped: list[ox.Triple]) -> None:
    assert violated(normalised_store(_without(shipped, NK + "refOperation")), _ic("ic-11"))


def test_an_observation_without_its_measure_fails_ic14(shipped: list[ox.Triple]) -> None:
    assert violated(normalised_store(_without(shipped, NK + "figure")), _ic("ic-14"))


def test_an_observation_without_its_unit_fails_ic13(shipped: list[ox.Triple]) -> None:
    broken = _without(shipped, "http://qudt.org/schema/qudt/unit")
    assert violated(normalised_store(broken), _ic("ic-13"))


def test_a_copied_observation_fails_ic12(shipped: list[ox.Triple]) -> None:
    copy = ox.NamedNode(OBSERVATION + "-copy")
    extra = [
        ox.Triple(copy, t.predicate, t.object)
        for t in shipped
        if t.subject == ox.NamedNode(OBSERVATION)
    ]
    assert violated(normalised_store(shipped + extra), _ic("ic-12"))
