"""SPARQL 1.1 Protocol: read a query request, check it, and choose the answer's format.

Status codes (documented in docs/server.md):

- 400 malformed query, duplicated or conflicting parameter, ``SERVICE`` / ``LOAD`` / ``FROM`` /
  ``default-graph-uri`` / ``named-graph-uri`` (narcokg answers from its one graph only),
  a ``format`` that does not fit the query form, a bad stored-query parameter;
- 403 any SPARQL Update (by ``update=``, ``application/sparql-update`` or update keywords);
- 405 a method the resource does not allow (Graph Store writes included);
- 406 no offered media type is acceptable; 413 body too large; 414 query string too long;
  415 a POST body that is neither form-encoded nor ``application/sparql-query``;
- 422 the answer exceeds the row limit; 503 every worker busy, or the server stopping;
  504 the query ran past the time limit and was stopped.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from starlette.requests import Request

from narcokg.errors import UnsafeQueryError
from narcokg.queries.safety import UPDATE_WORDS, QueryForm, check_query, read_query

#: (media type, format) pairs in order of preference; the first is the default.
RESULT_OFFERS = (
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
)
GRAPH_OFFERS = (
    ("text/turtle", "turtle"),
    ("application/x-turtle", "turtle"),
    ("application/n-triples", "ntriples"),
    ("text/plain", "ntriples"),
    ("application/ld+json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
)
WORKER_STATUS = {
    "syntax": 400,
    "unsafe": 400,
    "too-large": 422,
    "failed": 500,
    "busy": 503,
    "gone": 503,
    "timeout": 504,
}


class HTTPProblem(Exception):
    """An error answer: its status and a message a person can act on."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(frozen=True)
class QueryRequest:
    text: str
    formats: tuple[str, ...]


def parse_accept(header: str) -> list[tuple[str, float]]:
    """The media ranges of an ``Accept`` header with their quality.

    >>> parse_accept("text/html, */*;q=0.5")
    [('text/html', 1.0), ('*/*', 0.5)]
    """
    ranges: list[tuple[str, float]] = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media.lower(), quality))
    return ranges


def _quality(offer: str, ranges: list[tuple[str, float]]) -> float:
    """The quality of ``offer`` under the most specific matching range (0 when none matches)."""
    main = offer.split("/")[0]
    best: tuple[int, float] = (0, 0.0)
    for media, quality in ranges:
        rank = 3 if media == offer else 2 if media == f"{main}/*" else 1 if media == "*/*" else 0
        if rank > best[0]:
            best = (rank, quality)
    return best[1]


def negotiate(header: str | None, offers: Sequence[tuple[str, str]]) -> str | None:
    """The format of the best offer for ``header``; the first offer when there is no header.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_OFFERS)
    'xml'
    >>> negotiate("image/png", RESULT_OFFERS) is None
    True
    """
    if header is None or not header.strip():
        return offers[0][1]
    if len(header) > REMEMBERED_ACCEPT_CHARS:
        return _negotiate(header, tuple(offers))
    return _negotiated(header, tuple(offers))


#: ``Accept`` headers up to this long have their choice remembered (a client repeats its own).
REMEMBERED_ACCEPT_CHARS = 256


@lru_cache(maxsize=256)
def _negotiated(header: str, offers: tuple[tuple[str, str], ...]) -> str | None:
    return _negotiate(header, offers)


def _negotiate(header: str, offers: Sequence[tuple[str, str]]) -> str | None:
    """:func:`negotiate` itself: a pure function of the header and the offers."""
    ranges = parse_accept(header)
    chosen, best = None, 0.0
    for media, fmt in offers:
        quality = _quality(media, ranges)
        if quality > best:
            chosen, best = fmt, quality
    return chosen


def choose_format(form: QueryForm, accept: str | None, given: Sequence[str] = ()) -> str:
    """The answer's format: from ``format`` parameters if given, else by ``Accept`` (406 if none).

    A ``format`` value is a name (``csv``) or a media type (``text/csv``); repeating the same
    choice in both spellings is fine (SPARQLWrapper does), two different choices are a 400.
    """
    offers = GRAPH_OFFERS if form in (QueryForm.CONSTRUCT, QueryForm.DESCRIBE) else RESULT_OFFERS
    names = list(dict.fromkeys(fmt for _, fmt in offers))
    chosen = {_format_named(value, offers) for value in given}
    if len(chosen) > 1:
        raise HTTPProblem(400, f"conflicting format parameters: {', '.join(sorted(given))}")
    if chosen:
        fmt = chosen.pop()
        if fmt not in names:
            raise HTTPProblem(
                400, f"format={fmt!r} does not fit a {form} query: use one of {', '.join(names)}"
            )
        return fmt
    negotiated = negotiate(accept, offers)
    if negotiated is None:
        types = ", ".join(media for media, _ in offers)
        raise HTTPProblem(
            406,
            f"none of the Accept header's types can be given for a {form} query; accepted: {types}",
        )
    return negotiated


