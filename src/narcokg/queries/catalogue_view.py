"""The stored-query catalogue shown to people (a table) and to programs (JSON)."""

from __future__ import annotations

import json
from typing import Any

from narcokg.queries.catalogue import Catalogue, StoredQuery


def catalogue_entries(catalogue: Catalogue) -> list[dict[str, Any]]:
    """One plain dictionary per stored query: name, summary, description and parameters."""
    return [_entry(query) for query in catalogue]


def _entry(query: StoredQuery) -> dict[str, Any]:
    return {
        "name": query.name,
        "summary": query.summary,
        "description": query.description,
        "params": [
            {
                "name": p.name,
                "type": p.type,
                "required": p.required,
                "example": p.example,
                "description": p.description,
            }
            for p in query.params
        ],
    }


def catalogue_json(catalogue: Catalogue) -> str:
    return json.dumps(catalogue_entries(catalogue), indent=2, ensure_ascii=False) + "\n"


def catalogue_table(catalogue: Catalogue) -> str:
    """Name and summary per query, then one indented line per parameter."""
    width = max((len(q.name) for q in catalogue), default=0)
    lines = []
    for query in catalogue:
        lines.append(f"{query.name:<{width}}  {query.summary}")
        for p in query.params:
            need = "required" if p.required else "optional"
            lines.append(
                f"{'':<{width}}    --param {p.name}=… ({p.type}, {need}, e.g. {p.example})"
            )
    return "\n".join(lines) + "\n"
