"""Query execution in worker processes that can be killed: a timeout really stops the work.

Each worker is a separate process holding its own pyoxigraph store of the graph. The server sends
it ``(query text, format, max rows)`` over a pipe and waits at most ``timeout`` seconds for the
encoded answer; a worker that overruns is killed (SIGKILL) and a fresh one started in its place,
so a cartesian product cannot pin a core. The answer is complete bytes or an error, decided
before the HTTP response starts: no client ever gets a truncated result.

A worker exits by itself when the server process that started it is gone. Its first act is to
leave the network (:mod:`narcokg.queries.sandbox`): query text runs where no request can be made.
Any error the engine raises is an error answer; the worker lives on.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import select
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narcokg.errors import (
    NarcoKGError,
    QuerySyntaxError,
    ResultTooLargeError,
    UnsafeQueryError,
)

if TYPE_CHECKING:
    from narcokg.queries.engines import LocalEngine

_START_TIMEOUT = 120.0
GONE = "the query worker stopped (the server may be shutting down); try again"
#: Tests only: set to run queries unchecked, to show that the network layer alone stops SERVICE.
UNCHECKED_FOR_TESTS = "NARCOKG_TEST_UNCHECKED_QUERIES"


@dataclass(frozen=True)
class Job:
    text: str
    fmt: str
    max_rows: int


@dataclass(frozen=True)
class Answer:
    """The encoded answer of a query and the query form it came from."""

    body: bytes
    fmt: str
    form: str
    count: int
    #: True when the answer came from the server's result cache (:mod:`.cache`).
    cached: bool = False


class WorkerError(Exception):
    """A query could not be answered; ``kind`` says why (see :mod:`.protocol` for the statuses)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


# --- inside the worker process ------------------------------------------------------------


