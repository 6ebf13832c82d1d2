"""Fair service under heavy ad-hoc load: a lane for stored queries, a cap per client.

Two rules keep stored queries, linked-data pages and downloads prompt while some clients run
heavy ad-hoc SPARQL (docs/server.md, "Fairness"):

- **A reserved lane.** Stored queries (``/queries/{name}``) run on their own worker(s)
  (``stored_workers``, default 1), which ad-hoc ``/sparql`` queries never use. Stored queries are
  known in advance and bounded, so that lane stays short. Pages and downloads are answered by
  the server process itself, from memory, and never wait for a worker.
- **A cap per client.** One client (by peer address) runs at most ``client_queries`` ad-hoc
  queries at once; more get 429 with ``Retry-After`` at once, so one client cannot hold every
  ad-hoc worker. Behind a reverse proxy every client has the proxy's address: set the cap to
  the number of workers there, or enforce it in the proxy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from narcokg.server.protocol import HTTPProblem


class ClientLimit:
    """How many ad-hoc queries each peer address has running; refuses one over the cap."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._running: Counter[str] = Counter()

    @contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold one of ``client``'s slots for the ``with`` block (the server's event loop only)."""
        if self._running[client] >= self.cap:
            raise HTTPProblem(
                429,
                f"you already have {self.cap} ad-hoc quer{'y' if self.cap == 1 else 'ies'} "
                "running, the most one client may; wait for it to finish (stored queries under "
                "/queries are not limited this way)",
                {"Retry-After": "1"},
            )
        self._running[client] += 1
        try:
            yield
        finally:
            self._running[client] -= 1
            if not self._running[client]:
                del self._running[client]
