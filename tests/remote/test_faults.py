"""Never a silently wrong answer: each fault is reported as an error with a non-zero exit.

Oxigraph's own timeout fault is reproduced for real (a 1 s ``--timeout-s`` and queries that take
far longer on 3,000 triples); Virtuoso's headers, error pages and broken connections come from a
loopback server (``FakeServer``) that answers what each test tells it to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from narcokg.errors import EndpointError
from narcokg.queries.remote import RemoteEngine
from narcokg.queries.results import SelectResult, Term

from .conftest import FakeServer, Reply, Server

JSON = {"Content-Type": "application/sparql-results+json"}
ROWS = {
    "head": {"vars": ["s"]},
    "results": {"bindings": [{"s": {"type": "uri", "value": f"https://example.org/{i}"}}
                             for i in range(3)]},
}  # fmt: skip
SELECT = "SELECT ?s WHERE { ?s ?p ?o }"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NARCOKG_STORE_")}
    return subprocess.run([sys.executable, "-m", "narcokg", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)  # fmt: skip


def assert_cli_fails(endpoint: str, query: str, *fragments: str) -> None:
    done = run_cli("sparql", query, "--endpoint", endpoint, "--format", "csv")
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    for fragment in fragments:
        assert fragment in done.stderr


# Oxigraph, for real: 200 and then a cut-off body when its timeout fires.


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",  # streams rows until cut off
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",  # 2.7e10 rows
    ],
    ids=["streaming", "aggregate"],
)
def test_oxigraph_timeout_is_an_error_not_a_short_result(query: str, slow_oxigraph: Server) -> None:
    with pytest.raises(EndpointError, match=r"cut off .* --timeout-s") as caught:
        RemoteEngine(slow_oxigraph.query).run(query)
    assert "The SPARQL operation has been cancelled" in str(caught.value)
    assert_cli_fails(slow_oxigraph.query, query, "cut off")


def test_oxigraph_timeout_in_a_construct_is_an_error(slow_oxigraph: Server) -> None:
    query = "CONSTRUCT { ?a <https://example.org/q> ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"
    with pytest.raises(EndpointError, match="application/n-triples answer is cut off"):
        RemoteEngine(slow_oxigraph.query).run(query)


def test_oxigraph_timeout_in_an_ask_is_an_error(slow_oxigraph: Server) -> None:
    query = 'ASK { ?a ?b ?c . ?d ?e ?f FILTER(CONCAT(STR(?c), "|", STR(?f)) = "no") }'
    with pytest.raises(EndpointError, match=r"HTTP 500.*cancelled"):
        RemoteEngine(slow_oxigraph.query).run(query)


def test_the_slow_server_answers_small_queries(slow_oxigraph: Server) -> None:
    """The faults above come from the timeout, not from a broken server."""
    result = RemoteEngine(slow_oxigraph.query).run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert isinstance(result, SelectResult)
    assert result.rows == ((Term("literal", "3000", XSD_INTEGER),),)


# Virtuoso's headers and other faults, from a loopback server.

FAULTS = {
    "virtuoso-maxrows": (
        Reply(200, {**JSON, "X-SPARQL-MaxRows": "3"}, json.dumps(ROWS).encode()),
        "capped the answer at 3 rows",
    ),
    "virtuoso-anytime": (
        Reply(
            200,
            {
                **JSON,
                "X-SQL-State": "S1TAT",
                "X-SQL-Message": "RC...: Returning incomplete results, query interrupted by "
                "result timeout.",
            },
            json.dumps(ROWS).encode(),
        ),
        "partial answer (X-SQL-State S1TAT",
    ),
    "html-in-200": (
        Reply(
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            b"<html><body><h1>Proxy error</h1><p>upstream timed out</p></body></html>",
        ),
        "HTML page instead of query results: Proxy error upstream timed out",
    ),
    "html-labelled-json": (
        Reply(200, JSON, b"<html><body>Internal error</body></html>"),
        "cut off or broken",
    ),
    "wrong-content-type": (
        Reply(200, {"Content-Type": "application/sparql-results+xml"}, b"<sparql/>"),
        "content type 'application/sparql-results+xml'",
    ),
    "no-content-type": (Reply(200, {}, json.dumps(ROWS).encode()), "content type '(none)'"),
    "json-not-results": (
        Reply(200, JSON, b'{"error": "quota exceeded"}'),
        "not SELECT results",
    ),
    "truncated-json": (Reply(200, JSON, json.dumps(ROWS).encode()[:-30]), "cut off or broken"),
    "undeclared-variable": (
        Reply(
            200,
            JSON,
            b'{"head":{"vars":["s"]},"results":{"bindings":[{"x":{"type":"uri",'
            b'"value":"http://x"}}]}}',
        ),
        "malformed row",
    ),
    "connection-cut": (
        Reply(200, JSON, json.dumps(ROWS).encode()[:40], short_by=500),
        "closed the connection after 40 bytes",
    ),
    "status-500": (
        Reply(500, {"Content-Type": "text/plain"}, b"Virtuoso 42000 Error SR483: out of memory"),
        "HTTP 500: Virtuoso 42000 Error SR483: out of memory",
    ),
    "status-503": (Reply(503, {}, b"maintenance until 14:00"), "HTTP 503: maintenance until"),
    "status-404": (Reply(404, {}, b"no such page"), "is this the query endpoint?"),
}


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_reported(name: str, fake: FakeServer) -> None:
    fake.reply, message = FAULTS[name]
    with pytest.raises(EndpointError) as caught:
        RemoteEngine(fake.url + "/sparql").run(SELECT)
    assert message in str(caught.value)
    assert_cli_fails(fake.url + "/sparql", SELECT, message)


def test_the_same_answer_without_the_fault_is_accepted(fake: FakeServer) -> None:
    """The fake is faithful: its answer without the flagging header is read normally."""
    fake.reply = Reply(200, JSON, json.dumps(ROWS).encode())
    result = RemoteEngine(fake.url).run(SELECT)
    assert isinstance(result, SelectResult)
    assert len(result.rows) == 3


def test_ask_with_select_results_is_refused(fake: FakeServer) -> None:
    fake.reply = Reply(200, JSON, json.dumps(ROWS).encode())
    with pytest.raises(EndpointError, match="not an ASK result"):
        RemoteEngine(fake.url).run("ASK { ?s ?p ?o }")


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/turtle", b'<http://x/a> <http://x/p> "cut'),
        ("application/n-triples", b"<http://x/a> <http://x/p> <http://x/b> .\nquery cancelled"),
        ("application/rdf+xml", b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax'),
    ],
)
def test_a_broken_graph_answer_is_refused(content_type: str, body: bytes, fake: FakeServer) -> None:
    fake.reply = Reply(200, {"Content-Type": content_type}, body)
    with pytest.raises(EndpointError, match="cut off or broken"):
        RemoteEngine(fake.url).run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")


def test_no_answer_within_the_timeout(fake: FakeServer) -> None:
    fake.reply = Reply(200, JSON, json.dumps(ROWS).encode(), delay=3)
    with pytest.raises(EndpointError, match="no complete answer within 1 s"):
        RemoteEngine(fake.url, timeout=1).run(SELECT)


def test_an_unreachable_endpoint() -> None:
    with pytest.raises(EndpointError, match="cannot reach"):
        RemoteEngine("http://127.0.0.1:9/sparql").run(SELECT)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_unsafe_queries_never_reach_the_endpoint(query: str, fake: FakeServer) -> None:
    done = run_cli("sparql", query, "--endpoint", fake.url)
    assert done.returncode == 2
    assert "refused" in done.stderr
    assert fake.seen == []


def test_queries_are_posted(fake: FakeServer) -> None:
    fake.reply = Reply(200, JSON, json.dumps(ROWS).encode())
    RemoteEngine(fake.url + "/sparql").run(SELECT)
    (request,) = fake.seen
    assert request.method == "POST"
    assert request.headers["Accept"] == "application/sparql-results+json"
    assert b"query=SELECT" in request.body


def test_a_pulled_graph_shorter_than_its_count_is_refused(fake: FakeServer) -> None:
    """Virtuoso caps CONSTRUCT answers without always flagging it: validate counts first."""
    count = {
        "head": {"vars": ["n"]},
        "results": {
            "bindings": [
                {
                    "n": {
                        "type": "literal",
                        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
                        "value": "3",
                    }
                }
            ]
        },
    }
    fake.replies = [
        Reply(200, JSON, json.dumps(count).encode()),
        Reply(200, {"Content-Type": "application/n-triples"},
              b"<http://x/a> <http://x/p> <http://x/b> .\n"
              b"<http://x/a> <http://x/p> <http://x/c> .\n"),
    ]  # fmt: skip
    done = run_cli("validate", "--endpoint", fake.url)
    assert done.returncode == 2
    assert "counts 3 triples but sent 2" in done.stderr
