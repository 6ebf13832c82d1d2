"""What every request handler shares: the settings, the workers, the dataset and the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request

from narcokg.queries.catalogue import Catalogue
from narcokg.server.config import ServerConfig
from narcokg.server.dataset import Dataset
from narcokg.server.fairness import ClientLimit
from narcokg.server.pool import WorkerPool


@dataclass
class ServerState:
    config: ServerConfig
    pool: WorkerPool
    dataset: Dataset
    catalogue: Catalogue
    #: The stored queries' own lane (None: they share ``pool``), and the cap per client.
    stored_pool: WorkerPool | None = None
    clients: ClientLimit = field(default_factory=lambda: ClientLimit(1))


def state_of(request: Request) -> ServerState:
    state = request.app.state.narcokg
    assert isinstance(state, ServerState)
    return state


def site_of(request: Request) -> str:
    """The server's own URL as the client reached it, without a trailing slash."""
    return str(request.base_url).rstrip("/")
