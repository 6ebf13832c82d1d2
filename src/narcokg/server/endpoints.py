"""``/sparql`` (SPARQL 1.1 Protocol) and ``/queries`` (the stored queries as an API).

Every query, ad hoc or stored, goes the same way: :func:`.protocol.check_text` (read-only, no
``SERVICE`` / ``LOAD`` / ``FROM``), a format chosen by ``format=`` or ``Accept``, then one job for
the worker pool, whose answer is sent whole or replaced by an error status.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from narcokg.errors import ParameterError, UnknownQueryError
from narcokg.queries.catalogue import render_query
from narcokg.queries.catalogue_view import catalogue_entries
from narcokg.queries.safety import QueryForm
from narcokg.server.dataset import describe_catalogue, describe_service
from narcokg.server.encode import MEDIA_TYPES, encode_graph
from narcokg.server.protocol import (
    GRAPH_OFFERS,
    RESULT_OFFERS,
    WORKER_STATUS,
    HTTPProblem,
    check_text,
    choose_format,
    negotiate,
    read_sparql_request,
    single,
    url_pairs,
    values_of,
)
from narcokg.server.state import ServerState, site_of, state_of
from narcokg.server.worker import Answer, Job, WorkerError

HTML_OFFER = ("text/html", "html")
ANSWER_HEADERS = {"Access-Control-Allow-Origin": "*", "Vary": "Accept"}


async def run_job(state: ServerState, text: str, fmt: str, *, stored: bool = False) -> Answer:
    """The worker pool's answer, or the :class:`HTTPProblem` its failure maps to.

    A stored query runs in the stored queries' own lane (:mod:`.fairness`) when there is one.
    """
    pool = state.stored_pool if stored and state.stored_pool is not None else state.pool
    try:
        return await pool.run(Job(text, fmt, state.config.max_rows))
    except WorkerError as error:
        status = WORKER_STATUS.get(error.kind, 500)
        headers = {"Retry-After": "1"} if status == 503 else {}
        raise HTTPProblem(status, error.message, headers) from error


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
    headers = {**ANSWER_HEADERS, "X-NarcoKG-Count": str(answer.count)}
    return Response(answer.body, media_type=MEDIA_TYPES[fmt], headers=headers)


def rdf_response(request: Request, triples: list[Any], given_format: str | None) -> Response:
    """Triples in the format asked for (``format=`` or ``Accept``; Turtle by default)."""
    from narcokg.server.interop import graph_format

    offers = list(GRAPH_OFFERS)
    fmt = graph_format(given_format) or negotiate(request.headers.get("accept"), offers)
    if fmt not in {name for _, name in offers}:
        types = ", ".join(media for media, _ in offers)
        raise HTTPProblem(406 if given_format is None else 400, f"this resource is RDF: {types}")
    return Response(encode_graph(triples, fmt), media_type=MEDIA_TYPES[fmt], headers=ANSWER_HEADERS)


async def sparql(request: Request) -> Response:
    """The SPARQL 1.1 Protocol endpoint; without a query, its service description."""
    if request.method == "OPTIONS":
        from narcokg.server.interop import preflight

        return preflight()
    state = state_of(request)
    parsed = await read_sparql_request(request, state.config.max_request_bytes)
    if parsed is None:
        if negotiate(request.headers.get("accept"), [*GRAPH_OFFERS, HTML_OFFER]) == "html":
            from narcokg.server.pages import editor_page

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
        from narcokg.server.pages import home_page

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
        text = render_query(stored, values)
    except ParameterError as error:
        raise HTTPProblem(400, str(error)) from error
    given = values_of(pairs, "format")
    wants_html = given == ("html",) or (
        not given
        and negotiate(request.headers.get("accept"), [*RESULT_OFFERS, HTML_OFFER]) == "html"
    )
    if wants_html and check_text(text) in (QueryForm.SELECT, QueryForm.ASK):
        from narcokg.server.pages import results_page

        answer = await run_job(state, text, "json", stored=True)
        return results_page(request, stored, values, answer)
    return await answer_query(request, text, given, stored=True)
