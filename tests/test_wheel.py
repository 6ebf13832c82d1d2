"""A regular (non-editable) install carries the ontology, shapes, queries and graph."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with narcokg's wheel installed (dependencies from this one)."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(work),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(work.glob("narcokg-*.whl"))
    env_dir = work / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    return env_dir


def run_installed(installed: Path, cwd: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run a program of the virtual environment (``narcokg``, ``python``) from ``cwd``."""
    program, *args = command
    return subprocess.run(
        [str(installed / "bin" / program), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_wheel_answers_from_any_directory(installed: Path, tmp_path: Path) -> None:
    run = run_installed(
        installed, tmp_path, "narcokg", "query", "operations-in-region", "-p", "region=Hunan",
        "--format", "csv",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert '"""Hunting"" operations"' in run.stdout  # CSV doubles the quotes


def test_wheel_uses_its_own_bundled_data(installed: Path, tmp_path: Path) -> None:
    code = "from narcokg import paths; print(paths.data_root())"
    run = run_installed(installed, tmp_path, "python", "-c", code)
    assert run.returncode == 0, run.stderr
    root = Path(run.stdout.strip())
    assert root.is_relative_to(installed), root
    for name in (
        "ontology/narcokg.ttl",
        "ontology/shapes.ttl",
        "graph/narcokg.ttl",
        "queries/measurements.rq",
    ):
        assert (root / name).is_file(), name


def test_wheel_validates_with_its_shape_plans(installed: Path, tmp_path: Path) -> None:
    """The installed validator finds its plans (package data) and the shipped graph conforms."""
    code = (
        "from narcokg import paths; from narcokg.validation.compiler import compile_shapes; "
        "checks = compile_shapes(paths.shapes_file()).checks; "
        "print(sum('# Plan for <' in c.query for c in checks))"
    )
    run = run_installed(installed, tmp_path, "python", "-c", code)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) >= 1
    validate = run_installed(installed, tmp_path, "narcokg", "validate")
    assert validate.returncode == 0, validate.stdout + validate.stderr


def test_wheel_writes_a_release_with_its_bundled_context_and_templates(
    installed: Path, tmp_path: Path
) -> None:
    run = run_installed(installed, tmp_path, "narcokg", "release", "--version", "0.1.0", "-o", "r")
    assert run.returncode == 0, run.stderr
    release = tmp_path / "r"
    assert (release / "context" / "narcokg-context-1.0.jsonld").is_file()
    assert 'id="Measurement"' in (release / "ontology" / "index.html").read_text(encoding="utf-8")
