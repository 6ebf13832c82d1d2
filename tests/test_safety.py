"""The safety check refuses SERVICE, LOAD, FROM and updates, and no request leaves the process."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.errors import QuerySyntaxError, UnsafeQueryError
from narcokg.queries.engines import Engine, LocalEngine, RdflibEngine
from narcokg.queries.safety import QueryForm, check_query


class Canary:
    """An HTTP server on 127.0.0.1 that counts the requests it receives."""

    def __init__(self) -> None:
        self.requests = 0
        canary = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                canary.requests += 1
                self.send_response(500)
                self.end_headers()

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def engine(request: pytest.FixtureRequest) -> Engine:
    files = [paths.ontology_file()]
    return LocalEngine(files) if request.param == "oxigraph" else RdflibEngine(files)


def test_canary_sees_an_unchecked_service_call(canary: Canary) -> None:
    import pyoxigraph

    with pytest.raises(OSError):
        list(
            pyoxigraph.Store().query(f"SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}")
        )
    assert canary.requests >= 1


REACHING = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "LOAD <{url}>",
    'SELECT * WHERE {{ ?s ?p "\\u0022 }} SERVICE <{url}> {{ ?s ?p ?o }} #" }}',
    "SELECT * WHERE {{ ?s ?p ?o }} \\u0053ERVICE",
]


@pytest.mark.parametrize("template", REACHING)
def test_reaching_query_is_refused_before_any_request(
    engine: Engine, canary: Canary, template: str
) -> None:
    with pytest.raises(UnsafeQueryError, match="refused"):
        engine.run(template.format(url=canary.url))
    assert canary.requests == 0


@pytest.mark.parametrize(
    "text",
    ["INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", "DELETE WHERE { ?s ?p ?o }",
     "CLEAR ALL", "DROP ALL", "CREATE GRAPH <http://x/g>", "ADD DEFAULT TO <http://x/g>",
     "MOVE DEFAULT TO <http://x/g>", "COPY DEFAULT TO <http://x/g>",
     "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
     "SELECT * WHERE { ?s ?p ?o } ; DROP ALL"],
)  # fmt: skip
def test_update_is_refused(text: str) -> None:
    with pytest.raises(UnsafeQueryError, match="read-only"):
        check_query(text)


@pytest.mark.parametrize(
    "text",
    ['SELECT * WHERE { ?s ?p "SERVICE <http://x/> LOAD FROM" }',
     "SELECT * WHERE { ?s ?p 'drop all' }",
     'SELECT * WHERE { ?s ?p """INSERT\n"quoted" DELETE""" }',
     "SELECT * WHERE { ?s ?p '''clear ''copy'' ''' }",
     "SELECT * WHERE { ?s <http://x/service/load/from> ?o }",
     "PREFIX insert: <http://x/> SELECT * WHERE { ?s insert:delete ?from }",
     "SELECT ?load ?service WHERE { ?load ?service ?o } # SERVICE <http://x/>",
     'SELECT * WHERE { ?s ?p "x"@en-GB }'],
)  # fmt: skip
def test_keywords_in_strings_iris_names_and_comments_pass(text: str) -> None:
    assert check_query(text) is QueryForm.SELECT


@pytest.mark.parametrize(
    ("text", "form"),
    [("ASK { ?s ?p ?o }", QueryForm.ASK),
     ("CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { ?s ?p ?o } } }", QueryForm.CONSTRUCT),
     ("DESCRIBE <http://x/a>", QueryForm.DESCRIBE),
     ("# SELECT\nPREFIX a: <http://x/> select * {}", QueryForm.SELECT)],
)  # fmt: skip
def test_query_form_is_reported(text: str, form: QueryForm) -> None:
    assert check_query(text) is form


def test_text_without_a_query_form_is_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError, match="not a SPARQL query"):
        check_query("PREFIX a: <http://x/>")


def test_unterminated_string_is_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError, match="cannot read"):
        check_query('SELECT * WHERE { ?s ?p "open }')


def test_engine_reports_syntax_errors(engine: Engine) -> None:
    with pytest.raises(QuerySyntaxError, match="invalid SPARQL"):
        engine.run("SELECT * WHERE { ?s ?p }")


def test_importing_safety_and_engines_does_not_import_rdflib() -> None:
    code = (
        "import sys, narcokg.queries.safety, narcokg.queries.engines; "
        "print('rdflib' in sys.modules)"
    )
    src = str(Path(paths.__file__).resolve().parent.parent)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": src})  # fmt: skip
    assert out.stdout.strip() == "False"


# --- the lexical corners that used to let SERVICE through (issue 12) -----------------------

BYPASSES = [
    # PN_LOCAL_ESC: '\#' belongs to the name, it opens no comment
    "PREFIX ex: <http://e/> SELECT * WHERE {{ BIND(ex:a\\#b AS ?z) "
    "SERVICE <{url}> {{ ?s ?p ?o }} }}",
    # after an operand inside an expression, '<' is "less than", not an IRI holding a quote
    "SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a<'x>') SERVICE <{url}> {{ ?s ?p ?o }} "
    "FILTER(?a != 'y' && ?a != '') }}",
    "SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a<?b)#>\nSERVICE <{url}> {{ ?s ?p ?o }} }}",
    # a comment ends at a carriage return too
    "SELECT * WHERE {{ BIND(1 AS ?x) # note\rSERVICE <{url}> {{ ?s ?p ?o }} }}",
    # Oxigraph reads a keyword glued to the next word
    "PREFIX ex: <{url}> SELECT * WHERE {{ BIND(1 AS ?x) SERVICEex:c {{ ?s ?p ?o }} }}",
    "PREFIX : <{url}> SELECT * WHERE {{ BIND(1 AS ?x) SERVICE:c {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(1 AS ?x) SERVICE<{url}>{{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(1 AS ?x) SERVICESILENT<{url}> {{ ?s ?p ?o }} }}",
    # an escape in the IRI or a keyword spelt with escapes
    "SELECT * WHERE {{ BIND(1 AS ?x) SERVICE <{url}\\u0041> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(1 AS ?x) \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    'SELECT * WHERE {{ BIND("\\u0022 AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }} #" }}',
    "ASK {{ BIND(1 AS ?x) sErViCe <{url}> {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", BYPASSES)
def test_lexical_corner_is_refused_and_nothing_is_sent(
    engine: Engine, canary: Canary, template: str
) -> None:
    with pytest.raises((UnsafeQueryError, QuerySyntaxError)):
        engine.run(template.format(url=canary.url))
    assert canary.requests == 0


@pytest.mark.parametrize(
    "text",
    ["PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\#b AS ?z) }",
     "SELECT * WHERE { ?s <http://x/#service> ?o FILTER(?o < 3) }",
     "SELECT * WHERE { ?s ?p (1 <http://x/#from> 'load') }",
     "SELECT * WHERE { ?s ?p ?o FILTER(?o<'x#y') }",
     "SELECT ?x (STR(?x)<'a' AS ?y) WHERE { ?x ?p ?o } ORDER BY ?x <http://f/#n>(?x)",
     "PREFIX address: <http://x/> SELECT * WHERE { ?s address:street ?o }",
     "SELECT * WHERE { ?s ?p '''SERVICE \\''' <x> ''' }"],
)  # fmt: skip
def test_tricky_but_safe_query_passes(text: str) -> None:
    assert check_query(text) is QueryForm.SELECT


@pytest.mark.parametrize(
    ("text", "limit"),
    [("SELECT * WHERE " + "{" * 101 + "}" * 101, "limit of 100"),
     ("SELECT * WHERE { ?s ?p " + "[ ?p " * 101 + "]" * 101 + " }", "limit of 100"),
     ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 100_000, "limit of 100000")],
)  # fmt: skip
def test_limits_name_themselves(text: str, limit: str) -> None:
    from narcokg.errors import QueryLimitError

    with pytest.raises(QueryLimitError, match=limit):
        check_query(text)
