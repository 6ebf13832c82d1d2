"""Answers of the whole-table stored queries, computed by a full build from its own triples.

On the on-disk store these queries cost about 16 index lookups a row: 7 s for the 35 thousand
rows of ``measurements`` on a 1M-triple graph. A full build holds every triple in memory,
grouped by subject, where the same rows are a few dictionary reads each (build/table_rows.py).
So the build writes them as the queries' kept answers (queries/views.py: the same file, key and
trust rules as an answer kept after a live evaluation), each row tagged with its measurement so
that later incremental builds can splice them (queries/viewparts.py).

Each reading is tied to the query text it was checked on (:data:`QUERIES`: the SHA-256 of the
shipped file): the kept answer is keyed by that text's SHA-256 (and by the rendered text's, with
the parameters bound), so an edited query file never meets it and is evaluated live.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import NamedTuple

from narcokg import paths
from narcokg.build import table_rows, table_shares
from narcokg.build.table_regions import regions_of
from narcokg.build.table_rows import Cell, Reader, Subjects, Table

VERSION = 1
FOLDER = "views"
#: Smaller answers are not written: the query answers them live in well under a second.
MIN_ROWS = 1000


class Reading(NamedTuple):
    """How to compute one stored query's answers: the file text it reads (SHA-256), its columns,
    its rows for a value of its parameter (``param``; None: unbound) and the values worth an
    answer kept by the build."""

    query_sha256: str
    variables: tuple[str, ...]
    rows: Callable[[Reader, str | None], list[table_rows.Keyed]]
    param: str = ""
    values: Callable[[Reader], list[str | None]] = lambda reader: [None]


def _countries(reader: Reader) -> list[str | None]:
    """The spellings of the regions with a table of their own worth keeping (a country's)."""
    return list(regions_of(reader).large(MIN_ROWS))


QUERIES = {
    "measurements": Reading(
        "15b4dbbb479de48bcfe08f92a89165ac1c244a721b8c3e64f83b55fd5d27c0da",
        ("measure", "value", "lower_bound", "upper_bound", "qualifier", "unit", "region",
         "period", "operation", "agency", "document", "start", "end", "exact"),
        lambda reader, _: table_rows.measurements_rows(reader),
    ),
    "seizures-by-operation": Reading(
        "366c7fe2c860461db7008d7ffa9de8c131c9b807416f998ea9d2d3bab5a2f75f",
        ("operation", "measure", "value", "lower_bound", "upper_bound", "qualifier", "unit",
         "period", "document"),
        lambda reader, _: table_rows.seizures_rows(reader),
    ),
    "share-of-national": Reading(
        "0d1a5b135f85097aa5e58469e7fd0b1e9cf3d31fc8bdd65ace1aa46d11871b84",
        ("measurement", "measure", "period", "region", "operation", "unit", "part_low",
         "part_high", "national_measurement", "national_low", "national_high", "share_low",
         "share_high", "document"),
        table_shares.share_rows,
        "region",
        lambda reader: [None, *_countries(reader)],
    ),
    "measurements-for-region": Reading(
        "744cce8c2657af25ef805e38124d2abb6389f49a88c3c533c2b3d56382a6f517",
        ("measure", "value", "lower_bound", "upper_bound", "qualifier", "unit", "region",
         "period", "operation", "agency", "document", "start", "end", "exact"),
        lambda reader, region: regions_of(reader).answer(region),
        "region",
        _countries,
    ),
}  # fmt: skip


class Kept(NamedTuple):
    """One answer to write: the query's name, the rendered text it answers, its size and the
    file's lines after the header (:func:`encode_body`: bytes hold far less memory than rows)."""

    name: str
    text: str
    rows: int
    body: bytes


def compute(
    subjects: Subjects, progress: Callable[[str, int, int], None] | None = None
) -> list[Kept]:
    """The answers of the shipped whole-table queries on the graph of ``subjects`` (only those
    whose shipped file is the text read here: else nothing would ever read them)."""
    reader = Reader(subjects)
    kept = []
    for number, (name, reading) in enumerate(QUERIES.items()):
        if progress is not None:
            progress("answering the whole tables", number, len(QUERIES))
        text = _shipped(name, reading.query_sha256)
        if text is None:
            continue
        made: dict[int, tuple[list[table_rows.Keyed], int, bytes]] = {}  # by the rows' list
        for value in reading.values(reader):
            rendered = bind(text, reading.param, value)
            if rendered is None:
                continue
            rows = reading.rows(reader, value)  # one list for a country's spellings
            if id(rows) not in made:
                answer = table_rows.table(rows)
                made[id(rows)] = (rows, len(answer.rows), encode_body(reading.variables, answer))
            _, size, body = made[id(rows)]
            kept.append(Kept(name, rendered, size, body))
    return kept


def bind(text: str, param: str, value: str | None) -> str | None:
    """``text`` with ``value`` bound to ``param`` as queries/catalogue.py renders it (a string
    parameter; unchanged for None; None for a value that would need escapes: it is left to a
    live evaluation)."""
    if not param or value is None:
        return text
    if any(char in value for char in '"\\') or any(ord(char) < 32 for char in value):
        return None
    line = re.compile(rf"^([ \t]*)VALUES[ \t]+\?{param}[ \t]*\{{[ \t]*UNDEF[ \t]*\}}[ \t]*$", re.M)
    if len(line.findall(text)) != 1:
        return None
    return line.sub(lambda match: f'{match.group(1)}VALUES ?{param} {{ "{value}" }}', text)


def _shipped(name: str, sha256: str) -> str | None:
    try:
        text = (paths.queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    except OSError:
        return None
    return text if _sha256(text) == sha256 else None


def write(folder: Path, graph_sha256: str, kept: Iterable[Kept]) -> list[Path]:
    """Keep each answer for the graph with ``graph_sha256`` in ``folder`` (the store's
    ``views/``), unless it is small; the files written (none if the folder cannot be written:
    the first query then evaluates live). An answer the same as one written before (a country
    spelled another way) is written as a pointer to that file: ``{"same_as": name}``."""
    from narcokg.build.store import write_atomically

    written: list[Path] = []
    first: dict[int, str] = {}  # id of a body -> the file holding it
    for name, text, rows, body in kept:
        if rows < MIN_ROWS:
            continue
        query_sha, text_sha = QUERIES[name].query_sha256, _sha256(text)
        header = {"version": VERSION, "graph": graph_sha256, "query_file": query_sha,
                  "text": text_sha}  # fmt: skip
        path = folder / f"{graph_sha256[:16]}-{text_sha[:32]}.json"
        held = first.get(id(body))
        content = body if held is None else (json.dumps({"same_as": held}) + "\n").encode()
        try:
            write_atomically(path, [header_line(header), content])
            for other in folder.glob(f"*-{text_sha[:32]}.json"):
                if other != path:  # answers for older graphs: a full build splices none of them
                    other.unlink(missing_ok=True)
        except OSError:
            continue
        first.setdefault(id(body), path.name)
        written.append(path)
    return written


def header_line(header: Mapping[str, object]) -> bytes:
    """A kept answer's first line: what it is tied to (queries/views.py compares it whole)."""
    return (json.dumps(dict(header), separators=(",", ":"), ensure_ascii=False) + "\n").encode()


def encode_body(variables: Sequence[str], answer: Table) -> bytes:
    """A kept answer's file after its header line: the answer (its distinct terms once, each row
    as their positions, -1 for an unbound cell), then each row's measurement."""
    distinct = [t for t in dict.fromkeys(chain.from_iterable(answer.rows)) if t is not None]
    position: dict[Cell, int] = {t: i for i, t in enumerate(distinct)}
    position[None] = -1
    rows = [list(map(position.__getitem__, row)) for row in answer.rows]
    body = {"variables": list(variables), "terms": [list(t) for t in distinct], "rows": rows}
    compact = (
        json.dumps(x, separators=(",", ":"), ensure_ascii=False) for x in (body, answer.tags)
    )
    return "".join(f"{line}\n" for line in compact).encode()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
