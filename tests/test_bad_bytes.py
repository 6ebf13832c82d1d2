"""Bad bytes everywhere on the command line: a clear message and exit 2, never a traceback.

Every command that reads a file gets invalid UTF-8, a binary file, an empty file, a folder and a
NUL byte; every command gets an argument that is not UTF-8. An input that is merely empty may be
valid (an empty graph conforms); anything else must be refused with exit 2 and ``error:``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = {
    "invalid-utf8": b"\xff\xfe not \xc3\x28 utf-8\n",
    "binary": bytes(range(256)) * 4,
    "empty": b"",
    "nul": b"SELECT * WHERE { ?s ?p ?o }\x00\n",
}
COMMANDS = [
    ["sparql", "--file", "{f}"],
    ["validate", "--graph", "{f}"],
    ["validate", "--engine", "pyshacl", "--graph", "{f}"],
    ["extract", "{f}"],
    ["add", "{f}", "--facts", "{good}"],
    ["add", "{good}", "--facts", "{f}"],
    ["eval", "--corpus", "{f}"],
    ["build"],  # with {f} as a fact file of the workspace
]


def _run(args: list[str | bytes], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "narcokg", *args]
    env = {**os.environ, "NARCOKG_NO_FAST_PATH": ""}
    return subprocess.run(command, capture_output=True, cwd=cwd, timeout=120, check=False, env=env)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad-bytes")
    assert _run(["init", "ws"], root).returncode == 0
    (root / "good.txt").write_text("A report.\n", encoding="utf-8")
    return root


def _assert_refused_or_valid(result: subprocess.CompletedProcess[bytes], kind: str) -> None:
    stderr = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    if kind == "empty" and result.returncode in (0, 1):
        return  # an empty file can be a valid (empty) graph, draft or query folder
    assert result.returncode == 2, (result.returncode, stderr)
    assert "error" in stderr.lower(), stderr


@pytest.mark.parametrize("kind", [*BAD, "folder"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:3]))
def test_a_bad_file_is_refused_cleanly(workspace: Path, command: list[str], kind: str) -> None:
    target = workspace / f"input-{kind}"
    facts = workspace / "ws" / "facts" / "bad.yaml"
    for path in (target, facts):
        shutil.rmtree(path, ignore_errors=True)
        path.unlink(missing_ok=True)
    if command == ["build"]:
        target = facts
    if kind == "folder":
        target.mkdir()
    else:
        target.write_bytes(BAD[kind])
    if command[0] == "eval" and kind != "folder":
        pass  # a file where the corpus folder is expected
    args = [a.format(f=target, good=workspace / "good.txt") for a in command]
    _assert_refused_or_valid(_run(["--project", "ws", *args], workspace), kind)


@pytest.mark.parametrize(
    "args",
    [["query", "operations-in-region", "-p", b"region=\xff"],
     ["query", b"\xff"],
     ["sparql", b"SELECT * WHERE { ?s ?p '\xff' }"],
     ["--project", b"\xff\xfe", "queries"],
     ["validate", "--graph", b"\xff.ttl"]],
    ids=["param", "name", "sparql", "project", "graph"],
)  # fmt: skip
@pytest.mark.parametrize("fast_path", ["", "1"])
def test_an_argument_that_is_not_utf8_is_refused(
    workspace: Path, args: list[str | bytes], fast_path: str
) -> None:
    command = [sys.executable, "-m", "narcokg", *args]
    env = {**os.environ, "NARCOKG_NO_FAST_PATH": fast_path}
    result = subprocess.run(command, capture_output=True, cwd=workspace, env=env, check=False)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and "not valid UTF-8" in stderr, stderr
