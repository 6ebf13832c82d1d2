"""scripts/debian.sh: installs what is missing, and waits for another apt or dpkg (bounded).

apt-get, dpkg-query and sudo are stand-ins on PATH that record their calls; nothing is installed.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import ROOT

LOCKED = "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt-get)"
PACKAGES = [
    line.split("#")[0].strip()
    for line in (ROOT / "requirements" / "debian.txt").read_text(encoding="utf-8").splitlines()
    if line.split("#")[0].strip()
]


def stand_ins(tmp_path: Path, *, locked_calls: int, other_error: bool = False) -> Path:
    """apt-get that reports a held lock for its first ``locked_calls`` calls, then succeeds."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fail = 'echo "E: Unable to locate package nope" >&2; exit 100' if other_error else ""
    scripts = {
        "dpkg-query": "echo -n not-installed",
        "sudo": 'exec "$@"',
        "apt-get": f"""
            echo "$*" >> "{tmp_path}/calls"
            {fail}
            n=$(wc -l < "{tmp_path}/calls")
            if [ "$n" -le {locked_calls} ]; then echo "{LOCKED}" >&2; exit 100; fi
        """,
    }
    for name, body in scripts.items():
        (bin_dir / name).write_text(f"#!/usr/bin/env bash\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return bin_dir


def run_debian(bin_dir: Path, wait: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "NARCOKG_APT_WAIT": str(wait), "NARCOKG_APT_RETRY": "1"}  # fmt: skip
    return subprocess.run(["bash", str(ROOT / "scripts" / "debian.sh")], capture_output=True,
                          text=True, env=env, timeout=60, check=False)  # fmt: skip


def calls(tmp_path: Path) -> list[str]:
    return (tmp_path / "calls").read_text(encoding="utf-8").splitlines()


def test_waits_for_the_lock_then_installs_every_missing_package(tmp_path: Path) -> None:
    run = run_debian(stand_ins(tmp_path, locked_calls=2), wait=30)
    assert run.returncode == 0, run.stderr
    made = calls(tmp_path)
    assert len(made) == 4  # update (locked), update (locked), update, install
    assert all("-o DPkg::Lock::Timeout=30" in call for call in made)
    assert made[2].endswith("update -qq")
    assert made[3].split()[-len(PACKAGES) :] == PACKAGES
    assert "another apt or dpkg holds the lock" in run.stderr


def test_the_wait_is_bounded(tmp_path: Path) -> None:
    run = run_debian(stand_ins(tmp_path, locked_calls=1000), wait=2)
    assert run.returncode == 100
    assert 2 <= len(calls(tmp_path)) <= 4
    assert "error: apt-get update failed (exit 100)" in run.stderr


def test_other_errors_are_not_retried(tmp_path: Path) -> None:
    run = run_debian(stand_ins(tmp_path, locked_calls=0, other_error=True), wait=600)
    assert run.returncode == 100
    assert len(calls(tmp_path)) == 1
    assert "Unable to locate package" in run.stderr