#: Other spellings of format names that clients send (SPARQLWrapper among them).
FORMAT_ALIASES = {
    "n3": "turtle",
    "ttl": "turtle",
    "json-ld": "jsonld",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "rdf+xml": "rdfxml",
    "rdf": "rdfxml",
}


def _format_named(value: str, offers: Sequence[tuple[str, str]]) -> str:
    """The format a ``format`` value names: a name, an alias or a (list of) media type(s).

    >>> _format_named("application/ld+json,application/x-json+ld", GRAPH_OFFERS)
    'jsonld'
    """
    by_media = dict(offers)
    for piece in value.split(","):
        word = piece.split(";")[0].strip().lower()
        if word in by_media:
            return by_media[word]
        if word in FORMAT_ALIASES or word in by_media.values():
            return FORMAT_ALIASES.get(word, word)
    if value == "xml" and offers is GRAPH_OFFERS:
        return "rdfxml"
    return value


def check_text(text: str) -> QueryForm:
    """The query form of ``text``; 403 for an update, 400 for what reaches out or is not SPARQL."""
    from narcokg.errors import QueryLimitError, QuerySyntaxError

    try:
        return check_query(text)
    except UnsafeQueryError as error:
        if read_query(text).keywords & (UPDATE_WORDS - {"LOAD"}):
            raise HTTPProblem(403, f"{error} (this endpoint is read-only)") from error
        raise HTTPProblem(400, str(error)) from error
    except (QuerySyntaxError, QueryLimitError) as error:
        raise HTTPProblem(400, str(error)) from error


def single(pairs: Sequence[tuple[str, str]], name: str) -> str | None:
    """The one value of parameter ``name``; 400 when it is given more than once."""
    values = [value for key, value in pairs if key == name]
    if len(values) > 1:
        raise HTTPProblem(400, f"parameter {name!r} is given {len(values)} times; give it once")
    return values[0] if values else None


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) one larger than ``limit`` bytes before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPProblem(400, "the Content-Length header is not a number")
        if int(declared) > limit:
            raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> HTTPProblem:
    return HTTPProblem(413, f"the request is larger than the server's limit of {limit} bytes")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HTTPProblem(400, f"the request is not UTF-8: {error}") from error


def url_pairs(request: Request, limit: int) -> list[tuple[str, str]]:
    """The query-string parameters (414 when the query string is longer than ``limit``)."""
    raw = request.scope.get("query_string", b"")
    if len(raw) > limit:
        raise HTTPProblem(
            414, f"the query string is longer than {limit} bytes; send the query by POST instead"
        )
    return urllib.parse.parse_qsl(_decode(raw), keep_blank_values=True)


async def read_sparql_request(request: Request, limit: int) -> QueryRequest | None:
    """The query of a SPARQL Protocol request, or None for a GET without one."""
    pairs = url_pairs(request, limit)
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            raise HTTPProblem(403, "SPARQL Update is refused: this endpoint is read-only")
        if kind not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            raise HTTPProblem(
                415,
                f"POST a query as application/x-www-form-urlencoded or "
                f"application/sparql-query, not {kind or 'no media type'!r}",
            )
        body = _decode(await read_body(request, limit))
        if kind == "application/sparql-query":
            if single(pairs, "query") is not None:
                raise HTTPProblem(400, "the query is both in the URL and in the body; send it once")
            pairs.append(("query", body))
        else:
            pairs += urllib.parse.parse_qsl(body, keep_blank_values=True)
    return _query_from(pairs, request.method)


def _query_from(pairs: list[tuple[str, str]], method: str) -> QueryRequest | None:
    names = {key for key, _ in pairs}
    if "update" in names:
        raise HTTPProblem(403, "SPARQL Update is refused: this endpoint is read-only")
    for name in ("default-graph-uri", "named-graph-uri"):
        if name in names:
            raise HTTPProblem(
                400,
                f"{name} is refused: narcokg answers from its one graph and "
                "never fetches another; drop the parameter",
            )
    text = single(pairs, "query")
    if text is None:
        if method == "GET" and not names:
            return None
        raise HTTPProblem(400, "no query: give the SPARQL text as the `query` parameter")
    return QueryRequest(text, values_of(pairs, "format"))


def values_of(pairs: Sequence[tuple[str, str]], name: str) -> tuple[str, ...]:
    return tuple(value for key, value in pairs if key == name)


def graph_format(value: str | None) -> str | None:
    """The RDF format a ``format=`` value names, aliases included (unknown values unchanged).

    >>> [graph_format(v) for v in ("ttl", "nt", "json-ld", "jsonld", "rdf", "text/turtle")]
    ['turtle', 'ntriples', 'jsonld', 'jsonld', 'rdfxml', 'turtle']
    """
    return None if value is None else _format_named(value.strip(), GRAPH_OFFERS)
