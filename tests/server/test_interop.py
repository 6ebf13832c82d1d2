"""Interop: CORS preflight on /sparql, format= aliases on RDF resources, an HTML /dataset."""

from __future__ import annotations

import httpx
import pytest

from tests.server.conftest import SEED_ID, Server


def test_cors_preflight_lets_another_origin_post(server: Server) -> None:
    headers = {"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
               "Access-Control-Request-Headers": "content-type"}  # fmt: skip
    response = httpx.options(server.url + "/sparql", headers=headers, timeout=30)
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == "*"
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "content-type" in response.headers["access-control-allow-headers"].lower()
    answer = server.post("/sparql", data={"query": "ASK {}"}, headers={"Origin": "https://y.e"})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"


@pytest.mark.parametrize(
    ("alias", "media"),
    [("ttl", "text/turtle"), ("nt", "application/n-triples"), ("json-ld", "application/ld+json"),
     ("jsonld", "application/ld+json"), ("rdf", "application/rdf+xml")],
)  # fmt: skip
@pytest.mark.parametrize("path", [f"/id/document/{SEED_ID}", "/dataset"])
def test_format_aliases(server: Server, path: str, alias: str, media: str) -> None:
    response = server.get(f"{path}?format={alias}")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(media)


def test_dataset_has_an_html_page(server: Server) -> None:
    response = server.get("/dataset", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "/dataset</code>" in response.text and "triples" in response.text.lower()
    assert server.get("/dataset").headers["content-type"].startswith("text/turtle")
