"""SPARQL 1.1 Protocol conformance: SPARQLWrapper as a client, and raw HTTP for each status."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, XML, SPARQLWrapper

from tests.server.conftest import Server

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
HUNAN = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { <https://w3id.org/narcokg/id/region/hunan> rdfs:label ?label
  FILTER(LANG(?label) = "en") }"""
ASK = "ASK { <https://w3id.org/narcokg/id/region/hunan> ?p ?o }"
CONSTRUCT = (
    "CONSTRUCT { <https://w3id.org/narcokg/id/region/hunan> ?p ?o } "
    "WHERE { <https://w3id.org/narcokg/id/region/hunan> ?p ?o }"
)


def wrapper(server: Server, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def test_triple_count_matches_the_built_graph(server: Server, graph_size: int) -> None:
    answer = wrapper(server, COUNT, JSON).queryAndConvert()
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == graph_size


@pytest.fixture(scope="module")
def graph_size() -> int:
    from tests.server.conftest import GRAPH

    store = ox.Store()
    store.load(path=str(GRAPH), format=ox.RdfFormat.TURTLE)
    return len(store)


@pytest.mark.parametrize("method", ["GET", POST])
def test_select_json_by_get_and_post(server: Server, method: str) -> None:
    answer = wrapper(server, HUNAN, JSON, method).queryAndConvert()
    assert answer["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in answer["results"]["bindings"]] == ["Hunan"]


def test_select_xml(server: Server) -> None:
    document = wrapper(server, HUNAN, XML).queryAndConvert()
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert literals == ["Hunan"]


@pytest.mark.parametrize("fmt", [CSV, TSV])
def test_select_csv_and_tsv(server: Server, fmt: str) -> None:
    text = wrapper(server, HUNAN, fmt).queryAndConvert().decode()
    if fmt == CSV:
        assert list(csv.reader(io.StringIO(text))) == [["label"], ["Hunan"]]
    else:
        assert text.splitlines() == ["?label", '"Hunan"@en']


def test_ask(server: Server) -> None:
    assert wrapper(server, ASK, JSON).queryAndConvert()["boolean"] is True


@pytest.mark.parametrize("fmt", [TURTLE, N3, JSONLD])
def test_construct_formats_parse(server: Server, fmt: str) -> None:
    data = wrapper(server, CONSTRUCT, fmt).query().response.read()
    syntax = ox.RdfFormat.JSON_LD if fmt == JSONLD else ox.RdfFormat.TURTLE
    assert len(list(ox.parse(data, format=syntax))) == 7  # with the label 湖南@zh-Hans


@pytest.mark.parametrize(
    "accept, media",
    [
        ("text/turtle", "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
    ],
)
def test_construct_by_accept(server: Server, accept: str, media: str) -> None:
    response = server.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)
    fmt = {
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "application/ld+json": ox.RdfFormat.JSON_LD,
    }[media]
    assert len(list(ox.parse(response.content, format=fmt))) == 7  # with 湖南@zh-Hans


@pytest.mark.parametrize(
    "accept, media",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("*/*", "application/sparql-results+json"),
    ],
)
def test_select_by_accept(server: Server, accept: str, media: str) -> None:
    response = server.get("/sparql", params={"query": HUNAN}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media)


def test_format_parameter_beats_accept(server: Server) -> None:
    response = server.get(
        "/sparql",
        params={"query": HUNAN, "format": "csv"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines() == ["label", "Hunan"]


def test_post_direct(server: Server) -> None:
    response = server.post(
        "/sparql", content=HUNAN, headers={"Content-Type": "application/sparql-query"}
    )
    assert response.status_code == 200
    assert json.loads(response.text)["results"]["bindings"][0]["label"]["value"] == "Hunan"


def test_service_description(server: Server) -> None:
    response = server.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    store = ox.Store()
    store.load(response.content, format=ox.RdfFormat.TURTLE)
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert store.query(
        f"ASK {{ ?s a <{sd}Service> ; <{sd}supportedLanguage> <{sd}SPARQL11Query> ;"
        f" <{sd}endpoint> <{server.url}/sparql> }}"
    )


# --- status codes, raw HTTP ---------------------------------------------------------------


def test_malformed_query_is_400(server: Server) -> None:
    response = server.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p "})
    assert response.status_code == 400
    assert "SPARQL" in response.text


def test_duplicated_query_is_400(server: Server) -> None:
    response = server.get("/sparql", params=[("query", HUNAN), ("query", ASK)])
    assert response.status_code == 400
    assert "'query' is given 2 times" in response.text


def test_query_in_url_and_body_is_400(server: Server) -> None:
    response = server.post(
        "/sparql",
        params={"query": ASK},
        content=HUNAN,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert response.status_code == 400
    assert "both in the URL and in the body" in response.text


def test_duplicated_format_is_400(server: Server) -> None:
    response = server.get(
        "/sparql", params=[("query", HUNAN), ("format", "csv"), ("format", "json")]
    )
    assert response.status_code == 400


def test_format_that_does_not_fit_is_400(server: Server) -> None:
    response = server.get("/sparql", params={"query": HUNAN, "format": "turtle"})
    assert response.status_code == 400


@pytest.mark.parametrize("media", ["text/plain", "application/json", "multipart/form-data", ""])
def test_wrong_media_type_is_415(server: Server, media: str) -> None:
    headers = {"Content-Type": media} if media else {}
    response = server.post("/sparql", content=HUNAN.encode(), headers=headers)
    assert response.status_code == 415


@pytest.mark.parametrize("accept", ["image/png", "text/html;q=1, */*;q=0"])
def test_unacceptable_accept_is_406(server: Server, accept: str) -> None:
    response = server.get("/sparql", params={"query": HUNAN}, headers={"Accept": accept})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405(server: Server, method: str) -> None:
    import httpx

    response = httpx.request(method, server.url + "/sparql", content=b"x", timeout=10)
    assert response.status_code == 405


@pytest.mark.parametrize(
    "query, fragment",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }", "FROM"),
        ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
        ("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
    ],
)
def test_reaching_out_is_400(server: Server, query: str, fragment: str) -> None:
    response = server.get("/sparql", params={"query": query})
    assert response.status_code == 400
    assert fragment in response.text


@pytest.mark.parametrize("name", ["default-graph-uri", "named-graph-uri"])
def test_dataset_parameters_are_400(server: Server, name: str) -> None:
    response = server.get("/sparql", params={"query": HUNAN, name: "http://127.0.0.1:9/g"})
    assert response.status_code == 400
    assert name in response.text


def test_xml_results_are_well_formed(server: Server) -> None:
    response = server.get("/sparql", params={"query": COUNT, "format": "xml"})
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.w3.org/2005/sparql-results#}sparql"


@pytest.mark.parametrize(
    ("fmt", "media"), [("turtle", "text/turtle"), ("ntriples", "application/n-triples")]
)
def test_graph_answers_equal_the_command_line(server: Server, fmt: str, media: str) -> None:
    """One writer: ``narcokg sparql`` and ``/sparql`` give the same bytes for a CONSTRUCT."""
    from narcokg.model.workspace import shipped_workspace
    from narcokg.queries.answer import answer_sparql

    operation = "<https://w3id.org/narcokg/ontology#Operation>"
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s a {operation} ; ?p ?o }}"
    response = server.get("/sparql", params={"query": query}, headers={"Accept": media})
    assert response.status_code == 200 and response.content.count(b"\n") > 5
    assert response.text == answer_sparql(shipped_workspace(), query, fmt)
