"""The ontology and the JSON-LD context, where their IRIs resolve.

``/ontology`` answers ``https://w3id.org/narcokg/ontology`` and so every ``nk:`` term (hash
IRIs): HTML documentation for browsers, the ontology's Turtle by content negotiation (or
``?format=turtle``). ``/context/1.0.jsonld`` is the published JSON-LD context, readable from any
origin so that JSON-LD processors in browsers can load it.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from narcokg import paths
from narcokg.server.protocol import HTTPProblem, negotiate, single, url_pairs
from narcokg.server.state import state_of

ONTOLOGY_OFFERS = [("text/html", "html"), ("text/turtle", "turtle")]


async def ontology_document(request: Request) -> Response:
    from narcokg.publish.ontology_docs import ontology_html

    pairs = url_pairs(request, state_of(request).config.max_request_bytes)
    fmt = single(pairs, "format") or negotiate(request.headers.get("accept"), ONTOLOGY_OFFERS)
    headers = {"Vary": "Accept"}
    if fmt == "html":
        return HTMLResponse(ontology_html(), headers=headers)
    if fmt == "turtle":
        data = paths.ontology_file().read_bytes()
        return Response(data, media_type="text/turtle", headers=headers)
    raise HTTPProblem(406, "the ontology is offered as text/html or text/turtle")


async def context_document(request: Request) -> Response:
    from narcokg.publish.jsonld import CONTEXT_PATH, context_file

    if request.url.path != CONTEXT_PATH:
        raise HTTPProblem(404, f"no such JSON-LD context: the current one is {CONTEXT_PATH}")
    headers = {"Access-Control-Allow-Origin": "*"}
    return Response(context_file().read_bytes(), media_type="application/ld+json", headers=headers)
