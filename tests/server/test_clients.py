"""A second, independent SPARQL client (roqet, from Debian's rasqal-utils) and strict parsers."""

from __future__ import annotations

import subprocess

from tests.server.clients_util import need
from tests.server.conftest import Server


def roqet(server: Server, query: str, results: str) -> str:
    command = [need("roqet"), "-q", "-p", f"{server.url}/sparql", "-e", query, "-r", results]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def test_roqet_select(server: Server) -> None:
    query = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label WHERE { <https://w3id.org/narcokg/id/region/hunan> rdfs:label ?label "
        'FILTER(LANG(?label) = "en") }'
    )
    assert roqet(server, query, "csv").splitlines() == ["label", "Hunan"]


def test_roqet_agrees_with_the_local_engine(server: Server) -> None:
    from narcokg.queries.engines import LocalEngine
    from narcokg.queries.results import format_result
    from tests.server.conftest import GRAPH

    query = (
        "SELECT ?op (COUNT(?m) AS ?n) WHERE { "
        "?op a <https://w3id.org/narcokg/ontology#Operation> . "
        "OPTIONAL { ?m <https://w3id.org/narcokg/ontology#operation> ?op } } "
        "GROUP BY ?op ORDER BY ?op"
    )
    local = format_result(LocalEngine([GRAPH]).run(query), "csv").splitlines()
    remote = roqet(server, query, "csv").splitlines()
    assert len(remote) == 8
    assert remote == local


def test_roqet_sees_the_refusal(server: Server) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    command = [need("roqet"), "-q", "-p", f"{server.url}/sparql", "-e", query, "-r", "csv"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 or done.stdout.strip() == ""
