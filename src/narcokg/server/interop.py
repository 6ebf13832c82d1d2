"""What browsers and other clients expect: CORS preflight, format aliases, an HTML /dataset.

- ``OPTIONS /sparql`` answers a CORS preflight, so a SPARQL client on another origin (YASGUI)
  can POST a query. The endpoint is read-only and uses no cookies or credentials, so any origin
  may ask; the answers already carry ``Access-Control-Allow-Origin: *``.
- ``format=`` on RDF resources takes the usual short names (``ttl``, ``nt``, ``json-ld``,
  ``jsonld``, ``rdf``, ``xml``) as well as narcokg's own and media types.
- ``/dataset`` renders as an HTML page for browsers.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
    "Allow": "GET, POST, OPTIONS",
}


def preflight() -> Response:
    """The answer to a CORS preflight (or a plain OPTIONS) on the query endpoint."""
    return Response(status_code=204, headers=PREFLIGHT_HEADERS)


def dataset_page(request: Request, triples: list[Any], about: str) -> HTMLResponse:
    """The dataset description as a page: its statements about ``about``, then the rest."""
    from narcokg.server.pages import render

    rows: dict[str, list[tuple[str, bool]]] = {}
    for triple in triples:
        if str(triple.subject.value if hasattr(triple.subject, "value") else "") != about:
            continue
        value = triple.object
        is_link = type(value).__name__ == "NamedNode"
        rows.setdefault(str(triple.predicate.value), []).append((str(value.value), is_link))
    facts = sorted(rows.items())
    return render(request, "dataset.html", about=about, facts=facts)
