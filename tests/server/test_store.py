"""Query workers answer from the workspace's on-disk store, opened read-only and shared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx

from narcokg import paths
from tests.server.conftest import Server, free_port, stop_server

ROOT = Path(__file__).resolve().parents[2]


def _workspace(tmp_path: Path) -> Path:
    workspace = tmp_path / "ws"
    for folder in ("sources", "facts", "reference"):
        shutil.copytree(paths.graph_dir() / folder, workspace / folder)
    (workspace / "narcokg.toml").write_text("", encoding="utf-8")
    narcokg = [sys.executable, "-m", "narcokg", "--project", str(workspace)]
    subprocess.run([*narcokg, "build"], check=True, capture_output=True)
    return workspace


def _serve(workspace: Path, log: Path) -> Server:
    port = free_port()
    command = [sys.executable, "-m", "narcokg", "--project", str(workspace), "serve",
               "--port", str(port), "--workers", "2"]  # fmt: skip
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, cwd=ROOT)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if server.get("/health").status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.1)
    stop_server(server)
    raise RuntimeError(f"narcokg serve did not start: {log.read_text()}")


def _open_files(pid: int) -> set[str]:
    return {os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir() if fd.is_symlink()}


def test_workers_open_the_built_store(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path)
    stores = list((workspace / ".narcokg").glob("store-*"))
    assert len(stores) == 1
    server = _serve(workspace, tmp_path / "serve.log")
    try:
        answer = server.get("/queries/operations-in-region", params={"region": "Hunan"},
                            headers={"Accept": "text/csv"})  # fmt: skip
        assert answer.status_code == 200 and "Hunting" in answer.text
        workers = server.worker_pids()
        assert len(workers) == 3  # two for ad-hoc queries, one kept for stored queries
        for pid in workers:
            assert any(name.startswith(str(stores[0])) for name in _open_files(pid))
    finally:
        stop_server(server)
