"""Load graphs into a triple store through the SPARQL 1.1 Graph Store Protocol.

The triples go as N-Triples in chunks: the first chunk with ``PUT``, which *replaces* the target
graph (so pushing twice leaves the same data), the others with ``POST``, which adds to it.
Triples that share a blank node always travel in the same chunk: a store gives each request's
blank nodes fresh identities, so splitting them would break the graph.

The target is ``STORE?graph=IRI`` for a named graph, ``STORE?default`` for the default graph
(for Oxigraph ``STORE`` is ``http://HOST:PORT/store``). A refusal quotes the server's status
and the start of its answer, and says when the store is left holding part of the graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from narcokg.errors import EndpointError, InputError
from narcokg.queries.credentials import Credentials
from narcokg.queries.remote import excerpt

if TYPE_CHECKING:
    import pyoxigraph

DEFAULT_CHUNK = 50_000
NTRIPLES = "application/n-triples"


class StoreAuthError(EndpointError):
    """The store wants (other) credentials: HTTP 401."""


@dataclass(frozen=True)
class PushReport:
    """What was pushed where."""

    target: str
    triples: int
    chunks: int


def target_url(store: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (None: the default graph).

    >>> target_url("http://localhost:7878/store", "https://w3id.org/narcokg/graph")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fnarcokg%2Fgraph'
    >>> target_url("http://localhost:7878/store", None)
    'http://localhost:7878/store?default'
    """
    if not store.startswith(("http://", "https://")):
        raise InputError(
            f"--store must be an http(s) URL such as http://localhost:7878/store, not {store!r}"
        )
    separator = "&" if "?" in store else "?"
    return store + separator + ("default" if graph is None else "graph=" + quote(graph, safe=""))


def read_triples(files: Sequence[Path]) -> list[pyoxigraph.Triple]:
    """The distinct triples of the given Turtle / N-Triples files."""
    from narcokg.build.store import load_triples

    seen: set[pyoxigraph.Triple] = set()
    for path in files:
        try:
            seen.update(load_triples(path))
        except (SyntaxError, OSError) as error:
            raise InputError(f"cannot read {path}: {error}") from error
    return sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def make_chunks(triples: Sequence[pyoxigraph.Triple], size: int) -> list[list[pyoxigraph.Triple]]:
    """Chunks of about ``size`` triples; triples linked by blank nodes stay together."""
    if size < 1:
        raise InputError(f"the chunk size must be at least 1, not {size}")
    chunks: list[list[pyoxigraph.Triple]] = [[]]
    for group in _blank_node_groups(triples):
        if chunks[-1] and len(chunks[-1]) + len(group) > size:
            chunks.append([])
        chunks[-1].extend(group)
    return chunks


def _blank_node_groups(triples: Sequence[pyoxigraph.Triple]) -> Iterable[list[pyoxigraph.Triple]]:
    """The triples in their order, those sharing blank nodes (transitively) grouped together."""
    parent: dict[str, str] = {}

    def root(label: str) -> str:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    labels = [_blank_labels(t) for t in triples]
    for found in labels:
        for other in found[1:]:
            parent[root(other)] = root(found[0])
    groups: dict[str, list[pyoxigraph.Triple]] = {}
    for triple, found in zip(triples, labels, strict=True):
        if not found:
            yield [triple]
        else:
            groups.setdefault(root(found[0]), []).append(triple)
    yield from groups.values()


def _blank_labels(triple: pyoxigraph.Triple) -> list[str]:
    import pyoxigraph as ox

    labels: list[str] = []
    for term in (triple.subject, triple.object):
        if isinstance(term, ox.BlankNode):
            labels.append(term.value)
    return labels


def push_triples(
    triples: Sequence[pyoxigraph.Triple],
    store: str,
    *,
    graph: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    credentials: Credentials | None = None,
    timeout: float = 300.0,
    progress: Callable[[int], None] | None = None,
) -> PushReport:
    """Replace ``graph`` in ``store`` by ``triples``: PUT the first chunk, POST the others."""
    import httpx

    url = target_url(store, graph)
    chunks = make_chunks(triples, chunk_size)
    with httpx.Client(timeout=timeout, auth=_auth(credentials),
                      headers=credentials.headers() if credentials else {}) as client:  # fmt: skip
        for number, chunk in enumerate(chunks, start=1):
            method = "PUT" if number == 1 else "POST"
            _send_chunk(client, method, url, chunk, (number, len(chunks)))
            if progress is not None:
                progress(len(chunk))
    return PushReport(url, len(triples), len(chunks))


def push_asking(
    triples: Sequence[pyoxigraph.Triple],
    store: str,
    *,
    credentials: Credentials | None,
    ask_credentials: Callable[[], Credentials] | None = None,
    **options: Any,
) -> PushReport:
    """:func:`push_triples`; when the store answers 401 to a push without credentials, ask for
    them once (``ask_credentials``, for example a prompt) and push again."""
    try:
        return push_triples(triples, store, credentials=credentials, **options)
    except StoreAuthError:
        if credentials is not None or ask_credentials is None:
            raise
    return push_triples(triples, store, credentials=ask_credentials(), **options)


def _send_chunk(
    client: Any, method: str, url: str, chunk: list[pyoxigraph.Triple], position: tuple[int, int]
) -> None:
    import httpx
    import pyoxigraph as ox

    body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES) if chunk else b""
    number, total = position
    partial = (
        f" The store now holds only the first {number - 1} of {total} chunks: push again."
        if number > 1 else ""
    )  # fmt: skip
    try:
        response = client.request(method, url, content=body, headers={"Content-Type": NTRIPLES})
    except httpx.HTTPError as error:
        raise EndpointError(
            f"{method} {url} failed: {type(error).__name__}: {error}.{partial}"
        ) from error
    if response.status_code in (200, 201, 204):
        return
    error_class = StoreAuthError if response.status_code == 401 else EndpointError
    hint = " Set NARCOKG_STORE_USER and NARCOKG_STORE_PASSWORD, or NARCOKG_STORE_TOKEN."
    raise error_class(
        f"the store answered HTTP {response.status_code} {response.reason_phrase} to {method} "
        f"{url} (chunk {number} of {total}): {excerpt(response.content)}.{partial}"
        + (hint if response.status_code == 401 else "")
    )


def _auth(credentials: Credentials | None) -> Any:
    import httpx

    if credentials is None or credentials.scheme == "bearer":
        return None
    if credentials.scheme == "digest":
        return httpx.DigestAuth(credentials.user, credentials.secret)
    return httpx.BasicAuth(credentials.user, credentials.secret)


def fetch_graph(
    store: str, graph: str | None, *, credentials: Credentials | None = None, timeout: float = 300.0
) -> bytes:
    """The N-Triples of ``graph`` in ``store``, by a Graph Store Protocol GET."""
    import httpx

    url = target_url(store, graph)
    headers = {"Accept": NTRIPLES, **(credentials.headers() if credentials else {})}
    try:
        response = httpx.get(url, headers=headers, auth=_auth(credentials), timeout=timeout)
    except httpx.HTTPError as error:
        raise EndpointError(f"GET {url} failed: {type(error).__name__}: {error}") from error
    if response.status_code != 200:
        raise EndpointError(
            f"the store answered HTTP {response.status_code} to GET {url}: "
            f"{excerpt(response.content)}"
        )
    return response.content
