"""Bad bytes on every route: a 4xx with a message (or the page, if input is ignored), never 5xx."""

from __future__ import annotations

import pytest

from tests.server.conftest import SEED_ID, Server

ROUTES = ["/", "/sparql", "/queries", "/queries/operations-in-region", "/openapi.json", "/editor",
          "/chart", f"/id/{SEED_ID}", "/concept/x", "/download/narcokg.ttl", "/dataset",
          "/.well-known/void", "/rdf-graphs", "/health", "/static/x"]  # fmt: skip
QUERY_STRINGS = ["query=%FF%FE", "query=SELECT%00*", "region=%FF", "format=%FF", "%FF=%FF",
                 "query=", "query=%00", "default&graph=%C3%28"]  # fmt: skip
BODIES = [b"\xff\xfe\xfd", bytes(range(256)), b"", b"query=SELECT%20*%20%7B%7D%00", b"\x00"]


def _fine(status: int, text: str) -> None:
    assert status < 500, text
    assert "Traceback" not in text


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("query", QUERY_STRINGS)
def test_bad_query_string(server: Server, route: str, query: str) -> None:
    response = server.get(f"{route}?{query}")
    _fine(response.status_code, response.text)


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("tail", ["%FF", "%00", "%C3%28", "a%2F..%2F..%2Fetc%2Fpasswd"])
def test_bad_path(server: Server, route: str, tail: str) -> None:
    response = server.get(f"{route.rstrip('/')}/{tail}")
    _fine(response.status_code, response.text)


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize(
    "kind", ["application/x-www-form-urlencoded", "application/sparql-query", "text/plain"]
)
def test_bad_body(server: Server, body: bytes, kind: str) -> None:
    response = server.post("/sparql", content=body, headers={"content-type": kind})
    assert 400 <= response.status_code < 500, response.text
    assert response.text.startswith("error:")
