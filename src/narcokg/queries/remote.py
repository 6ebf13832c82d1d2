"""Run a query on a remote SPARQL endpoint and get the same typed result as the embedded engine.

:class:`RemoteEngine` sends the *same rendered text* the embedded engine runs, after the same
:func:`narcokg.queries.safety.check_query` (Oxigraph's server follows ``SERVICE`` too), through
SPARQLWrapper: HTTP POST, JSON results for SELECT and ASK, N-Triples / Turtle / RDF/XML for
CONSTRUCT and DESCRIBE, and a timeout. The answer is wrapped into :mod:`narcokg.queries.results`
records with the same canonical literals, so every output format matches an embedded run.

A remote store must never give a silently wrong answer, so the response is checked strictly and
each of these raises :class:`~narcokg.errors.EndpointError` saying what happened:

- a status other than 200, or no answer within the timeout;
- an answer cut off after a 200 (Oxigraph sends ``200`` and then truncated JSON, followed by
  "The SPARQL operation has been cancelled", when its ``--timeout-s`` fires): the body must parse
  completely, and the HTTP framing must be complete;
- an answer capped by the server: Virtuoso flags ``ResultSetMaxRows`` only in an
  ``X-SPARQL-MaxRows`` header, and its partial "anytime" answers in ``X-SQL-State``;
- an HTML page or any content type other than the one asked for, inside a 200;
- a JSON document that is not SPARQL results of the query's form.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from narcokg.errors import EndpointError, InputError
from narcokg.queries.credentials import Credentials, credentials_from_env
from narcokg.queries.results import (
    AskResult,
    GraphResult,
    QueryResult,
    SelectResult,
    Term,
    capped,
    make_literal,
)
from narcokg.queries.results import wrap_term as wrap_with
from narcokg.queries.safety import QueryForm, check_query

if TYPE_CHECKING:
    import pyoxigraph as ox

    from narcokg.build.store import OxTerm

JSON_TYPES = ("application/sparql-results+json", "application/json")
#: Graph answers: media type -> pyoxigraph RdfFormat attribute. N-Triples first: line-based, exact.
GRAPH_TYPES = {
    "application/n-triples": "N_TRIPLES",
    "text/turtle": "TURTLE",
    "application/rdf+xml": "RDF_XML",
}
ACCEPT_RESULTS = "application/sparql-results+json"
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, headers (names in lower case) and the whole body."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class RemoteEngine:
    """A SPARQL 1.1 query endpoint (for Oxigraph ``http://HOST:PORT/query``).

    Credentials default to the ``NARCOKG_STORE_*`` environment variables (see
    :mod:`narcokg.queries.credentials`).
    """

    def __init__(
        self, endpoint: str, *, timeout: float = 60.0, credentials: Credentials | None = None
    ) -> None:
        if not re.match(r"https?://[^/\s]+", endpoint):
            raise InputError(
                f"--endpoint must be an http(s) URL such as http://localhost:7878/query, "
                f"not {endpoint!r}"
            )
        self.endpoint = endpoint
        self.timeout = timeout
        self.credentials = credentials

    def run(self, text: str, *, max_rows: int | None = None) -> QueryResult:
        """Answer the query ``text`` after checking it is safe; raise EndpointError when unsure.

        ``max_rows`` is checked on the whole, verified answer (the endpoint sends it all).
        """
        form = check_query(text)
        answer = self._send(text, form)
        check_answer(answer, self.endpoint)
        if form is QueryForm.ASK:
            return parse_ask(answer)
        if form is QueryForm.SELECT:
            select = parse_select(answer)
            capped(select.rows, max_rows)
            return select
        graph = parse_graph(answer)
        capped(graph.triples, max_rows)
        return graph

    def _send(self, text: str, form: QueryForm) -> Answer:
        wrapper = self._wrapper(text, form)
        try:
            # QueryResult.response: the urllib response, or for an error status the HTTPError,
            # which is a response too (see ``_wrapper_class``).
            response = wrapper.query().response
            body = response.read()
            headers = {name.lower(): value for name, value in response.info().items()}
            return Answer(response.getcode() or 0, headers, body)
        except Exception as error:  # urllib, http.client and socket errors
            raise transport_error(error, self.endpoint, self.timeout) from error

    def _wrapper(self, text: str, form: QueryForm) -> Any:
        from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE

        wrapper = _wrapper_class()(self.endpoint)
        wrapper.setMethod(POST)
        wrapper.setTimeout(max(1, round(self.timeout)))
        wrapper.setOnlyConneg(True)
        with warnings.catch_warnings():  # its own query-type sniffing warns on valid queries
            warnings.simplefilter("ignore")
            wrapper.setQuery(text)
        wrapper.queryType = form.value  # ours, from a real tokeniser
        graph = form in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE)
        wrapper.setReturnFormat(TURTLE if graph else JSON)
        wrapper.addCustomHttpHeader("Accept", ACCEPT_GRAPH if graph else ACCEPT_RESULTS)
        credentials = self.credentials or credentials_from_env()
        if credentials is not None and credentials.scheme == "bearer":
            wrapper.addCustomHttpHeader("Authorization", f"Bearer {credentials.secret}")
        elif credentials is not None:
            wrapper.setHTTPAuth(DIGEST if credentials.scheme == "digest" else BASIC)
            wrapper.setCredentials(credentials.user, credentials.secret)
        return wrapper


@cache
def _wrapper_class() -> type[Any]:
    """SPARQLWrapper, answering an error status as a response instead of an exception.

    SPARQLWrapper turns 400, 401, 404, 414 and 500 into exceptions that keep the body only inside
    their message text. ``urllib.error.HTTPError`` is itself a response (``getcode()``,
    ``info()``, ``read()``), so returning it lets :func:`check_answer` read every status and body
    the same way. ``_query`` and ``_createRequest`` are the two methods SPARQLWrapper 2 builds and
    sends a request with (pinned ``<3`` in pyproject.toml).
    """
    import urllib.error
    import urllib.request

    from SPARQLWrapper import SPARQLWrapper

    class StatusWrapper(SPARQLWrapper):
        def _query(self) -> tuple[Any, str]:
            request = self._createRequest()
            try:
                response = urllib.request.urlopen(request, timeout=self.timeout or None)
            except urllib.error.HTTPError as error:
                response = error
            return response, self.returnFormat

    return StatusWrapper


def transport_error(error: Exception, endpoint: str, timeout: float) -> EndpointError:
    """An :class:`EndpointError` saying what went wrong while sending or reading."""
    import http.client
    import urllib.error

    name = type(error).__name__
    if isinstance(error, http.client.IncompleteRead):
        return EndpointError(
            f"{endpoint} closed the connection after {len(error.partial)} bytes of its answer: "
            "the answer is cut off, so it is not shown"
        )
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        return EndpointError(f"{endpoint} gave no complete answer within {timeout:g} s")
    if isinstance(error, urllib.error.URLError):
        return EndpointError(f"cannot reach {endpoint}: {error.reason}")
    return EndpointError(f"the request to {endpoint} failed: {name}: {error}")


def status_error(status: int, body: bytes, endpoint: str) -> EndpointError:
    """The server refused: quote its status and the start of its answer."""
    hint = {
        400: " (the endpoint could not parse or run the query)",
        401: " (set NARCOKG_STORE_USER and NARCOKG_STORE_PASSWORD, or NARCOKG_STORE_TOKEN)",
        403: " (these credentials may not do this)",
        404: " (is this the query endpoint? For Oxigraph it is http://HOST:PORT/query)",
    }.get(status, "")
    return EndpointError(f"{endpoint} answered HTTP {status}{hint}: {excerpt(body)}")


def check_answer(answer: Answer, endpoint: str) -> None:
    """Refuse answers that are errors, capped or partial, whatever their status says."""
    if answer.status != 200:
        raise status_error(answer.status, answer.body, endpoint)
    if "x-sparql-maxrows" in answer.headers:
        raise EndpointError(
            f"{endpoint} capped the answer at {answer.headers['x-sparql-maxrows']} rows "
            "(X-SPARQL-MaxRows header): the full answer is longer. Raise the server's limit "
            "(Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
        )
    if "x-sql-state" in answer.headers:
        message = answer.headers.get("x-sql-message", "no message")
        raise EndpointError(
            f"{endpoint} returned a partial answer (X-SQL-State {answer.headers['x-sql-state']}: "
            f"{message}): Virtuoso's 'anytime' query hit its time limit. Raise "
            "MaxQueryExecutionTime in virtuoso.ini, or simplify the query"
        )
    if answer.media_type in ("text/html", "application/xhtml+xml"):
        raise EndpointError(
            f"{endpoint} answered 200 with an HTML page instead of query results: "
            f"{excerpt(answer.body)} (is this the query endpoint? For Oxigraph: /query)"
        )


def load_json(answer: Answer) -> dict[str, Any]:
    """The answer's JSON object; refuse another content type or an incomplete document."""
    if answer.media_type not in JSON_TYPES:
        raise EndpointError(
            f"the endpoint answered with content type {answer.media_type or '(none)'!r}, "
            f"not the SPARQL JSON results narcokg asked for: {excerpt(answer.body)}"
        )
    try:
        document = json.loads(answer.body.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise EndpointError(f"the endpoint's JSON answer is not UTF-8: {error}") from error
    except json.JSONDecodeError as error:
        raise EndpointError(
            f"the endpoint's answer is cut off or broken at byte {error.pos} of "
            f"{len(answer.body)} ({error.msg}), so it is not shown; it ends with "
            f"{excerpt(answer.body, tail=True)!r}. Oxigraph does this when a query runs past its "
            "--timeout-s: raise the timeout or simplify the query"
        ) from error
    if not isinstance(document, dict):
        raise EndpointError("the endpoint's JSON answer is not a SPARQL results object")
    return document


def parse_select(answer: Answer) -> SelectResult:
    """SPARQL 1.1 Query Results JSON of a SELECT, checked, as a :class:`SelectResult`."""
    document = load_json(answer)
    head, results = document.get("head"), document.get("results")
    variables = head.get("vars") if isinstance(head, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if (
        not isinstance(variables, list)
        or not _is_str_list(variables)
        or not isinstance(bindings, list)
    ):
        raise EndpointError(
            "the endpoint's answer is not SELECT results (no head.vars or results.bindings): "
            f"{excerpt(answer.body)}"
        )
    rows = []
    for binding in bindings:
        if not isinstance(binding, dict) or not set(binding) <= set(variables):
            raise EndpointError(f"the endpoint's answer has a malformed row: {binding!r:.200}")
        rows.append(tuple(parse_term(binding.get(name)) for name in variables))
    return SelectResult(tuple(variables), tuple(rows))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def parse_ask(answer: Answer) -> AskResult:
    """SPARQL 1.1 Query Results JSON of an ASK, checked."""
    value = load_json(answer).get("boolean")
    if not isinstance(value, bool):
        raise EndpointError(f"the endpoint's answer is not an ASK result: {excerpt(answer.body)}")
    return AskResult(value)


def parse_term(value: Any) -> Term | None:
    """One JSON RDF term (``typed-literal`` is the SPARQL 1.0 spelling Virtuoso still uses)."""
    if value is None:
        return None
    kind = value.get("type") if isinstance(value, dict) else None
    text = value.get("value") if isinstance(value, dict) else None
    if not isinstance(text, str) or kind not in ("uri", "bnode", "literal", "typed-literal"):
        raise EndpointError(f"the endpoint's answer holds a malformed RDF term: {value!r:.200}")
    if kind in ("uri", "bnode"):
        return Term(kind, text)
    return make_literal(text, value.get("datatype"), value.get("xml:lang"))


def parse_graph(answer: Answer) -> GraphResult:
    """A CONSTRUCT / DESCRIBE answer, parsed strictly (a cut-off document fails to parse)."""
    import pyoxigraph as ox

    name = GRAPH_TYPES.get(answer.media_type)
    if name is None:
        raise EndpointError(
            f"the endpoint answered with content type {answer.media_type or '(none)'!r}, not one "
            f"of the RDF formats narcokg asked for ({ACCEPT_GRAPH}): {excerpt(answer.body)}"
        )
    try:
        quads = list(ox.parse(answer.body, format=getattr(ox.RdfFormat, name)))
    except SyntaxError as error:
        raise EndpointError(
            f"the endpoint's {answer.media_type} answer is cut off or broken ({error}), so it is "
            f"not shown; it ends with {excerpt(answer.body, tail=True)!r}"
        ) from error
    return GraphResult.from_triples(
        (wrap_term(q.subject), wrap_term(q.predicate), wrap_term(q.object)) for q in quads
    )


def wrap_term(term: OxTerm | ox.Triple | ox.DefaultGraph) -> Term:
    """A term of an endpoint's answer as our :class:`Term` (an RDF-star term: EndpointError)."""
    return wrap_with(term, EndpointError)


def excerpt(body: bytes, *, tail: bool = False, limit: int = 200) -> str:
    """A short, readable piece of an answer: tags stripped, whitespace collapsed."""
    text = body.decode("utf-8", errors="replace")
    if "<html" in text[:500].lower() or "<!doctype" in text[:100].lower():
        text = _TAG.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text or "(empty)"
    return "..." + text[-limit:] if tail else text[:limit] + "..."


def pull_graph(engine: RemoteEngine, graph: str | None = None) -> GraphResult:
    """Every triple of the endpoint's default graph, or of the named graph ``graph``."""
    if graph is not None and not re.fullmatch(r"[A-Za-z][\w+.-]*:[^<>\"{}|^`\\\s]*", graph):
        raise InputError(f"--graph must be an absolute IRI, not {graph!r}")
    pattern = "?s ?p ?o" if graph is None else f"GRAPH <{graph}> {{ ?s ?p ?o }}"
    counted = engine.run(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    result = engine.run(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}")
    assert isinstance(counted, SelectResult) and isinstance(result, GraphResult)
    cell = counted.rows[0][0] if counted.rows and counted.rows[0] else None
    expected = int(cell.value) if cell is not None and cell.value.isdigit() else -1
    if expected != len(result.triples):
        # Virtuoso caps CONSTRUCT answers without always sending X-SPARQL-MaxRows.
        raise EndpointError(
            f"the endpoint counts {expected} triples but sent {len(result.triples)}: the graph "
            "came back incomplete (a server-side cap such as Virtuoso's ResultSetMaxRows?)"
        )
    return result


def to_rdflib(result: GraphResult) -> Any:
    """``result`` as an ``rdflib.Graph`` (for :func:`.validation.reference.validate_graph`)."""
    import rdflib

    graph = rdflib.Graph()
    graph.parse(data=result.ntriples, format="nt")
    return graph
