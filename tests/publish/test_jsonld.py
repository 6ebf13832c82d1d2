"""The compacted JSON-LD download: short keys, a context by IRI, and a standard processor (pyld)
expands it to the very graph of the Turtle, with the context read from the repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import rdflib
from pyld import jsonld
from rdflib.compare import isomorphic

from narcokg.publish.jsonld import context_file
from tests.publish.conftest import CONTEXT_IRI, GRAPH

MEASUREMENT = (
    "https://w3id.org/narcokg/id/measurement/mps-2024-01-31-anti-drug-2023/national-drugs-seized"
)


class RemoteFetchError(Exception):
    pass


def local_loader(url: str, options: object = None) -> dict[str, Any]:
    """The context IRI is answered from the repository's file; any other URL is refused."""
    if url != CONTEXT_IRI:
        raise RemoteFetchError(f"refused to fetch {url}")
    document = json.loads(context_file().read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def expand_to_graph(document: object) -> rdflib.Graph:
    options = {"format": "application/n-quads", "documentLoader": local_loader}
    return rdflib.Graph().parse(data=jsonld.to_rdf(document, options), format="nt")


@pytest.fixture(scope="module")
def download(release_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((release_dir / "narcokg.jsonld").read_bytes())
    return data


def test_refers_to_the_context_by_its_iri(download: dict[str, Any]) -> None:
    assert download["@context"] == CONTEXT_IRI


def test_pyld_expands_it_to_the_turtle_graph(download: dict[str, Any]) -> None:
    expanded = expand_to_graph(download)
    assert isomorphic(expanded, rdflib.Graph().parse(GRAPH, format="turtle"))


def test_keys_are_short_and_values_plain(download: dict[str, Any]) -> None:
    node = next(n for n in download["@graph"] if n.get("id") == MEASUREMENT)
    assert node["figure"] == "25.9" and node["value"] == "25.9"
    assert node["measure"] == "nkc:drugs-seized"
    assert node["type"] == ["Measurement", "Observation"]
    assert node["dataSet"] == "https://w3id.org/narcokg/id/dataset/measurements"


def test_the_loader_refuses_any_other_context() -> None:
    with pytest.raises(jsonld.JsonLdError):
        expand_to_graph({"@context": "https://example.org/context.jsonld", "@id": "urn:x"})


def test_export_writes_the_same_compacted_json_ld(release_dir: Path, tmp_path: Path) -> None:
    from tests.publish.conftest import narcokg

    out = tmp_path / "g.jsonld"
    assert narcokg("export", "--format", "jsonld", "-o", str(out)).returncode == 0
    assert out.read_bytes() == (release_dir / "narcokg.jsonld").read_bytes()
