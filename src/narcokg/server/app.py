"""The Starlette application: routes, error answers, downloads and the small resources.

Routes (see docs/server.md): ``/`` home, ``/sparql`` endpoint, ``/queries`` and
``/queries/{name}`` named queries, ``/openapi.json``, ``/editor``, ``/chart``, ``/id/…`` and
``/concept/…`` linked data, ``/download/{file}`` and ``/dataset`` (VoID/DCAT), ``/ontology``
(documentation) and ``/context/1.0.jsonld`` (the JSON-LD context), ``/rdf-graphs``
(Graph Store Protocol, read only), ``/static/…``, ``/health``.
"""

from __future__ import annotations

from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from narcokg.queries.catalogue import Catalogue
from narcokg.server.config import ServerConfig
from narcokg.server.dataset import Dataset, describe_dataset
from narcokg.server.endpoints import list_queries, resource, run_stored_query, sparql
from narcokg.server.fairness import ClientLimit
from narcokg.server.openapi import openapi_document
from narcokg.server.pages import chart_page, editor_page, home_page
from narcokg.server.pool import WorkerPool
from narcokg.server.protocol import HTTPProblem, single, url_pairs
from narcokg.server.published import context_document, ontology_document
from narcokg.server.respond import rdf_response
from narcokg.server.state import ServerState, site_of, state_of

STATIC = Path(__file__).resolve().parent / "static"
WRITE_METHODS = ["PUT", "POST", "DELETE", "PATCH"]


async def download(request: Request) -> Response:
    """A whole-graph download, with its ETag, sha256 digest and 304 for a current copy."""
    state = state_of(request)
    name = request.path_params["name"]
    if name == "SHA256SUMS":
        return PlainTextResponse(state.dataset.checksums())
    item = state.dataset.downloads.get(name)
    if item is None:
        files = ", ".join(state.dataset.downloads)
        raise HTTPProblem(404, f"no download is called {name!r}: there are {files}, SHA256SUMS")
    headers = {
        "ETag": item.etag,
        "Repr-Digest": item.digest_header,
        "Cache-Control": "no-cache",
        "Content-Disposition": f'attachment; filename="{item.name}"',
    }
    if item.etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    return FileResponse(item.path, media_type=item.media_type, headers=headers)


async def dataset_description(request: Request) -> Response:
    state = state_of(request)
    given = single(url_pairs(request, state.config.max_request_bytes), "format")
    triples = describe_dataset(state.dataset, site_of(request), state.config.base_iri)
    if given in (None, "html") and _wants_html(request, given):
        from narcokg.server.interop import dataset_page

        return dataset_page(request, triples, f"{site_of(request)}/dataset")
    return rdf_response(request, triples, given)


def _wants_html(request: Request, given: str | None) -> bool:
    from narcokg.server.endpoints import HTML_OFFER
    from narcokg.server.protocol import GRAPH_OFFERS, negotiate

    accept = request.headers.get("accept")
    return given == "html" or negotiate(accept, [*GRAPH_OFFERS, HTML_OFFER]) == "html"


async def graph_store(request: Request) -> Response:
    """Graph Store Protocol, read only: GET gives the graph; writes are refused with 405."""
    if request.method in WRITE_METHODS:
        raise HTTPProblem(
            405,
            "the graph store is read-only: PUT, POST, DELETE and PATCH are refused",
            {"Allow": "GET, HEAD"},
        )
    state = state_of(request)
    pairs = url_pairs(request, state.config.max_request_bytes)
    if single(pairs, "graph") is not None or single(pairs, "default") is None:
        raise HTTPProblem(400, "there is only the default graph: use /rdf-graphs?default")
    item = state.dataset.downloads["narcokg.ttl"]
    return FileResponse(item.path, media_type=item.media_type, headers={"ETag": item.etag})


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document(state_of(request).catalogue, site_of(request)))


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok", "triples": state_of(request).dataset.triple_count})


async def void_redirect(request: Request) -> Response:
    return RedirectResponse("/dataset", status_code=303)


async def problem(request: Request, error: Exception) -> Response:
    """Every refused request: its status and a one-line message a person can act on."""
    if isinstance(error, HTTPProblem):
        status, message, headers = error.status, error.message, error.headers
    else:
        assert isinstance(error, HTTPException)
        status, message, headers = error.status_code, str(error.detail), dict(error.headers or {})
    return PlainTextResponse(f"error: {message}\n", status_code=status, headers=headers)


def create_app(
    config: ServerConfig,
    pool: WorkerPool,
    dataset: Dataset,
    catalogue: Catalogue,
    stored_pool: WorkerPool | None = None,
) -> Starlette:
    """The application over an already started worker pool."""
    routes = [  # the two query routes first: matched in order, on every request
        Route("/sparql", sparql, methods=["GET", "POST", "OPTIONS"]),
        Route("/queries/{name}", run_stored_query),
        Route("/", home_page),
        Route("/queries", list_queries),
        Route("/openapi.json", openapi),
        Route("/editor", editor_page),
        Route("/chart", chart_page),
        Route("/id/{path:path}", resource),
        Route("/concept/{path:path}", resource),
        Route("/download/{name}", download),
        Route("/dataset", dataset_description),
        Route("/ontology", ontology_document),
        Route("/context/{name}", context_document),
        Route("/.well-known/void", void_redirect),
        Route("/rdf-graphs", graph_store, methods=["GET", "HEAD", *WRITE_METHODS]),
        Route("/health", health),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    handlers = {HTTPProblem: problem, HTTPException: problem}
    app = Starlette(routes=routes, exception_handlers=handlers)
    clients = ClientLimit(config.client_queries)
    app.state.narcokg = ServerState(config, pool, dataset, catalogue, stored_pool, clients)
    return app