def worker_main(conn: Connection, graph_file: str, parent_pid: int) -> None:
    """Load the graph, then answer jobs until the pipe closes or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from narcokg.queries.sandbox import isolate_network

    isolation = isolate_network()  # before any query text is read
    fd = conn.fileno()
    try:  # the on-disk store, read-only and shared by every worker, when the graph is large
        identity, engine = _open(Path(graph_file))
    except (NarcoKGError, OSError) as error:
        write_frame(fd, _dump(("fatal", str(error))))
        return
    write_frame(fd, _dump(("ready", (0, isolation, identity))))  # counting triples walks a store
    frames = FrameReader(fd)
    while (job := frames.next(parent_pid)) is not None:
        try:
            write_frame(fd, _dump(answer_job(engine, pickle.loads(job))))
        except OSError:  # the server is gone
            return


def _open(graph_file: Path) -> tuple[str | None, LocalEngine]:
    """The engine over ``graph_file`` and the SHA-256 of the Turtle it holds (None when the file
    changed while it was being opened: then this worker's answers are never cached)."""
    from narcokg.build.ondisk import FileStamp, open_graph_store
    from narcokg.queries.engines import LocalEngine

    before = FileStamp.of(graph_file)
    engine = LocalEngine(store=open_graph_store(graph_file))
    return (before.sha256 if before.matches(graph_file) else None), engine


def answer_job(engine: LocalEngine, job: Job) -> tuple[str, Any]:
    """``("ok", Answer)`` or ``("error", (kind, message))`` for one job."""
    try:
        return ("ok", _run(engine, job))
    except ResultTooLargeError as error:
        return ("error", ("too-large", str(error)))
    except UnsafeQueryError as error:
        return ("error", ("unsafe", str(error)))
    except QuerySyntaxError as error:
        return ("error", ("syntax", str(error)))
    except (NarcoKGError, OSError, ValueError) as error:
        return ("error", ("failed", f"the query failed: {error}"))
    except Exception as error:  # anything else the engine raises: an answer, not a dead worker
        return ("error", ("failed", f"the query failed: {type(error).__name__}: {error}"))


def _run(engine: LocalEngine, job: Job) -> Answer:
    """The shared engine's answer, encoded."""
    from narcokg.queries.results import AskResult, GraphResult
    from narcokg.queries.safety import check_query, read_query
    from narcokg.server.encode import encode_graph, encode_result

    if os.environ.get(UNCHECKED_FOR_TESTS):  # only the tests of the network layer set this
        form = read_query(job.text).form or check_query(job.text)
        result = engine.run_unchecked(job.text, max_rows=job.max_rows)
    else:
        form = check_query(job.text)  # the engine checks again; this names the form for the answer
        result = engine.run(job.text, max_rows=job.max_rows)
    if isinstance(result, GraphResult):
        body = encode_graph(result.to_oxigraph(), job.fmt)
        return Answer(body, job.fmt, form, len(result.triples))
    count = 1 if isinstance(result, AskResult) else len(result.rows)
    return Answer(encode_result(result, job.fmt), job.fmt, form, count)


# --- the pipe between them --------------------------------------------------------------------

#: Each message on a worker's pipe: its length (8 bytes, big-endian), then a pickle.
_HEADER = 8


def _dump(value: object) -> bytes:
    return pickle.dumps(value, pickle.HIGHEST_PROTOCOL)  # plain data: no fds to reduce


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(_HEADER, "big") + payload


def write_frame(fd: int, payload: bytes) -> None:
    """Write one message whole (a blocking descriptor)."""
    view = memoryview(frame(payload))
    while view:
        view = view[os.write(fd, view) :]


def take_frame(buffer: bytearray) -> bytes | None:
    """The first complete message in ``buffer`` (removed from it), or None."""
    if len(buffer) < _HEADER:
        return None
    end = _HEADER + int.from_bytes(buffer[:_HEADER], "big")
    if len(buffer) < end:
        return None
    payload = bytes(buffer[_HEADER:end])
    del buffer[:end]
    return payload


class FrameReader:
    """Messages from a blocking descriptor. One read takes every message already waiting (the
    server may have sent several jobs), so a busy worker does not sleep between them."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._buffer = bytearray()
        self._poller = select.poll()
        self._poller.register(fd, select.POLLIN)

    def next(self, parent_pid: int | None = None, timeout: float | None = None) -> bytes | None:
        """The next message; None at end of file, when the parent is gone or past ``timeout``."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while (payload := take_frame(self._buffer)) is None:
            wait = 1.0 if deadline is None else min(1.0, deadline - time.monotonic())
            if wait <= 0:
                return None
            if not self._poller.poll(wait * 1000):
                if parent_pid is not None and os.getppid() != parent_pid:
                    return None
                continue
            try:
                chunk = os.read(self._fd, 1 << 20)
            except OSError:  # the other end is gone
                return None
            if not chunk:
                return None
            self._buffer += chunk
        return payload


# --- inside the server process ------------------------------------------------------------


def timeout_message(timeout: float) -> str:
    return f"the query ran longer than {timeout:g} s and was stopped; narrow it or add LIMIT"


class Worker:
    """One worker process and the server's end of its pipe. Starting and killing block (the pool
    does them from threads); :mod:`.pool` reads and writes the pipe on the event loop."""

    def __init__(self, graph_file: Path) -> None:
        self._graph_file = graph_file
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self.isolation: Any = None
        #: The SHA-256 of the graph this worker loaded (None: unknown, never cached).
        self.identity: str | None = None
        self.start()

    def start(self) -> None:
        """Start a fresh process and wait until its graph is loaded."""
        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        process = context.Process(
            target=worker_main,
            daemon=True,
            name="narcokg-worker",
            args=(there, str(self._graph_file), os.getpid()),
        )
        process.start()
        there.close()
        ready = FrameReader(here.fileno()).next(timeout=_START_TIMEOUT)
        if ready is None:
            process.kill()
            raise RuntimeError("a query worker did not start in time")
        status, detail = pickle.loads(ready)
        if status != "ready":
            raise RuntimeError(f"a query worker failed to start: {detail}")
        self.isolation, self.identity = detail[1], detail[2]
        with self._lock:
            self._process, self._conn = process, here

    @property
    def pid(self) -> int | None:
        return None if self._process is None else int(self._process.pid)

    def fileno(self) -> int:
        """The server's end of the pipe (a socket: jobs one way, answers the other)."""
        assert self._conn is not None
        return self._conn.fileno()

    def execute(self, job: Job, timeout: float) -> tuple[str, Any]:
        """The worker's reply to ``job``, blocking (outside an event loop); kills the worker and
        raises on timeout or death."""
        try:
            write_frame(self.fileno(), _dump(job))
            reply = FrameReader(self.fileno()).next(timeout=timeout)
        except OSError as error:
            self.kill()
            raise WorkerError("gone", GONE) from error
        if reply is None:
            alive = self._process is not None and self._process.is_alive()
            self.kill()
            if alive:
                raise WorkerError("timeout", timeout_message(timeout))
            raise WorkerError("gone", GONE)
        answer: tuple[str, Any] = pickle.loads(reply)
        return answer

    def kill(self, *, close_pipe: bool = True) -> None:
        """Stop the process at once (SIGKILL) and reap it.

        ``close_pipe=False`` leaves the pipe to the event loop that may be reading it: it then
        reads end-of-file and reports the worker gone.
        """
        with self._lock:
            process, conn = self._process, self._conn
            self.identity = None  # until a fresh process says which graph it loaded
        if process is not None and process.is_alive():
            process.kill()
        if process is not None:
            process.join(5)
        if conn is not None and close_pipe:
            conn.close()
