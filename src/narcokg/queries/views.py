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
ran it on that store and its rows were written as they came, in order (for the queries a build
can splice, queries/viewparts.py, with ``?m`` projected first: a column kept apart as each row's
tag, read only by a splice). After an incremental build, the answer kept for the graph it started
from is spliced instead of evaluated whole (:func:`answer_kept`). A file is written only if
the store's stamp is the same after the evaluation as before it (a build that ran meanwhile
leaves nothing), through a temporary file and a rename; the same text's files for other graphs
are removed then.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from narcokg.queries.catalogue import StoredQuery
from narcokg.queries.results import QueryResult, SelectResult, Term
from narcokg.queries.viewparts import Tagged

if TYPE_CHECKING:
    from narcokg.queries.engines import Engine

#: The stored queries whose answers are kept (any parameter values, when large enough).
VIEW_QUERIES = frozenset(
    {"measurements", "share-of-national", "measurements-for-region", "seizures-by-operation"}
)
#: Smaller answers are evaluated live: they are fast, and a file per region would pile up.
MIN_ROWS = 1000
#: Files kept (one per rendered text and graph); the oldest go first.
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


def answer_kept(
    graph_file: Path, stored: StoredQuery, text: str, engine: Callable[[], Engine], *, live: bool
) -> QueryResult | None:
    """The answer to ``text`` on ``graph_file``: kept, spliced (queries/viewparts.py) or live
    on ``engine()`` and then kept; None when ``stored`` has no kept answers (or no current
    on-disk store): the caller evaluates as for any query."""
    from narcokg.queries import viewparts

    key = view_key(graph_file, stored, text)
    if key is None:
        return None
    opened: list[Engine] = []

    def once() -> Engine:
        if not opened:
            opened.append(engine())
        return opened[0]

    checked = viewparts.spliceable(stored.name, key.query_file)
    if not live:
        kept = _read(key)
        if kept is None and checked:
            kept = _spliced(key, text, graph_file, once)
        if kept is not None:
            return kept.result
    answer = once().run(viewparts.tagged(text) if checked else text)
    if not isinstance(answer, SelectResult):
        return answer
    fresh = viewparts.split_tags(answer) if checked else Tagged(answer, ())
    save_view(key, graph_file, fresh)
    return fresh.result


def splice_kept(graph_file: Path, stored: StoredQuery, text: str, engine: Engine) -> Tagged | None:
    """The answer kept before the last build, brought up to date and kept (or None); what
    :func:`answer_kept` does when the current graph has no kept answer yet."""
    key = view_key(graph_file, stored, text)
    return None if key is None else _spliced(key, text, graph_file, lambda: engine)


def _spliced(
    key: ViewKey, text: str, graph_file: Path, engine: Callable[[], Engine]
) -> Tagged | None:
    """The answer kept for the graph the last build started from, brought up to date by that
    build's changes (queries/viewparts.py), and kept; None when there is none or the changes
    are unknown."""
    from narcokg.build.lastbuild import last_step
    from narcokg.errors import NarcoKGError
    from narcokg.queries import viewparts

    step = last_step(graph_file)
    if step is None:
        return None
    old = _read(key._replace(graph=step[0]), tags=True)
    if old is None or len(old.tags) != len(old.result.rows):
        return None
    try:
        spliced = viewparts.splice(old, step[1], text, engine())
    except NarcoKGError:  # e.g. a text past the length limit: evaluate the whole table
        return None
    if spliced is not None:
        save_view(key, graph_file, spliced)
    return spliced


def read_view(key: ViewKey) -> SelectResult | None:
    """The kept answer for ``key``, or None (none kept, another graph or text, a damaged file)."""
    kept = _read(key)
    return None if kept is None else kept.result


def _read(key: ViewKey, *, tags: bool = False) -> Tagged | None:
    """The kept answer (three lines: the header, the answer, its rows' tags, read only when
    ``tags``). A file whose answer is ``{"same_as": name}`` has the answer of that file of the
    folder (the build writes a country's answer once, build/tables.py), which must be for the
    same graph and query file."""
    try:
        with key.path.open("rb") as handle:
            if json.loads(handle.readline()) != key.header():
                return None
            body = json.loads(handle.readline())
            if set(body) == {"same_as"}:
                return _read_same_as(key, str(body["same_as"]), tags)
            found = json.loads(handle.readline()) if tags else []
        return _decode(body, found)
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None


def _read_same_as(key: ViewKey, name: str, tags: bool) -> Tagged | None:
    path = key.folder / Path(name).name
    with path.open("rb") as handle:
        header = json.loads(handle.readline())
        if not isinstance(header, dict) or (header.get("graph"), header.get("query_file")) != (
            key.graph,
            key.query_file,
        ):
            return None
        body = json.loads(handle.readline())
        found = json.loads(handle.readline()) if tags else []
    return None if set(body) == {"same_as"} else _decode(body, found)


def save_view(key: ViewKey, graph_file: Path, kept: Tagged) -> bool:
    """Keep ``kept``, the answer for ``key`` on ``graph_file``'s store, if it is large enough
    and the store still holds the graph of ``key`` (no build ran meanwhile). Whether it was
    written; a folder that cannot be written keeps nothing."""
    from narcokg.build.ondisk import fresh_store
    from narcokg.build.store import write_atomically

    if len(kept.result.rows) < MIN_ROWS:
        return False
    fresh = fresh_store(graph_file)
    if fresh is None or fresh[1] != key.graph:
        return False
    data = _encode(key, kept)
    try:
        write_atomically(key.path, data)
    except OSError:
        return False
    _prune(key)
    return True


def _encode(key: ViewKey, kept: Tagged) -> bytes:
    """The file build/tables.py also writes: a header line, the answer, each row's measurement."""
    from narcokg.build.table_rows import Table
    from narcokg.build.tables import encode_body, header_line

    answer = Table(list(kept.result.rows), list(kept.tags))
    return header_line(key.header()) + encode_body(kept.result.variables, answer)


def _decode(body: dict[str, Any], tags: list[Any]) -> Tagged | None:
    variables = tuple(str(v) for v in body["variables"])
    terms = [Term(*_term_fields(fields)) for fields in body["terms"]]
    lookup: list[Term | None] = [*terms, None]  # -1: unbound
    width = len(variables)
    rows = tuple(tuple(lookup[i] for i in row) for row in body["rows"])
    if any(len(row) != width for row in rows) or not all(isinstance(t, str) for t in tags):
        return None
    return Tagged(SelectResult(variables, rows), tuple(tags))


def _term_fields(fields: list[Any]) -> tuple[Any, ...]:
    kind, value, datatype, lang = fields
    if kind not in ("uri", "literal", "bnode") or not isinstance(value, str):
        raise ValueError(f"not a term: {fields!r}")
    return kind, value, datatype, lang


def _prune(key: ViewKey) -> None:
    """Remove this text's files for other graphs (this one replaces them), and the oldest files
    past :data:`MAX_VIEWS` (another text's file for an older graph stays until then: the next
    run of that text may splice it)."""
    kept: list[Path] = []
    for path in key.folder.glob("*.json"):
        if path.name.endswith(f"-{key.text[:32]}.json") and path != key.path:
            path.unlink(missing_ok=True)
        else:
            kept.append(path)
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
