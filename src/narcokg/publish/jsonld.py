"""Compacted JSON-LD for people: short keys from narcokg's published, versioned ``@context``.

The context ships in the repository (``ontology/context/narcokg-context-1.0.jsonld``) and is
served by ``narcokg serve`` at the path of its IRI, ``/context/1.0.jsonld``. The download refers
to the context by that IRI; a JSON-LD processor expands it back to the very triples of the graph
(tested with pyld against the Turtle). rdflib does the compaction; its node and array order
follows Python's string hashing, so the output is re-sorted to be the same bytes on every run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narcokg import paths

if TYPE_CHECKING:
    import pyoxigraph

CONTEXT_VERSION = "1.0"
CONTEXT_IRI = f"https://w3id.org/narcokg/context/{CONTEXT_VERSION}.jsonld"
#: Where ``narcokg serve`` offers the context (the path of its IRI under the w3id base).
CONTEXT_PATH = f"/context/{CONTEXT_VERSION}.jsonld"


def context_file() -> Path:
    return paths.data_root() / "ontology" / "context" / f"narcokg-context-{CONTEXT_VERSION}.jsonld"


def load_context() -> dict[str, Any]:
    """The ``@context`` object of the shipped context document."""
    document: dict[str, Any] = json.loads(context_file().read_text(encoding="utf-8"))
    return dict(document["@context"])


def compact_jsonld(triples: Iterable[pyoxigraph.Triple]) -> bytes:
    """The triples as compacted JSON-LD whose ``@context`` is :data:`CONTEXT_IRI`."""
    import rdflib

    from narcokg.build.store import serialize_triples

    graph = rdflib.Graph()
    graph.parse(data=serialize_triples(triples, "ntriples"), format="nt")
    text = graph.serialize(format="json-ld", context=load_context(), auto_compact=True)
    document = json.loads(text)
    document["@context"] = CONTEXT_IRI
    ordered = _ordered(document)
    return (json.dumps(ordered, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def _ordered(value: Any) -> Any:
    """Arrays sorted (they are sets in JSON-LD, except under ``@list``), recursively."""
    if isinstance(value, dict):
        return {key: (item if key == "@list" else _ordered(item)) for key, item in value.items()}
    if isinstance(value, list):
        items = [_ordered(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return value
