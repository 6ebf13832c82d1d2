"""The worker pool: every query runs in a worker process, sent and answered on the event loop.

Each worker's pipe is watched by the loop for as long as the worker lives (no reader added and
removed per job). A job goes to an idle worker when there is one. When every worker is busy and
the recent jobs were short (under ``SHORT`` seconds), a job may also be written to a busy
worker's pipe behind the one it runs (at most ``PIPELINE`` jobs behind it): the worker reads it
the moment it has written its answer, without sleeping in between and without a round trip
through the server, which is most of what a short query costs beyond the query itself.

What holds whatever the order:

- a job's time limit (``timeout``) counts from when it starts, i.e. when the answer before it
  on that worker arrives; past it the worker is killed and restarted, the job answered "timeout",
  and the jobs written behind it (which never started) go back to the head of the queue;
- a job that has not started within ``queue_timeout`` seconds of arriving is answered "busy",
  wherever it waits; a job written behind a query that turns out long (still running after
  ``SHORT``) is taken back into the queue, to go to the next worker that frees up and to no busy
  one (if its first worker reaches it first after all, that answer is dropped: it runs at most
  twice);
- an answer is complete bytes from the worker, or an error: never a part of one.
"""

from __future__ import annotations

import asyncio
import os
import pickle
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narcokg.server.worker import (
    GONE,
    Answer,
    Job,
    Worker,
    WorkerError,
    frame,
    take_frame,
    timeout_message,
)

if TYPE_CHECKING:
    from narcokg.server.cache import CacheKey, ResultCache

#: Jobs written behind a worker's running one, when the recent jobs were short.
PIPELINE = 1
#: Seconds: "short" for a job, and how long a job may wait behind one before it is taken back.
SHORT = 0.02
_BUSY = "every query worker is busy; try again shortly"
Reply = tuple[str, Any]


@dataclass(eq=False)
class _Task:
    """One job on its way: waiting, written to a worker, or running (its lane's first)."""

    job: Job
    future: asyncio.Future[tuple[Reply, str | None]]
    queued: float
    timer: asyncio.TimerHandle | None = None
    started: float = 0.0
    #: Answered already (or refused, or taken back): its worker's reply is dropped.
    dropped: bool = False
    #: Taken back once from behind a long job: it now goes to an idle worker only.
    moved: bool = False


