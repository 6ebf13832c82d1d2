"""Kept answers of the whole-table stored queries (materialised views), beside the on-disk store.

``measurements``, ``share-of-national`` without a region and ``measurements-for-region`` for a
country answer one row per measurement: at a million triples that is 20-37 thousand rows and
seconds of evaluation (about 16 lookups a row) on any engine. Their answer only changes when
the graph or the query does, so the first live evaluation on a current on-disk store keeps it in
``.narcokg/views/``, and later runs of the same text on the same graph read it back.

A kept answer is trusted only when all of these hold (else the query runs live):

- the on-disk store is current (its stamp matches the Turtle, build/ondisk.py) and the graph
  SHA-256 in that stamp is the one the answer was computed on;
- the SHA-256 of the stored query's file text and of the rendered text (parameters bound) are
  the ones it was computed from.

It is exactly the engine's answer for that text: :class:`~narcokg.queries.engines.LocalEngine`
ran it on that store and its rows were written as they came, in order. A file is written only if
the store's stamp is the same after the evaluation as before it (a build that ran meanwhile
leaves nothing), through a temporary file and a rename; files of other graphs are removed then.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from narcokg.queries.catalogue import StoredQuery
from narcokg.queries.results import SelectResult, Term

#: The stored queries whose answers are kept (any parameter values, when large enough).
VIEW_QUERIES = frozenset({"measurements", "share-of-national", "measurements-for-region"})
#: Smaller answers are evaluated live: they are fast, and a file per region would pile up.
MIN_ROWS = 1000
#: Files kept per graph (one per rendered text); the oldest go first.
MAX_VIEWS = 16
FOLDER = "views"
VERSION = 1


class ViewKey(NamedTuple):
    """What a kept answer is tied to: the folder it lives in, the graph's, the query file's and
    the rendered text's SHA-256."""

    folder: Path
    graph: str
    query_file: str
    text: str

    @property
    def path(self) -> Path:
        return self.folder / f"{self.graph[:16]}-{self.text[:32]}.json"

    def header(self) -> dict[str, object]:
        return {"version": VERSION, "graph": self.graph, "query_file": self.query_file,
                "text": self.text}  # fmt: skip


def view_key(graph_file: Path, stored: StoredQuery, text: str) -> ViewKey | None:
    """The key of ``text``'s kept answer on ``graph_file``'s current on-disk store; None when
    ``stored`` is not one of :data:`VIEW_QUERIES` or there is no current store."""
    if stored.name not in VIEW_QUERIES:
        return None
    from narcokg.build.ondisk import fresh_store, state_dir

    fresh = fresh_store(graph_file)
    if fresh is None:
        return None
    return ViewKey(state_dir(graph_file) / FOLDER, fresh[1], _sha256(stored.text), _sha256(text))


def read_view(key: ViewKey) -> SelectResult | None:
    """The kept answer for ``key``, or None (none kept, another graph or text, a damaged file)."""
    try:
        with key.path.open("rb") as handle:
            if json.loads(handle.readline()) != key.header():
                return None
            body = json.loads(handle.read())
        return _decode(body)
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None


def save_view(key: ViewKey, graph_file: Path, result: SelectResult) -> bool:
    """Keep ``result``, the live answer for ``key`` on ``graph_file``'s store, if it is large
    enough and the store still holds the graph of ``key`` (no build ran meanwhile). Whether it
    was written; a folder that cannot be written keeps nothing."""
    from narcokg.build.ondisk import fresh_store
    from narcokg.build.store import write_atomically

    if len(result.rows) < MIN_ROWS:
        return False
    fresh = fresh_store(graph_file)
    if fresh is None or fresh[1] != key.graph:
        return False
    data = _encode(key, result)
    try:
        write_atomically(key.path, data)
    except OSError:
        return False
    _prune(key)
    return True


def _encode(key: ViewKey, result: SelectResult) -> bytes:
    """A header line, then the answer: its distinct terms once, each row as their positions."""
    terms: dict[Term, int] = {}
    rows = [[-1 if t is None else terms.setdefault(t, len(terms)) for t in r] for r in result.rows]
    body = {"variables": list(result.variables), "terms": [list(t) for t in terms], "rows": rows}
    header = json.dumps(key.header(), separators=(",", ":"))
    return (header + "\n" + json.dumps(body, separators=(",", ":"), ensure_ascii=False)).encode()


def _decode(body: dict[str, Any]) -> SelectResult | None:
    variables = tuple(str(v) for v in body["variables"])
    terms = [Term(*_term_fields(fields)) for fields in body["terms"]]
    lookup: list[Term | None] = [*terms, None]  # -1: unbound
    width = len(variables)
    rows = tuple(tuple(lookup[i] for i in row) for row in body["rows"])
    if any(len(row) != width for row in rows):
        return None
    return SelectResult(variables, rows)


def _term_fields(fields: list[Any]) -> tuple[Any, ...]:
    kind, value, datatype, lang = fields
    if kind not in ("uri", "literal", "bnode") or not isinstance(value, str):
        raise ValueError(f"not a term: {fields!r}")
    return kind, value, datatype, lang


def _prune(key: ViewKey) -> None:
    """Remove the files of other graphs, and the oldest past :data:`MAX_VIEWS`."""
    mine = f"{key.graph[:16]}-"
    kept: list[Path] = []
    for path in key.folder.glob("*.json"):
        if path.name.startswith(mine):
            kept.append(path)
        else:
            path.unlink(missing_ok=True)
    for path in _oldest_first(kept)[: max(0, len(kept) - MAX_VIEWS)]:
        path.unlink(missing_ok=True)


def _oldest_first(paths: Iterable[Path]) -> list[Path]:
    timed = []
    for path in paths:
        try:
            timed.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    return [path for _, path in sorted(timed)]


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()
