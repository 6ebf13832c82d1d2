"""The release downloads on the server: the ontology where its IRIs resolve, the JSON-LD context
at the path of its IRI, and the measurements table with its CSVW metadata."""

from __future__ import annotations

import hashlib

import pytest

from narcokg.paths import ontology_file
from narcokg.publish.csvw import measurements_csv
from narcokg.publish.jsonld import context_file
from tests.server.conftest import GRAPH, Server


def test_ontology_is_html_for_browsers_with_a_section_per_term(server: Server) -> None:
    response = server.get("/ontology", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert 'id="Measurement"' in response.text and 'id="refArea"' in response.text


def test_ontology_is_turtle_by_content_negotiation(server: Server) -> None:
    response = server.get("/ontology", headers={"Accept": "text/turtle"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert response.content == ontology_file().read_bytes()


def test_ontology_refuses_what_it_cannot_offer(server: Server) -> None:
    assert server.get("/ontology", headers={"Accept": "image/png"}).status_code == 406


def test_context_is_served_at_the_path_of_its_iri(server: Server) -> None:
    response = server.get("/context/1.0.jsonld")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/ld+json"
    assert response.content == context_file().read_bytes()
    assert server.get("/context/9.9.jsonld").status_code == 404


@pytest.mark.parametrize("name", ["measurements.csv", "measurements.csv-metadata.json"])
def test_table_downloads_have_etag_and_checksum(server: Server, name: str) -> None:
    response = server.get(f"/download/{name}")
    assert response.status_code == 200
    digest = hashlib.sha256(response.content).hexdigest()
    assert f"{digest}  {name}" in server.get("/download/SHA256SUMS").text.splitlines()


def test_csv_download_is_the_table(server: Server) -> None:
    assert server.get("/download/measurements.csv").content == measurements_csv(GRAPH)
