"""A real ``narcokg serve`` subprocess on 127.0.0.1 and a free port, shared by a test module."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
GRAPH = ROOT / "graph" / "narcokg.ttl"
SEED_ID = "mps-2024-01-31-anti-drug-2023"
NKID = "https://w3id.org/narcokg/id/"
#: Small limits so that the abuse tests are quick.
TIMEOUT = 2.0
MAX_ROWS = 500
MAX_BYTES = 64 * 1024
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        return httpx.get(self.url + path, timeout=30, **kwargs)  # type: ignore[arg-type]

    def post(self, path: str, **kwargs: object) -> httpx.Response:
        return httpx.post(self.url + path, timeout=30, **kwargs)  # type: ignore[arg-type]

    def worker_pids(self) -> set[int]:
        """The server's query workers (its spawned children, not multiprocessing's tracker)."""
        pids = set()
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            for pid in (task / "children").read_text().split():
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                if b"spawn_main" in cmdline:
                    pids.add(int(pid))
        return pids


def alive(pid: int) -> bool:
    """Whether ``pid`` is a running (not zombie) process."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(log: Path, *args: str, project: Path | None = None) -> Server:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "narcokg",
        *(["--project", str(project)] if project else []),
        "serve",
        "--port",
        str(port),
        "--timeout",
        str(TIMEOUT),
        "--max-rows",
        str(MAX_ROWS),
        *args,
    ]
    with log.open("wb") as output:
        process = subprocess.Popen(
            command,
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"narcokg serve exited: {log.read_text()}")
        try:
            if server.get("/health").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"narcokg serve did not start: {log.read_text()}")


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(15)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server per test module."""
    running = start_server(tmp_path_factory.mktemp("server") / "serve.log")
    yield running
    stop_server(running)
