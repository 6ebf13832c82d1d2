"""narcokg: official drug-enforcement statistics as a provenance-exact RDF knowledge graph.

The public Python API is what ``__all__`` lists (see :mod:`narcokg.api`); every other module is
internal. Importing ``narcokg`` is cheap: each name loads its module on first use.

>>> import narcokg
>>> kg = narcokg.open()
>>> [query.name for query in kg.queries()][:2]
['agencies-and-operations', 'evidence']
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "GraphResult",
    "KnowledgeGraph",
    "NarcoKGError",
    "Rows",
    "ValidationReport",
    "ValidationResult",
    "open",
]

_HOMES = {
    "open": "narcokg.api",
    "KnowledgeGraph": "narcokg.api",
    "Rows": "narcokg.queries.rows",
    "GraphResult": "narcokg.queries.results",
    "ValidationReport": "narcokg.validation.report",
    "ValidationResult": "narcokg.validation.report",
    "NarcoKGError": "narcokg.errors",
}

if TYPE_CHECKING:
    from narcokg.api import KnowledgeGraph, open
    from narcokg.errors import NarcoKGError
    from narcokg.queries.results import GraphResult
    from narcokg.queries.rows import Rows
    from narcokg.validation.report import ValidationReport, ValidationResult


def __getattr__(name: str) -> Any:
    """Load a public name's module on first use (PEP 562), so ``import narcokg`` stays cheap."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'narcokg' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
