"""requirements/test.lock pins the test environment exactly, within pyproject.toml's ranges."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from .conftest import ROOT

LOCK = ROOT / "requirements" / "test.lock"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", re.MULTILINE)
_BLOCK = re.compile(r"^(?=[A-Za-z0-9])", re.MULTILINE)


def locked() -> dict[str, Version]:
    """Each package of the lock, by canonical name, with its pinned version."""
    return {canonicalize_name(name): Version(version) for name, version in _PIN.findall(_text())}


def _text() -> str:
    return LOCK.read_text(encoding="utf-8")


def declared() -> list[tuple[str, Requirement]]:
    """pyproject.toml's requirements that apply here: dependencies, the test extra, the backend."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    groups = {
        "dependencies": pyproject["project"]["dependencies"],
        "test extra": pyproject["project"]["optional-dependencies"]["test"],
        "build-system": pyproject["build-system"]["requires"],
    }
    found = [(group, Requirement(text)) for group, items in groups.items() for text in items]
    return [(g, r) for g, r in found if r.marker is None or r.marker.evaluate({"extra": "test"})]


@pytest.mark.parametrize(("group", "requirement"), declared(), ids=lambda x: str(x))
def test_lock_pins_every_declared_requirement_within_its_range(
    group: str, requirement: Requirement
) -> None:
    pins = locked()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"{requirement} ({group}) is not pinned: run `bash scripts/lock.sh`"
    assert requirement.specifier.contains(pins[name], prereleases=True), (
        f"the lock pins {name}=={pins[name]}, outside pyproject's {requirement} ({group}): "
        "run `bash scripts/lock.sh`"
    )


def test_every_pin_is_exact_and_hashed() -> None:
    blocks = [block for block in _BLOCK.split(_text()) if block.strip() and block[0] != "#"]
    assert len(blocks) == len(locked()), "every requirement of the lock is name==version"
    for block in blocks:
        assert "--hash=sha256:" in block, f"no hash for {block.split()[0]}"


def test_lock_names_no_index_or_local_path() -> None:
    """The lock works anywhere: no index URL, find-links or path of the machine it was made on."""
    options = [line for line in _text().splitlines() if line.startswith("-")]
    assert options == []


def test_running_environment_is_the_locked_one() -> None:
    """The suite runs in what the lock pins (scripts/test.sh installs exactly that)."""
    differing = []
    for name, version in locked().items():
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            differing.append(f"{name} (locked {version}) is not installed")
            continue
        if installed != version:
            differing.append(f"{name} is {installed}, locked {version}")
    assert not differing, "; ".join(differing) + ": run the suite with `bash scripts/test.sh`"
