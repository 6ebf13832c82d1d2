"""A release of the shipped graph, written once per test session by the real command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GRAPH = ROOT / "graph" / "narcokg.ttl"
CONTEXT_IRI = "https://w3id.org/narcokg/context/1.0.jsonld"


def narcokg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``narcokg ARGS`` in a fresh interpreter; the completed process, whatever its code."""
    command = [sys.executable, "-m", "narcokg", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="session")
def release_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("releases") / "1.0.0"
    done = narcokg("release", "--version", "1.0.0", "-o", str(folder))
    assert done.returncode == 0, done.stderr
    return folder
