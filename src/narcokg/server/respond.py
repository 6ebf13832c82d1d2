"""What every endpoint answers with: a worker-pool job mapped to HTTP problems, and triples in
the RDF format the request asked for. Internal."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from narcokg.server.encode import MEDIA_TYPES, encode_graph
from narcokg.server.protocol import (
    GRAPH_OFFERS,
    WORKER_STATUS,
    HTTPProblem,
    graph_format,
    negotiate,
)
from narcokg.server.state import ServerState
from narcokg.server.worker import Answer, Job, WorkerError

ANSWER_HEADERS = {"Access-Control-Allow-Origin": "*", "Vary": "Accept"}


async def run_job(state: ServerState, text: str, fmt: str, *, stored: bool = False) -> Answer:
    """The worker pool's answer, or the :class:`HTTPProblem` its failure maps to.

    A stored query runs in the stored queries' own lane (:mod:`.fairness`) when there is one.
    """
    pool = state.stored_pool if stored and state.stored_pool is not None else state.pool
    try:
        return await pool.run(Job(text, fmt, state.config.max_rows))
    except WorkerError as error:
        status = WORKER_STATUS.get(error.kind, 500)
        headers = {"Retry-After": "1"} if status == 503 else {}
        raise HTTPProblem(status, error.message, headers) from error


def rdf_response(request: Request, triples: list[Any], given_format: str | None) -> Response:
    """Triples in the format asked for (``format=`` or ``Accept``; Turtle by default)."""
    offers = list(GRAPH_OFFERS)
    fmt = graph_format(given_format) or negotiate(request.headers.get("accept"), offers)
    if fmt not in {name for _, name in offers}:
        types = ", ".join(media for media, _ in offers)
        raise HTTPProblem(406 if given_format is None else 400, f"this resource is RDF: {types}")
    return Response(encode_graph(triples, fmt), media_type=MEDIA_TYPES[fmt], headers=ANSWER_HEADERS)
