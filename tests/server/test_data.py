"""Downloads, VoID/DCAT, the named-query API, OpenAPI, the catalogue as RDF, and linked data."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.server.clients_util import need
from tests.server.conftest import GRAPH, NKID, SEED_ID, Server

SH = "http://www.w3.org/ns/shacl#"


def built_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(GRAPH, format="turtle")


def load(data: bytes, fmt: ox.RdfFormat) -> ox.Store:
    store = ox.Store()
    store.load(data, format=fmt)
    return store


@pytest.mark.parametrize("name, syntax", [("narcokg.ttl", "turtle"), ("narcokg.nt", "ntriples")])
def test_download_reparses_with_rapper_and_is_the_built_graph(
    server: Server, tmp_path: Path, name: str, syntax: str
) -> None:
    response = server.get(f"/download/{name}")
    assert response.status_code == 200
    saved = tmp_path / name
    saved.write_bytes(response.content)
    command = [need("rapper"), "-q", "-i", syntax, "-o", "ntriples", str(saved)]
    ntriples = subprocess.run(command, capture_output=True, check=True, timeout=60).stdout
    assert isomorphic(rdflib.Graph().parse(data=ntriples, format="nt"), built_graph())


def test_jsonld_download_reparses_with_pyoxigraph_and_is_the_built_graph(server: Server) -> None:
    response = server.get("/download/narcokg.jsonld")
    quads = list(ox.parse(response.content, format=ox.RdfFormat.JSON_LD))
    ntriples = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
    assert isomorphic(rdflib.Graph().parse(data=ntriples, format="nt"), built_graph())


def test_turtle_download_is_the_built_file(server: Server) -> None:
    assert server.get("/download/narcokg.ttl").content == GRAPH.read_bytes()


@pytest.mark.parametrize("name", ["narcokg.ttl", "narcokg.nt", "narcokg.jsonld"])
def test_download_etag_and_checksum(server: Server, name: str) -> None:
    response = server.get(f"/download/{name}")
    digest = hashlib.sha256(response.content).hexdigest()
    assert response.headers["etag"] == f'"sha256-{digest}"'
    assert f"{digest}  {name}" in server.get("/download/SHA256SUMS").text.splitlines()
    again = server.get(f"/download/{name}", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


def test_void_dcat_description(server: Server) -> None:
    store = load(
        server.get("/dataset", headers={"Accept": "text/turtle"}).content, ox.RdfFormat.TURTLE
    )
    total = len(load(GRAPH.read_bytes(), ox.RdfFormat.TURTLE))
    ttl = server.get("/download/narcokg.ttl").content
    checksum = hashlib.sha256(ttl).hexdigest()
    answer = store.query(f"""
        PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#>
        PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX spdx: <http://spdx.org/rdf/terms#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        ASK {{ ?d a void:Dataset, dcat:Dataset ; dcterms:title ?title ; dcterms:license ?licence ;
                  dcterms:source <{NKID}document/{SEED_ID}> ; void:triples {total} ;
                  void:sparqlEndpoint <{server.url}/sparql> ;
                  dcat:distribution <{server.url}/download/narcokg.ttl> .
              <{server.url}/download/narcokg.ttl> dcat:downloadURL ?url ;
                  dcat:byteSize {len(ttl)} ;
                  spdx:checksum [ spdx:checksumValue "{checksum}"^^xsd:hexBinary ]
            }}""")
    assert bool(answer)


def test_unknown_download_is_404(server: Server) -> None:
    assert server.get("/download/passwd").status_code == 404


# --- named queries -------------------------------------------------------------------------


def test_catalogue_json_lists_every_stored_query(server: Server) -> None:
    from narcokg.paths import queries_dir

    names = {entry["name"] for entry in server.get("/queries?format=json").json()}
    assert names == {path.stem for path in queries_dir().glob("*.rq")}


def test_named_query_answers_hunan(server: Server) -> None:
    response = server.get("/queries/operations-in-region", params={"region": "Hunan"})
    assert response.status_code == 200
    operations = {b["operation"]["value"] for b in response.json()["results"]["bindings"]}
    assert operations == {'"Hunting" operations'}


def test_named_query_csv(server: Server) -> None:
    response = server.get("/queries/measurements", params={"format": "csv"})
    assert response.text.splitlines()[0] == (
        "measure,value,lower_bound,upper_bound,qualifier,"
        "unit,region,period,operation,agency,document,start,end,exact"
    )
    assert len(response.text.splitlines()) == 15


@pytest.mark.parametrize(
    "params, fragment",
    [({}, "'region'"), ({"region": "Hunan", "regoin": "x"}, "'regoin'")],
)
def test_bad_parameter_is_400_naming_it(
    server: Server, params: dict[str, str], fragment: str
) -> None:
    response = server.get("/queries/operations-in-region", params=params)
    assert response.status_code == 400
    assert fragment in response.text


def test_repeated_parameter_is_400(server: Server) -> None:
    response = server.get(
        "/queries/operations-in-region", params=[("region", "Hunan"), ("region", "Hubei")]
    )
    assert response.status_code == 400
    assert "'region'" in response.text


def test_unknown_query_is_404_with_close_names(server: Server) -> None:
    response = server.get("/queries/operations-in-regions")
    assert response.status_code == 404
    assert "operations-in-region" in response.text


def test_openapi_lists_every_query_with_typed_parameters(server: Server) -> None:
    from narcokg.paths import queries_dir
    from narcokg.queries.catalogue import load_catalogue

    document = server.get("/openapi.json").json()
    assert document["openapi"].startswith("3.")
    for query in load_catalogue(queries_dir()):
        operation = document["paths"][f"/queries/{query.name}"]["get"]
        listed = {p["name"]: p for p in operation["parameters"]}
        for param in query.params:
            assert listed[param.name]["required"] == param.required
            assert listed[param.name]["example"] == param.example
            assert "type" in listed[param.name]["schema"]


def test_catalogue_as_shacl_executables(server: Server) -> None:
    store = load(
        server.get("/queries", headers={"Accept": "text/turtle"}).content, ox.RdfFormat.TURTLE
    )
    rows = list(
        store.query(f"""SELECT ?q WHERE {{ ?q a <{SH}SPARQLExecutable>,
        <{SH}SPARQLSelectExecutable> ; <http://www.w3.org/2000/01/rdf-schema#comment> ?c ;
        <https://schema.org/target> <{server.url}/sparql> ; <{SH}select> ?text }}""")
    )
    assert len(rows) == len(server.get("/queries?format=json").json())


# --- linked data ---------------------------------------------------------------------------


def entity_iris() -> list[str]:
    store = load(GRAPH.read_bytes(), ox.RdfFormat.TURTLE)
    return sorted({q.subject.value for q in store if q.subject.value.startswith(NKID)})


def test_every_entity_resolves_as_html(server: Server) -> None:
    for iri in entity_iris():
        response = server.get("/id/" + iri.removeprefix(NKID), headers={"Accept": "text/html"})
        assert response.status_code == 200, iri
        assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
    ],
)
def test_entity_by_content_negotiation(server: Server, accept: str, fmt: ox.RdfFormat) -> None:
    iri = f"{NKID}operation/hunting-operations-2023"
    response = server.get("/id/operation/hunting-operations-2023", headers={"Accept": accept})
    store = load(response.content, fmt)
    assert store.query(
        f"ASK {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l ; "
        f"<https://w3id.org/narcokg/ontology#participatingRegion> "
        f"<{NKID}region/hunan> }}"
    )


def test_measurement_page_highlights_the_exact_span_and_explains_the_repair(
    server: Server,
) -> None:
    page = server.get(
        f"/id/measurement/{SEED_ID}/national-cases-cracked", headers={"Accept": "text/html"}
    ).text
    assert (
        "<mark>4 drug crime cases will be cracked across the countryMore than 20,000 cases</mark>"
    ) in page
    assert "Number repaired" in page and "42,000" in page


def test_unknown_entity_is_404(server: Server) -> None:
    assert server.get("/id/region/atlantis").status_code == 404
