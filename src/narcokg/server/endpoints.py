"""``/sparql`` (SPARQL 1.1 Protocol), ``/queries`` (the stored queries as an API) and the entity
IRIs (linked data: HTML or RDF by content negotiation).

Every query, ad hoc or stored, goes the same way: :func:`.protocol.check_text` (read-only, no
``SERVICE`` / ``LOAD`` / ``FROM``), a format chosen by ``format=`` or ``Accept``, then one job for
the worker pool, whose answer is sent whole or replaced by an error status.
"""

from __future__ import annotations

import json
from functools import lru_cache

from starlette.requests import Request
from starlette.responses import Response

from narcokg.errors import ParameterError, UnknownQueryError
from narcokg.queries.catalogue import StoredQuery, render_query
from narcokg.queries.catalogue_view import catalogue_entries
from narcokg.queries.entities import check_names, entity_kind
from narcokg.queries.safety import QueryForm
from narcokg.server.dataset import describe_catalogue, describe_service
from narcokg.server.encode import MEDIA_TYPES
from narcokg.server.linked_data import Describer
from narcokg.server.pages import editor_page, entity_page, home_page, results_page
from narcokg.server.protocol import (
    GRAPH_OFFERS,
    RESULT_OFFERS,
    HTTPProblem,
    check_text,
    choose_format,
    negotiate,
    read_sparql_request,
    single,
    url_pairs,
    values_of,
)
from narcokg.server.respond import ANSWER_HEADERS, rdf_response, run_job
from narcokg.server.state import ServerState, site_of, state_of
from narcokg.server.worker import Answer

HTML_OFFER = ("text/html", "html")
#: Parameter values longer than this in all are rendered afresh: the cache holds short ones only.
RENDER_CACHE_CHARS = 512


@lru_cache(maxsize=1024)
def _rendered(stored: StoredQuery, values: tuple[tuple[str, str], ...]) -> str:
    return render_query(stored, dict(values))


def rendered(stored: StoredQuery, values: dict[str, str]) -> str:
    """``render_query``, remembered: a pure function of the query and its values (an error is
    raised again each time, never remembered)."""
    if sum(len(key) + len(value) for key, value in values.items()) > RENDER_CACHE_CHARS:
        return render_query(stored, values)
    return _rendered(stored, tuple(values.items()))


async def answer_query(
    request: Request, text: str, formats: tuple[str, ...], *, stored: bool = False
) -> Response:
    """Check, run and encode ``text`` for this request (ad hoc: within the client's cap)."""
    state = state_of(request)
    form = check_text(text)
    fmt = choose_format(form, request.headers.get("accept"), formats)
    if stored:
        answer = await run_job(state, text, fmt, stored=True)
    else:
        with state.clients.slot(request.client.host if request.client else "?"):
            answer = await run_job(state, text, fmt)
    return answer_response(answer, fmt)


def answer_response(answer: Answer, fmt: str) -> Response:
    """The response carrying ``answer``, encoded as ``fmt``."""
    headers = {**ANSWER_HEADERS, "X-NarcoKG-Count": str(answer.count)}
    headers["X-NarcoKG-Cache"] = "hit" if answer.cached else "miss"
    return Response(answer.body, media_type=MEDIA_TYPES[fmt], headers=headers)


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol endpoint; without a query, its service description."""
    if request.method == "OPTIONS":
        from narcokg.server.interop import preflight

        return preflight()
    state = state_of(request)
    parsed = await read_sparql_request(request, state.config.max_request_bytes)
    if parsed is None:
        if negotiate(request.headers.get("accept"), [*GRAPH_OFFERS, HTML_OFFER]) == "html":
            return editor_page(request)
        config = state.config
        described = describe_service(
            site_of(request), state.dataset.triple_count, config.timeout, config.max_rows
        )
        return rdf_response(request, described, None)
    return await answer_query(request, parsed.text, parsed.formats)


async def list_queries(request: Request) -> Response:
    """The catalogue: HTML for people, JSON for programs, RDF (SHACL executables) for graphs."""
    state = state_of(request)
    pairs = url_pairs(request, state.config.max_request_bytes)
    offers = [HTML_OFFER, ("application/json", "json"), *GRAPH_OFFERS]
    fmt = single(pairs, "format") or negotiate(request.headers.get("accept"), offers)
    if fmt == "html":
        return home_page(request)
    if fmt == "json":
        entries = catalogue_entries(state.catalogue)
        for entry in entries:
            entry["url"] = f"{site_of(request)}/queries/{entry['name']}"
        body = json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
        return Response(body, media_type="application/json", headers=ANSWER_HEADERS)
    return rdf_response(request, describe_catalogue(state.catalogue, site_of(request)), fmt)


async def run_stored_query(request: Request) -> Response:
    """``/queries/{name}?param=…``: a stored query with typed parameters, in any result format."""
    state = state_of(request)
    try:
        stored = state.catalogue.get(request.path_params["name"])
    except UnknownQueryError as error:
        raise HTTPProblem(404, str(error)) from error
    pairs = url_pairs(request, state.config.max_request_bytes)
    values: dict[str, str] = {}
    for key in dict.fromkeys(key for key, _ in pairs):
        value = single(pairs, key) if key != "format" else None
        if value is not None:
            values[key] = value
    try:
        text = rendered(stored, values)
    except ParameterError as error:
        raise HTTPProblem(400, error.for_url()) from error
    given = values_of(pairs, "format")
    wants_html = given == ("html",) or (
        not given
        and negotiate(request.headers.get("accept"), [*RESULT_OFFERS, HTML_OFFER]) == "html"
    )
    form = check_text(text)
    if wants_html and form in (QueryForm.SELECT, QueryForm.ASK):
        answer = await run_job(state, text, "json", stored=True)
        await check_entities(state, stored, values, answer)
        return results_page(request, stored, values, answer)
    fmt = choose_format(form, request.headers.get("accept"), given)
    answer = await run_job(state, text, fmt, stored=True)
    await check_entities(state, stored, values, answer)
    return answer_response(answer, fmt)


async def check_entities(
    state: ServerState, stored: StoredQuery, values: dict[str, str], answer: Answer
) -> None:
    """A 404 when an empty answer comes from a value that names no entity (as on the CLI)."""
    if answer.form != QueryForm.SELECT.value or answer.count:
        return
    for param in stored.params:
        kind = entity_kind(param.entity) if param.entity else None
        if kind is None or param.name not in values:
            continue
        names = await run_job(state, kind.query, "json", stored=True)
        bindings = json.loads(names.body)["results"]["bindings"]
        try:
            check_names(kind, values[param.name], (row["name"]["value"] for row in bindings))
        except ParameterError as error:
            raise HTTPProblem(404, str(error)) from error


async def resource(request: Request) -> Response:
    """An entity IRI: HTML for browsers, RDF by content negotiation; 404 when unknown."""
    state = state_of(request)
    path = request.url.path.lstrip("/")
    iri = state.config.base_iri + path
    describer = Describer(state.dataset, state.config.base_iri)
    try:
        triples = describer.triples(iri)
    except (ValueError, UnicodeError):  # the path makes no IRI (a NUL, bytes that are not UTF-8)
        triples = []
    if not triples:
        raise HTTPProblem(404, f"nothing in the graph is called <{iri}>")
    pairs = url_pairs(request, state.config.max_request_bytes)
    offers = [("text/html", "html"), *GRAPH_OFFERS]
    fmt = single(pairs, "format") or negotiate(request.headers.get("accept"), offers)
    if fmt == "html":
        return entity_page(request, describer.view(iri))
    return rdf_response(request, triples, fmt)
