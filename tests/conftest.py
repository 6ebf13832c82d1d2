"""Shared fixtures: the repository's folders and a scratch copy of the shipped workspace."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from narcokg.model.workspace import MARKER, Workspace

ROOT = Path(__file__).resolve().parent.parent
GRAPH_DIR = ROOT / "graph"
SEED_ID = "mps-2024-01-31-anti-drug-2023"


@pytest.fixture
def seed_workspace(tmp_path: Path) -> Workspace:
    """A writable copy of the shipped workspace (sources, facts, reference)."""
    root = tmp_path / "workspace"
    for folder in ("sources", "facts", "reference"):
        shutil.copytree(GRAPH_DIR / folder, root / folder)
    (root / MARKER).write_text("# narcokg workspace\n", encoding="utf-8")
    return Workspace(root)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """In CI every test must run: a skip (a missing browser, server or tool) is a failure there."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {reason}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules marked ``long`` first (a stable sort, the rest in their order): pytest-xdist hands
    modules to its workers in this order, so their minutes overlap the short modules on the other
    worker instead of trailing after them."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)
