"""Run query work in a child process that has no network and is killed at its time limit.

``narcokg sparql`` runs text a user typed or pasted, perhaps from an untrusted source. The work
(parse, evaluate, format) happens in a forked child that first enters an empty network namespace
(:mod:`.sandbox`), so a query the safety check missed still cannot call out; the parent waits at
most ``timeout`` seconds, then kills the child (SIGKILL): the time limit is enforced, not hoped
for. Whatever goes wrong in the child (an engine error, a crash) comes back as a
:class:`~narcokg.errors.NarcoKGError` with a message, never as a traceback.

Without ``os.fork`` (Windows) the work runs in this process, with neither guard.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
from collections.abc import Callable
from typing import Any, NoReturn

from narcokg.errors import InputError, NarcoKGError, QueryTimeoutError

DEFAULT_TIMEOUT = 30.0


def run_confined(work: Callable[[], str], timeout: float) -> str:
    """``work()``, computed in a network-less child process killed after ``timeout`` seconds."""
    if not hasattr(os, "fork"):
        return work()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(work, write_fd)
    os.close(write_fd)
    try:
        payload = _read_all(read_fd, timeout)
    except BaseException:
        _kill(pid)
        raise
    finally:
        os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    if not payload:
        raise InputError(f"the query engine stopped without an answer ({_how(status)})")
    reply: tuple[Any, ...] = pickle.loads(payload)
    if reply[0] == "ok":
        return str(reply[1])
    error = NarcoKGError(reply[2])
    error.exit_code = int(reply[1])
    raise error


def _read_all(fd: int, timeout: float) -> bytes:
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(remaining, 0))
        if not ready:
            raise QueryTimeoutError(
                f"the query ran longer than {timeout:g} s and was stopped; "
                "narrow it, add LIMIT, or give more time with --timeout"
            )
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _child(work: Callable[[], str], fd: int) -> NoReturn:
    """In the forked child: isolate, work, send the pickled reply, exit without cleanup."""
    from narcokg.queries.sandbox import isolate_network

    reply: tuple[Any, ...]
    try:
        isolate_network()
        reply = ("ok", work())
    except NarcoKGError as error:
        reply = ("error", error.exit_code, str(error))
    except Exception as error:  # the engine's own errors: a message, not a traceback
        reply = ("error", 2, f"the query failed: {error or type(error).__name__}")
    try:
        data = pickle.dumps(reply)
        while data:
            data = data[os.write(fd, data) :]
    finally:
        os._exit(0)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass


def _how(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
