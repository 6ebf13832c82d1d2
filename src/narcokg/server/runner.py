"""Run the server under uvicorn, and stop it cleanly on SIGTERM or Ctrl-C, even mid-query.

On a stop signal the worker processes are killed first: a query still running then fails at once
with 503 instead of holding the shutdown for its whole timeout, and uvicorn's graceful shutdown
(bounded) finishes the open connections. The process then exits with status 0.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

import uvicorn

from narcokg.queries.catalogue import load_catalogue
from narcokg.queries.sandbox import describe_isolation
from narcokg.server.app import create_app
from narcokg.server.cache import ResultCache
from narcokg.server.config import ServerConfig
from narcokg.server.dataset import Dataset
from narcokg.server.httpparser import BoundedHttpTools
from narcokg.server.pool import WorkerPool
from narcokg.server.worker import Answer

GRACEFUL_SECONDS = 3


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, *pools: WorkerPool) -> None:
        super().__init__(config)
        self._pools = pools

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        for pool in self._pools:
            pool.close()
        super().handle_exit(sig, frame)


def _ignore(signum: int, frame: FrameType | None) -> None:
    """Installed before uvicorn runs: it re-raises the stop signal after its clean shutdown."""


def serve(config: ServerConfig) -> None:
    """Load the graph, start the workers and serve until a stop signal."""
    catalogue = load_catalogue(*config.query_dirs)
    dataset = Dataset(config.graph_file)
    cache = ResultCache[Answer](config.result_cache_mb << 20) if config.result_cache_mb else None
    pool = WorkerPool(
        config.graph_file, config.workers, config.timeout, config.queue_timeout, cache
    )
    stored = WorkerPool(
        config.graph_file, config.stored_workers, config.timeout, config.queue_timeout, cache
    )
    app = create_app(config, pool, dataset, catalogue, stored)
    settings = uvicorn.Config(
        app,
        host=config.host,
        port=config.port,
        log_level="warning",
        http=BoundedHttpTools,  # named, not "auto": the parser is part of the hostile-input surface
        loop="asyncio",  # never uvloop, even where it is installed
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        h11_max_incomplete_event_size=config.max_request_bytes + 16384,  # the head's limit
        access_log=False,  # logged at "warning" only: skip building each request's line
        proxy_headers=False,  # the peer address is the client (X-Forwarded-For is not believed)
    )
    server = _Server(settings, pool, stored)
    for stop in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop, _ignore)
    print(
        f"narcokg: serving {dataset.triple_count} triples at http://{config.host}:{config.port}/"
        f" ({config.workers} workers + {config.stored_workers} for stored queries, at most "
        f"{config.client_queries} ad-hoc per client, {config.timeout:g} s per query, "
        f"{f'{config.result_cache_mb} MB' if cache is not None else 'no'} result cache)",
        file=sys.stderr,
        flush=True,
    )
    print(f"narcokg: {describe_isolation(pool.isolation())}", file=sys.stderr, flush=True)
    try:
        server.run()
    finally:
        pool.close()
        stored.close()
    print("narcokg: stopped", file=sys.stderr, flush=True)
