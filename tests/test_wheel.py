"""narcokg installed as a user installs it: a wheel built in isolation, in a fresh venv.

The wheel is built with pip's build isolation (the backend pinned by requirements/test.lock), then
installed with the lock's runtime packages into a new virtual environment that sees nothing of the
one running the tests; the README's first command then runs from a folder outside the clone and
must print exactly the table the README shows.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT
from .markdown_util import shell_blocks
from .test_lock import LOCK, declared, locked

_BLOCK_START = re.compile(r"^(?=[A-Za-z0-9])", re.MULTILINE)


def lock_blocks() -> dict[str, str]:
    """Each pinned requirement of the lock (``name==version`` and its hashes), by canonical name."""
    text = LOCK.read_text(encoding="utf-8")
    blocks = [b for b in _BLOCK_START.split(text) if b.strip() and not b.startswith("#")]
    return {canonicalize_name(b.split("==", 1)[0]): b for b in blocks}


def runtime_names() -> set[str]:
    """narcokg's runtime dependencies and theirs, as installed here (the lock's versions)."""
    todo = [r for group, r in declared() if group == "dependencies"]
    seen: set[str] = set()
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name not in seen:
            seen.add(name)
            todo.extend(Requirement(text) for text in metadata.requires(name) or [])
    return seen


def clean_env(env_dir: Path) -> dict[str, str]:
    """The environment of a user whose PATH starts with the new venv (not the test venv)."""
    outer = str(Path(sys.prefix) / "bin")
    path = [str(env_dir / "bin"), *(p for p in os.environ["PATH"].split(os.pathsep) if p != outer)]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    return {**env, "PATH": os.pathsep.join(path), "VIRTUAL_ENV": str(env_dir)}


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv (no system or outer site-packages) with the wheel and the locked runtime deps."""
    work = tmp_path_factory.mktemp("wheel")
    constraints = work / "constraints.txt"
    constraints.write_text("".join(f"{n}=={v}\n" for n, v in locked().items()), encoding="utf-8")
    build_env = {**os.environ, "PIP_CONSTRAINT": str(constraints)}
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)]
    subprocess.run(build, check=True, capture_output=True, env=build_env)
    wheel = next(work.glob("narcokg-*.whl"))

    env_dir = work / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=True).create(env_dir)
    blocks = lock_blocks()
    runtime = work / "runtime.lock"
    runtime.write_text("".join(blocks[name] for name in sorted(runtime_names())), encoding="utf-8")
    pip = [str(env_dir / "bin" / "python"), "-m", "pip", "-q", "--disable-pip-version-check"]
    for step in (
        ["install", "--require-hashes", "--no-deps", "-r", str(runtime)],
        ["install", "--no-deps", str(wheel)],
        ["check"],
    ):
        done = subprocess.run([*pip, *step], capture_output=True, text=True, env=clean_env(env_dir))
        assert done.returncode == 0, f"pip {step[0]}: {done.stdout}{done.stderr}"
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
        env=clean_env(installed),
    )


def test_fresh_venv_sees_nothing_of_the_outer_one(installed: Path, tmp_path: Path) -> None:
    code = "import sys; print(sys.prefix); import pytest"
    run = run_installed(installed, tmp_path, "python", "-c", code)
    assert run.stdout.strip() == str(installed)
    assert "No module named 'pytest'" in run.stderr


def test_readme_first_command_prints_the_readme_table(installed: Path, tmp_path: Path) -> None:
    """``pip install . && narcokg query …``: the query part, from outside the clone."""
    readme = ROOT / "README.md"
    block = next(b for b in shell_blocks(readme) if b.text.startswith("pip install . && "))
    assert block.output is not None, "the README shows the first command's output"
    command = block.text.strip().removeprefix("pip install . && ")
    assert not tmp_path.is_relative_to(ROOT)
    run = run_installed(installed, tmp_path, *shlex.split(command))
    assert run.returncode == 0, run.stderr
    assert run.stdout == block.output


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


def test_wheel_carries_every_learned_model(installed: Path, tmp_path: Path) -> None:
    """Drafting applies the JSON weights of extract/learned/ (a model left out would draft with
    the rules' confidence, or fail): every one in the source tree is in the installed package."""
    code = "import narcokg.extract.learned as m, pathlib; print(pathlib.Path(m.__file__).parent)"
    run = run_installed(installed, tmp_path, "python", "-c", code)
    assert run.returncode == 0, run.stderr
    folder = Path(run.stdout.strip())
    assert folder.is_relative_to(installed), folder
    models = sorted(p.name for p in (ROOT / "src/narcokg/extract/learned").glob("*.json"))
    assert "calibration_answered.json" in models
    assert models == sorted(p.name for p in folder.glob("*.json"))


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
