"""``narcokg serve``: the graph over HTTP (SPARQL 1.1 Protocol, linked data, named queries, UI).

Layout, one job per module:

- :mod:`.config`       the server's settings (:class:`ServerConfig`)
- :mod:`.worker`       query execution in a pool of killable worker processes (hard timeouts)
- :mod:`.fairness`     the stored queries' own lane and the cap on ad-hoc queries per client
- :mod:`.interop`      CORS preflight, ``format=`` aliases, ``/dataset`` as HTML
- :mod:`.encode`       results as bytes in each SPARQL results / RDF format
- :mod:`.protocol`     SPARQL 1.1 Protocol parsing, content negotiation, HTTP errors
- :mod:`.respond`      a worker job mapped to HTTP problems; triples in the negotiated RDF format
- :mod:`.linked_data`  what the graph says about an entity IRI (the view behind ``/id/...``)
- :mod:`.endpoints`    ``/sparql``, ``/queries`` and entity-IRI handlers (HTML or RDF)
- :mod:`.dataset`      downloads (ETag, sha256), VoID/DCAT, service description, catalogue as RDF
- :mod:`.openapi`      the OpenAPI description of the named-query API
- :mod:`.pages`        server-rendered HTML pages (home, editor, chart, results)
- :mod:`.app`          the Starlette application: routes, lifespan, error handlers
- :mod:`.runner`       uvicorn with a clean SIGTERM stop

Nothing here is imported by the CLI until ``narcokg serve`` runs.

Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).
"""

from __future__ import annotations

from narcokg.server.config import ServerConfig

__all__ = ["ServerConfig"]