class _Lane:
    """The server's end of one worker: the jobs written to it in order, the first one running."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.tasks: deque[_Task] = deque()
        self.inbox = bytearray()
        self.outbox = bytearray()
        self.ready = False  # watched by the loop (not restarting)


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
        self._lanes = [_Lane(Worker(graph_file)) for _ in range(size)]
        self._waiting: deque[_Task] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        #: How long recent jobs ran (seconds, a moving average): pipelining is for short ones. It
        #: starts long, so that nothing is queued behind queries of a graph not yet seen to be fast.
        self._typical = 5 * SHORT
        #: Jobs written behind a running one, and those of them taken back (for tests, benchmarks).
        self.pipelined = self.taken_back = 0

    @property
    def _workers(self) -> list[Worker]:
        return [lane.worker for lane in self._lanes]

    def isolation(self) -> Any:
        """How the workers are cut off the network (:class:`.sandbox.Isolation`)."""
        return self._lanes[0].worker.isolation

    def pids(self) -> list[int]:
        return [pid for lane in self._lanes if (pid := lane.worker.pid) is not None]

    def _cache_key(self, job: Job) -> CacheKey | None:
        """The job's key in the result cache, when there is one and every worker holds the same
        known graph (a worker restarted on a rebuilt graph makes them differ)."""
        identities = {lane.worker.identity for lane in self._lanes}
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
        (status, detail), graph = await self._submit(job)
        if status != "ok":
            raise WorkerError(*detail)
        assert isinstance(detail, Answer)
        if key is not None and self.cache is not None and graph == key[0]:
            self.cache.put(key, detail)  # only what a worker holding that very graph answered
        return detail

    async def _submit(self, job: Job) -> tuple[Reply, str | None]:
        """The worker's reply and the identity of the graph of the worker that gave it."""
        loop = self._loop_here()
        task = _Task(job, loop.create_future(), loop.time())
        self._waiting.append(task)
        self._dispatch()
        if task.started == 0.0 and task.timer is None:  # still waiting for a worker
            task.timer = loop.call_later(self.queue_timeout, self._waited_too_long, task)
        try:
            return await task.future
        except asyncio.CancelledError:
            self._abandon(task)
            raise

    # --- sending jobs -------------------------------------------------------------------

    def _dispatch(self) -> None:
        """Give waiting jobs to workers: idle ones first, then behind short running jobs."""
        while self._waiting:
            lane = self._pick(idle_only=self._waiting[0].moved)
            if lane is None:
                return
            self._send(lane, self._waiting.popleft())

    def _pick(self, *, idle_only: bool) -> _Lane | None:
        best: _Lane | None = None
        for lane in self._lanes:
            if not lane.ready:
                continue
            if not lane.tasks:
                return lane
            if idle_only or not self._can_queue_behind(lane):
                continue
            if best is None or len(lane.tasks) < len(best.tasks):
                best = lane
        return best

    def _can_queue_behind(self, lane: _Lane) -> bool:
        if len(lane.tasks) > PIPELINE or self._typical >= SHORT:
            return False
        assert self._loop is not None
        return self._loop.time() - lane.tasks[0].started < SHORT

    def _send(self, lane: _Lane, task: _Task) -> None:
        if task.timer is not None:
            task.timer.cancel()
            task.timer = None
        lane.tasks.append(task)
        self._write(lane, frame(pickle.dumps(task.job, pickle.HIGHEST_PROTOCOL)))
        assert self._loop is not None
        if len(lane.tasks) == 1:
            self._start(lane, task)
        else:  # behind another job: taken back if that one turns out long
            self.pipelined += 1
            task.timer = self._loop.call_later(SHORT, self._stalled, task)

    def _start(self, lane: _Lane, task: _Task) -> None:
        """``task`` is now running on ``lane``'s worker: its time limit starts."""
        assert self._loop is not None
        if task.timer is not None:
            task.timer.cancel()
        task.started = self._loop.time()
        task.timer = self._loop.call_later(self.timeout, self._overran, lane, task)

    def _write(self, lane: _Lane, data: bytes) -> None:
        """Write ``data`` to the worker without blocking the loop (the rest when it can take it)."""
        if not lane.outbox:
            try:
                data = data[os.write(lane.worker.fileno(), data) :]
            except BlockingIOError:
                pass
            except OSError:
                return  # the worker is gone: the loop reads end of file and says so
            if not data:
                return
            assert self._loop is not None
            self._loop.add_writer(lane.worker.fileno(), self._flush, lane)
        lane.outbox += data

    def _flush(self, lane: _Lane) -> None:
        try:
            del lane.outbox[: os.write(lane.worker.fileno(), lane.outbox)]
        except BlockingIOError:
            return
        except OSError:
            lane.outbox.clear()
        if not lane.outbox and self._loop is not None:
            self._loop.remove_writer(lane.worker.fileno())

    # --- answers -------------------------------------------------------------------------

    def _readable(self, lane: _Lane) -> None:
        try:
            chunk = os.read(lane.worker.fileno(), 1 << 20)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._lose(lane, WorkerError("gone", GONE))
            return
        lane.inbox += chunk
        while lane.tasks and (payload := take_frame(lane.inbox)) is not None:
            self._answered(lane, pickle.loads(payload))
        if lane.inbox and lane.tasks and lane.tasks[0].timer is not None:
            lane.tasks[0].timer.cancel()  # a worker writes only complete answers: its work is done
            lane.tasks[0].timer = None
        self._dispatch()

    def _answered(self, lane: _Lane, reply: Reply) -> None:
        assert self._loop is not None
        task = lane.tasks.popleft()
        if task.timer is not None:
            task.timer.cancel()
        self._typical += (self._loop.time() - task.started - self._typical) / 8
        if not task.dropped and not task.future.done():
            task.future.set_result((reply, lane.worker.identity))
        if lane.tasks:
            self._start(lane, lane.tasks[0])

    # --- waits, limits and losses ----------------------------------------------------------

    def _waited_too_long(self, task: _Task) -> None:
        """Not started within the queue wait: "busy" (a written job's reply will be dropped)."""
        task.timer = None
        if task in self._waiting:
            self._waiting.remove(task)
        task.dropped = True
        if not task.future.done():
            task.future.set_exception(WorkerError("busy", _BUSY))

    def _stalled(self, task: _Task) -> None:
        """``task`` still waits behind a job that turned out long: back to the queue's head."""
        assert self._loop is not None
        task.timer, task.dropped = None, True
        if task.future.done():
            return
        self.taken_back += 1
        again = _Task(task.job, task.future, task.queued, moved=True)
        wait = task.queued + self.queue_timeout - self._loop.time()
        again.timer = self._loop.call_later(max(wait, 0.0), self._waited_too_long, again)
        self._waiting.appendleft(again)
        self._dispatch()

    def _overran(self, lane: _Lane, task: _Task) -> None:
        task.timer = None
        self._lose(lane, WorkerError("timeout", timeout_message(self.timeout)))

    def _lose(self, lane: _Lane, error: WorkerError | None) -> None:
        """Lane's worker is gone or to be killed: its running job gets ``error`` once the process
        is dead, the jobs behind it go back to the queue (or fail when the server stops)."""
        self._detach(lane)
        tasks = list(lane.tasks)
        lane.tasks.clear()
        for task in tasks:
            if task.timer is not None:
                task.timer.cancel()
                task.timer = None
        head = tasks[0] if tasks and not tasks[0].dropped else None
        for task in reversed([task for task in tasks[1:] if not task.dropped]):
            self._requeue(task)
        if self.closing:
            self._fail_all(error or WorkerError("gone", GONE))
        self._restart(lane, head, error)

    def _requeue(self, task: _Task) -> None:
        assert self._loop is not None
        wait = task.queued + self.queue_timeout - self._loop.time()
        task.started = 0.0
        task.timer = self._loop.call_later(max(wait, 0.0), self._waited_too_long, task)
        self._waiting.appendleft(task)

    def _fail_all(self, error: WorkerError) -> None:
        waiting = list(self._waiting)
        self._waiting.clear()
        for task in waiting:
            if task.timer is not None:
                task.timer.cancel()
            if not task.future.done():
                task.future.set_exception(error)

    def _abandon(self, task: _Task) -> None:
        """The request waiting for ``task`` was cancelled: a running job's worker is killed."""
        if task.timer is not None:
            task.timer.cancel()
            task.timer = None
        task.dropped = True
        if task in self._waiting:
            self._waiting.remove(task)
            return
        for lane in self._lanes:
            if lane.tasks and lane.tasks[0] is task:
                self._lose(lane, None)
                return

    # --- worker processes -------------------------------------------------------------------

    def _loop_here(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # first use (or a new loop, in tests): watch every pipe
            self._loop = loop
            for lane in self._lanes:
                lane.ready = False
                if lane.worker.pid is not None:
                    self._attach(lane)
        return loop

    def _attach(self, lane: _Lane) -> None:
        assert self._loop is not None
        fd = lane.worker.fileno()
        os.set_blocking(fd, False)
        lane.inbox.clear()
        lane.outbox.clear()
        self._loop.add_reader(fd, self._readable, lane)
        lane.ready = True

    def _detach(self, lane: _Lane) -> None:
        if lane.ready and self._loop is not None:
            self._loop.remove_reader(lane.worker.fileno())
            if lane.outbox:
                self._loop.remove_writer(lane.worker.fileno())
        lane.ready = False

    def _restart(self, lane: _Lane, head: _Task | None, error: WorkerError | None) -> None:
        """Kill the worker (then fail ``head``), start a fresh one and watch it, in a thread."""
        loop = self._loop
        assert loop is not None

        def fail() -> None:
            if head is not None and error is not None and not head.future.done():
                head.future.set_exception(error)

        def revive() -> None:
            if self.closing:
                lane.worker.kill()
                return
            self._attach(lane)
            self._dispatch()

        def restart() -> None:
            lane.worker.kill()
            try:
                loop.call_soon_threadsafe(fail)
                if not self.closing:
                    lane.worker.start()
                    loop.call_soon_threadsafe(revive)
            except RuntimeError:  # the loop closed meanwhile: the server has stopped
                lane.worker.kill()

        loop.run_in_executor(None, restart)

    def close(self) -> None:
        """Kill every worker now (safe from a signal handler); running queries fail with "gone"."""
        self.closing = True
        for lane in self._lanes:
            lane.worker.kill(close_pipe=False)
