"""Written graphs: the umask's mode, no temporary file left on failure, stale ones cleaned up."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from narcokg.build.store import remove_stale_temporaries, write_atomically


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_written_file_has_the_umasks_mode(
    tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    os.umask(mask)
    target = tmp_path / "graph.ttl"
    write_atomically(target, b"<a:a> <a:b> <a:c> .\n")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() == b"<a:a> <a:b> <a:c> .\n"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old\n")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def _dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    return int(process.stdout)


def test_a_killed_writers_temporary_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    stale = tmp_path / f".graph.ttl.{_dead_pid()}.abc123.tmp"
    live = tmp_path / f".graph.ttl.{os.getpid()}.def456.tmp"  # a writer still at work
    other = tmp_path / f".other.ttl.{_dead_pid()}.x.tmp"
    for path in (stale, live, other):
        path.write_bytes(b"partial")
    write_atomically(target, b"new\n")
    assert not stale.exists()
    assert live.exists() and other.exists()
    assert remove_stale_temporaries(target) == []


def test_a_build_killed_mid_write_is_cleaned_up(tmp_path: Path) -> None:
    """SIGKILL a writer between its temporary file and the rename; the next write tidies up."""
    target = tmp_path / "graph.ttl"
    code = (
        "import os, sys; from pathlib import Path; import narcokg.build.store as s; "
        "s.os.replace = lambda a, b: os.kill(os.getpid(), 9); "
        f"s.write_atomically(Path({str(target)!r}), b'x' * 100000)"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False)
    assert result.returncode == -9
    assert len(list(tmp_path.glob(".graph.ttl.*.tmp"))) == 1
    write_atomically(target, b"new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]
