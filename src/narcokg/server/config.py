"""The server's settings, fixed when it starts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The IRI prefix the server answers for: ``<base>id/X`` is served at ``/id/X`` and
#: ``<base>concept/X`` at ``/concept/X``.
DEFAULT_BASE_IRI = "https://w3id.org/narcokg/"


@dataclass(frozen=True)
class ServerConfig:
    """What ``narcokg serve`` publishes and the limits it enforces.

    ``base_iri`` is the IRI prefix of the graph's entities: ``<base_iri>id/X`` is served at
    ``/id/X``, so a redirect from the shipped IRIs to this server resolves them.
    ``timeout`` (seconds) bounds the execution of one query; ``max_rows`` bounds the rows (or
    triples) of one answer; ``max_request_bytes`` bounds a request body or query string.
    """

    graph_file: Path
    query_dirs: tuple[Path, ...]
    host: str = "127.0.0.1"
    port: int = 8000
    base_iri: str = DEFAULT_BASE_IRI
    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 64 * 1024
    workers: int = 2
    queue_timeout: float = 10.0
    title: str = "narcokg"
    #: Workers kept for stored queries only, and ad-hoc queries one client may run at once.
    stored_workers: int = 1
    client_queries: int = 1
    #: Megabytes of encoded answers kept for repeated queries (:mod:`.cache`); 0 turns it off.
    result_cache_mb: int = 64

    def __post_init__(self) -> None:
        if min(self.timeout, self.max_rows, self.workers, self.queue_timeout) <= 0:
            raise ValueError("timeout, max_rows, workers and queue_timeout must be positive")
        if min(self.stored_workers, self.client_queries) <= 0:
            raise ValueError("stored_workers and client_queries must be positive")
        if self.result_cache_mb < 0:
            raise ValueError("result_cache_mb must be 0 (off) or more")
        if not self.base_iri.endswith(("/", "#")):
            raise ValueError(f"the base IRI {self.base_iri!r} must end with / or #")
