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

import asyncio
import multiprocessing
import os
import pickle
import signal
import threading
from dataclasses import dataclass, replace
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
    from narcokg.server.cache import CacheKey, ResultCache

_START_TIMEOUT = 120.0
#: A job up to this size fits the pipe's buffer (64 KiB on Linux): written without waiting.
_PIPE_WRITE_BYTES = 32_768
_GONE = "the query worker stopped (the server may be shutting down); try again"
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

    try:  # the on-disk store, read-only and shared by every worker, when the graph is large
        identity, engine = _open(Path(graph_file))
    except (NarcoKGError, OSError) as error:
        conn.send(("fatal", str(error)))
        return
    conn.send(("ready", (0, isolation, identity)))  # counting triples would walk the store
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent_pid:
                return
            continue
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer_job(engine, job))


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


# --- inside the server process ------------------------------------------------------------


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


def _timeout_message(timeout: float) -> str:
    return f"the query ran longer than {timeout:g} s and was stopped; narrow it or add LIMIT"


class Worker:
    """One worker process and the server's end of its pipe. Blocking; used from threads."""

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
        if not here.poll(_START_TIMEOUT):
            process.kill()
            raise RuntimeError("a query worker did not start in time")
        status, detail = here.recv()
        if status != "ready":
            raise RuntimeError(f"a query worker failed to start: {detail}")
        self.isolation, self.identity = detail[1], detail[2]
        with self._lock:
            self._process, self._conn = process, here

    @property
    def pid(self) -> int | None:
        return None if self._process is None else int(self._process.pid)

    async def call(self, job: Job, timeout: float) -> tuple[str, Any]:
        """:meth:`execute` on the event loop: the pipe is watched by the loop itself, not by a
        thread, so an answer costs no thread hand-over. A job too large for the pipe's buffer is
        written from a thread, so that the loop never blocks on it."""
        conn = self._conn
        assert conn is not None
        loop = asyncio.get_running_loop()
        readable: asyncio.Future[None] = loop.create_future()
        fd = conn.fileno()
        loop.add_reader(fd, _settle, readable)
        timer: asyncio.TimerHandle | None = None
        try:
            payload = pickle.dumps(job, pickle.HIGHEST_PROTOCOL)  # plain data: no fds to reduce
            if len(payload) <= _PIPE_WRITE_BYTES:
                conn.send_bytes(payload)
            else:
                await asyncio.to_thread(conn.send_bytes, payload)
            # A timer on the one future, not asyncio.wait_for's task and waiter per request.
            timer = loop.call_later(timeout, _expire, readable)
            await readable
            # The worker writes its answer only once it is complete: this read does not wait.
            reply: tuple[str, Any] = conn.recv()
        except TimeoutError:
            loop.remove_reader(fd)
            await asyncio.to_thread(self.kill)
            raise WorkerError("timeout", _timeout_message(timeout)) from None
        except (EOFError, OSError) as error:
            loop.remove_reader(fd)
            await asyncio.to_thread(self.kill)
            raise WorkerError("gone", _GONE) from error
        except BaseException:  # cancelled: the caller kills the worker
            loop.remove_reader(fd)
            raise
        finally:
            if timer is not None:
                timer.cancel()
        loop.remove_reader(fd)
        return reply

    def execute(self, job: Job, timeout: float) -> tuple[str, Any]:
        """The worker's reply to ``job``; kills the worker and raises on timeout or death."""
        conn = self._conn
        assert conn is not None
        try:
            conn.send(job)
            if not conn.poll(timeout):
                self.kill()
                raise WorkerError("timeout", _timeout_message(timeout))
            reply: tuple[str, Any] = conn.recv()
        except (EOFError, OSError, BrokenPipeError) as error:
            self.kill()
            raise WorkerError("gone", _GONE) from error
        return reply

    def kill(self, *, close_pipe: bool = True) -> None:
        """Stop the process at once (SIGKILL) and reap it.

        ``close_pipe=False`` leaves the pipe to the thread that may be waiting on it: it then
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


class WorkerPool:
    """A fixed number of workers shared by all requests; a killed worker is replaced."""

    def __init__(
        self,
        graph_file: Path,
        size: int,
        timeout: float,
        queue_timeout: float,
        cache: ResultCache[Answer] | None = None,
    ) -> None:
        self.timeout = timeout
        self.queue_timeout = queue_timeout
        self.closing = False
        self.cache = cache
        self._workers = [Worker(graph_file) for _ in range(size)]
        self._idle: asyncio.Queue[Worker] | None = None

    def isolation(self) -> Any:
        """How the workers are cut off the network (:class:`.sandbox.Isolation`)."""
        return self._workers[0].isolation

    def pids(self) -> list[int]:
        return [pid for w in self._workers if (pid := w.pid) is not None]

    def _queue(self) -> asyncio.Queue[Worker]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for worker in self._workers:
                self._idle.put_nowait(worker)
        return self._idle

    def _cache_key(self, job: Job) -> CacheKey | None:
        """The job's key in the result cache, when there is one and every worker holds the same
        known graph (a worker restarted on a rebuilt graph makes them differ)."""
        identities = {worker.identity for worker in self._workers}
        if self.cache is None or len(identities) != 1 or None in identities:
            return None
        return (identities.pop() or "", job.text, job.fmt, job.max_rows)

    async def run(self, job: Job) -> Answer:
        """The answer to ``job``, or :class:`WorkerError` (busy, timeout, gone, or the query's)."""
        if self.closing:
            raise WorkerError("gone", "the server is shutting down")
        key = self._cache_key(job)
        if key is not None and self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                return replace(hit, cached=True)
        answer, graph = await self._run(job)
        if key is not None and self.cache is not None and graph == key[0]:
            self.cache.put(key, answer)  # only what a worker holding that very graph answered
        return answer

    async def _run(self, job: Job) -> tuple[Answer, str | None]:
        """The answer and the identity of the graph of the worker that gave it."""
        idle = self._queue()
        try:
            worker = await asyncio.wait_for(idle.get(), self.queue_timeout)
        except TimeoutError:
            raise WorkerError("busy", "every query worker is busy; try again shortly") from None
        try:
            reply = await worker.call(job, self.timeout)
        except WorkerError:
            self._replace(worker)
            raise
        except BaseException:  # cancelled mid-query: the worker may still be busy
            worker.kill()
            self._replace(worker)
            raise
        graph = worker.identity
        idle.put_nowait(worker)
        status, detail = reply
        if status == "ok":
            assert isinstance(detail, Answer)
            return detail, graph
        raise WorkerError(*detail)

    def _replace(self, worker: Worker) -> None:
        """Restart ``worker`` in the background and return it to the pool when ready."""
        if self.closing:
            return
        loop = asyncio.get_running_loop()
        idle = self._queue()

        def restart() -> None:
            worker.start()
            if self.closing:
                worker.kill()
                return
            loop.call_soon_threadsafe(idle.put_nowait, worker)

        loop.run_in_executor(None, restart)

    def close(self) -> None:
        """Kill every worker now (safe from a signal handler); running queries fail with "gone"."""
        self.closing = True
        for worker in self._workers:
            worker.kill(close_pipe=False)
