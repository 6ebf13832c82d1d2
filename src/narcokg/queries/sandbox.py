"""The second layer against outbound requests: processes that run query text have no network.

:mod:`.safety` refuses ``SERVICE``, ``LOAD`` and ``FROM`` before a query runs. Should it ever
miss one, the engine still cannot reach anything: the process that runs untrusted query text
(a server worker, the child of ``narcokg sparql``) first moves into a new, empty Linux network
namespace (``unshare(CLONE_NEWNET)``). Such a namespace holds only a loopback interface that is
down, so every ``connect`` fails with "network is unreachable" — 127.0.0.1 included.

Creating a network namespace needs ``CAP_SYS_ADMIN`` (root, or a container that grants it). A
user without it gets one inside a new user namespace (``CLONE_NEWUSER | CLONE_NEWNET``) where the
kernel allows unprivileged user namespaces (most Linux distributions do). Elsewhere (macOS,
Windows, locked-down kernels) the layer is off and :func:`isolate_network` says why;
``narcokg serve`` prints that at start-up.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from dataclasses import dataclass

CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000


@dataclass(frozen=True)
class Isolation:
    """Whether this process is cut off the network, and how (or why not)."""

    active: bool
    detail: str


def isolate_network() -> Isolation:
    """Move this process into an empty network namespace, if the system allows it.

    Call it before any thread starts (``CLONE_NEWUSER`` needs a single-threaded process).
    """
    if not sys.platform.startswith("linux"):
        return Isolation(False, f"no network namespaces on {sys.platform}")
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError as error:
        return Isolation(False, f"cannot load the C library: {error}")
    reasons = []
    for flags, how in ((CLONE_NEWNET, "network namespace"),
                       (CLONE_NEWUSER | CLONE_NEWNET, "user + network namespace")):  # fmt: skip
        if libc.unshare(flags) == 0:
            return _verified(how)
        reasons.append(f"{how}: {os.strerror(ctypes.get_errno())}")
    return Isolation(False, "unshare refused (" + "; ".join(reasons) + ")")


def _verified(how: str) -> Isolation:
    """Check what the namespace holds: only ``lo``, and down (nothing to connect through)."""
    names = [name for _, name in socket.if_nameindex()]
    if names != ["lo"]:
        return Isolation(False, f"a {how} was made but holds interfaces {names}")
    return Isolation(True, f"no network: query processes run in an empty {how}")


def describe_isolation(isolation: Isolation) -> str:
    """One line for ``narcokg serve``'s start-up message."""
    if isolation.active:
        return f"network isolation on ({isolation.detail})"
    return (
        f"network isolation OFF ({isolation.detail}); only the safety check stops SERVICE "
        "(run as root, or allow unprivileged user namespaces, to turn it on)"
    )
