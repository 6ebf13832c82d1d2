"""An OpenAPI 3.1 description of the named-query API (one path per stored query) and /sparql."""

from __future__ import annotations

from typing import Any

from narcokg.queries.catalogue import Catalogue, Param, StoredQuery

SCHEMAS = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "decimal": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "iri": {"type": "string", "format": "iri"},
}
RESULT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
ERRORS = {
    "400": "malformed query, bad or repeated parameter, or a refused feature",
    "403": "SPARQL Update is refused (read-only)",
    "406": "no acceptable media type",
    "413": "request too large",
    "422": "the answer exceeds the row limit",
    "503": "every worker busy, or the server stopping",
    "504": "the query ran past the time limit and was stopped",
}


def openapi_document(catalogue: Catalogue, site: str) -> dict[str, Any]:
    paths: dict[str, Any] = {f"/queries/{q.name}": {"get": _operation(q)} for q in catalogue}
    paths["/sparql"] = {"get": _sparql_operation()}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "narcokg",
            "version": "1",
            "description": "Stored SPARQL queries over the narcokg graph, with typed "
            "parameters, and a read-only SPARQL 1.1 Protocol endpoint.",
        },
        "servers": [{"url": site}],
        "paths": paths,
    }


def _parameter(param: Param) -> dict[str, Any]:
    return {
        "name": param.name,
        "in": "query",
        "required": param.required,
        "description": param.description,
        "example": param.example,
        "schema": SCHEMAS[param.type],
    }


def _format_parameter() -> dict[str, Any]:
    return {
        "name": "format",
        "in": "query",
        "required": False,
        "description": "the result format, instead of the Accept header",
        "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "html"]},
    }


def _responses() -> dict[str, Any]:
    ok = {"description": "the answer", "content": {t: {} for t in RESULT_TYPES}}
    return {"200": ok, **{code: {"description": text} for code, text in ERRORS.items()}}


def _operation(query: StoredQuery) -> dict[str, Any]:
    return {
        "operationId": query.name.replace("-", "_"),
        "summary": query.summary,
        "description": query.description,
        "parameters": [*(_parameter(p) for p in query.params), _format_parameter()],
        "responses": _responses(),
    }


def _sparql_operation() -> dict[str, Any]:
    query = {
        "name": "query",
        "in": "query",
        "required": True,
        "schema": {"type": "string"},
        "description": "SPARQL 1.1 query text (SELECT, ASK, CONSTRUCT, DESCRIBE)",
    }
    return {
        "operationId": "sparql",
        "summary": "Run a read-only SPARQL query",
        "parameters": [query],
        "responses": _responses(),
    }
