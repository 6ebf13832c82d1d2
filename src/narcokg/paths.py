"""Where the shipped ontology, shapes, queries and graph live.

In a source checkout (or an editable install) they are the top-level folders of the repository;
an installed wheel carries copies of them under ``narcokg/_data``. The top-level folders stay the
single source of truth: the wheel's copies are made by the build (see ``pyproject.toml``).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding ``ontology/``, ``graph/`` and ``queries/``."""
    bundled = _PACKAGE_DIR / "_data"
    if (bundled / "ontology").is_dir():
        return bundled
    checkout = _PACKAGE_DIR.parent.parent
    if (checkout / "ontology").is_dir():
        return checkout
    raise FileNotFoundError(
        "narcokg's data folders are missing: reinstall the package (pip install narcokg)"
    )


def ontology_file() -> Path:
    return data_root() / "ontology" / "narcokg.ttl"


def shapes_file() -> Path:
    return data_root() / "ontology" / "shapes.ttl"


def queries_dir() -> Path:
    return data_root() / "queries"


def graph_dir() -> Path:
    return data_root() / "graph"


def graph_file() -> Path:
    return graph_dir() / "narcokg.ttl"
