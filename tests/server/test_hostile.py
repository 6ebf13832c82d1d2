"""Hostile query text on a real server: refused with 400, or answered; never a dead worker."""

from __future__ import annotations

import pytest

from tests.server.conftest import Server

HOSTILE = [
    ("SELECT * WHERE " + "{" * 3000 + "}" * 3000, "limit of 100"),
    ("SELECT * WHERE { ?s ?p " + "[ ?p " * 3000 + "]" * 3000 + " }", "limit of 100"),
    ("PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\#b AS ?z) "
     "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { BIND(1 AS ?a) FILTER(?a<'x>') SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } "
     "FILTER(?a != '') }", "SERVICE"),
    ("ASK { " + "(" * 50_000 + " }", "limit of 100"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message"), HOSTILE)
def test_hostile_text_is_400_and_the_workers_live(server: Server, text: str, message: str) -> None:
    before = server.worker_pids()
    kind = {"content-type": "application/sparql-query"}
    response = server.post("/sparql", content=text.encode(), headers=kind)
    assert response.status_code == 400, response.text
    assert message in response.text
    assert server.worker_pids() == before


def test_start_up_says_whether_the_network_layer_is_on(server: Server) -> None:
    assert "network isolation" in server.log.read_text()
