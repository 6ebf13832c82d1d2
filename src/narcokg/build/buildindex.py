"""What a build leaves for the next one (``.narcokg/build.index``, ignored by git).

The built Turtle is one block per subject (build/turtle.py); the index holds, for that file:
the sorted block keys and their byte offsets, and for each contribution (a document, by fact
file name; ``BASE``; ``DERIVED``) the stamps of its input files, its summary and the subjects it
gives triples to. A subject with several contributors (a period, an operation two reports share)
is *shared*: the index keeps each contributor's triples for it, so that replacing one document
recomputes that block from the others without reading them. A subject with one contributor is
rebuilt from nothing, or read back from its block in the old Turtle.

Stored with ``marshal`` (plain tuples, lists, dicts; no code runs on loading, unlike pickle),
behind a SHA-256 of the payload: an index that does not verify, or was written by another
version of the build code, is ignored and the next build is a full one. The index is the
build's own cache in the workspace's ``.narcokg/`` (the user's files, like the facts it
indexes), not data from elsewhere; every value is still checked for its type when decoded.
Each contribution's subjects and each shared subject's parts are kept as their own marshal
bytes (:class:`Blobs`): an incremental build decodes the few it touches and writes the others
back as the bytes it read, instead of decoding and encoding the whole index (~0.7 s at 1M).
"""

from __future__ import annotations

import gc
import hashlib
import marshal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from narcokg.build.ondisk import FileStamp
from narcokg.build.summary import DocumentSummary, MeasurementSummary
from narcokg.build.triples import PredicateObject

INDEX_FILE = "build.index"
BASE = "#base"  # the data set, the gazetteer's regions, the ontology
DERIVED = "#derived"  # whole-graph derived triples (build/incremental.py DERIVED_STEPS)


@dataclass(frozen=True)
class Outcome:
    """What a build did: ``rebuilt`` fact files (all of them when ``full``), the Turtle's size."""

    full: bool
    rebuilt: tuple[str, ...]
    removed: tuple[str, ...]
    lines: int
    store: bool


@dataclass
class UnitRecord:
    """One contribution: its inputs' stamps (fact file, source), the fact file of the original
    it translates (its triples depend on the original's figures) and its summary."""

    inputs: tuple[FileStamp, ...]
    original: str | None
    summary: DocumentSummary | None


V = TypeVar("V")


class Blobs(Generic[V]):
    """Values by key, each kept as its marshal bytes until first read. A value is never changed
    in place: :meth:`put` replaces it, and only values put are encoded again on saving."""

    def __init__(self, kind: type, blobs: dict[str, bytes] | None = None) -> None:
        self._kind = kind  # what a decoded value must be
        self._blobs = blobs or {}
        self._values: dict[str, V] = {}

    def get(self, key: str) -> V | None:
        value = self._values.get(key)
        if value is None and key in self._blobs:
            try:
                decoded = marshal.loads(self._blobs[key])
            except (EOFError, TypeError):
                decoded = None
            if not isinstance(decoded, self._kind):
                raise ValueError(f"the build index is damaged at {key!r}")
            value = self._values[key] = cast(V, decoded)
        return value

    def put(self, key: str, value: V) -> None:
        self._blobs.pop(key, None)
        self._values[key] = value

    def drop(self, key: str) -> None:
        self._blobs.pop(key, None)
        self._values.pop(key, None)

    def encoded(self) -> dict[str, bytes]:
        fresh = {k: v for k, v in self._values.items() if k not in self._blobs}
        return self._blobs | {k: marshal.dumps(cast(Any, v)) for k, v in fresh.items()}


Parts = dict[str, frozenset[PredicateObject]]  # a shared subject's triples, by contributor


def canonical(parts: Parts) -> Parts:
    """``parts`` with equal values one object: marshal writes it once and refers to it (every
    report naming the national agency gives it the same triples)."""
    seen: dict[frozenset[PredicateObject], frozenset[PredicateObject]] = {}
    return {name: seen.setdefault(part, part) for name, part in parts.items()}


@dataclass
class BuildIndex:
    global_key: str
    output: FileStamp
    keys: list[str]  # block keys (``<subject>``), sorted: the order of the Turtle
    offsets: list[int]  # each block's start in the Turtle after the prefix lines, then the end
    contributors: dict[str, list[str]]  # shared subjects -> contributing units
    units: dict[str, UnitRecord]
    subjects: Blobs[frozenset[str]] = field(default_factory=lambda: Blobs(frozenset))
    shared: Blobs[Parts] = field(default_factory=lambda: Blobs(dict))  # by shared subject
    #: ``DERIVED``'s triples by subject, under the one key ``DERIVED``: an incremental build
    #: recomputes only the subjects whose derived links changed (build/splice.py)
    derived: Blobs[dict[str, frozenset[PredicateObject]]] = field(
        default_factory=lambda: Blobs(dict)
    )


def _stamp(value: FileStamp) -> tuple[str, int, int]:
    return (value.sha256, value.size, value.mtime_ns)


def _summary(value: DocumentSummary | None) -> Any:
    if value is None:
        return None
    return (*value[:-1], tuple(tuple(m) for m in value.measurements))


def _unsummary(value: Any) -> DocumentSummary | None:
    if value is None:
        return None
    return DocumentSummary._make((*value[:-1], tuple(map(MeasurementSummary._make, value[-1]))))


@contextmanager
def no_gc() -> Iterator[None]:
    """Millions of small tuples, sets and dicts and no reference cycles worth collecting: the
    cyclic collector would walk them again and again (a third of an incremental build's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def save(index: BuildIndex, path: Path) -> None:
    from narcokg.build.store import write_atomically

    write_atomically(path, encode(index))


def encode(index: BuildIndex) -> bytes:
    """The index file's bytes: the SHA-256 of the payload, then the payload."""
    units = {
        name: (tuple(_stamp(s) for s in r.inputs), r.original, _summary(r.summary))
        for name, r in index.units.items()
    }
    with no_gc():
        payload = marshal.dumps(
            (
                index.global_key,
                _stamp(index.output),
                index.keys,
                index.offsets,
                index.contributors,
                units,
                index.subjects.encoded(),
                index.shared.encoded(),
                index.derived.encoded(),
            )
        )
    return hashlib.sha256(payload).digest() + payload


def load(path: Path, global_key: str) -> BuildIndex | None:
    """The index at ``path`` if it is intact and was made by this build code, else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    payload = data[32:]
    if hashlib.sha256(payload).digest() != data[:32]:
        return None
    try:
        with no_gc():
            return _decode(marshal.loads(payload), global_key)
    except (ValueError, TypeError, EOFError, KeyError, AttributeError):
        return None


def _decode(value: Any, global_key: str) -> BuildIndex | None:
    key, output, keys, offsets, contributors, units, subjects, shared, derived = value
    if key != global_key or len(offsets) != len(keys) + 1:
        return None
    blobs = (*subjects.values(), *shared.values(), *derived.values())
    if not all(isinstance(b, bytes) for b in blobs) or not derived.keys() <= {DERIVED}:
        return None
    if subjects.keys() != units.keys() or shared.keys() != contributors.keys():
        return None
    records = {
        name: UnitRecord(tuple(FileStamp(*s) for s in inputs), original, _unsummary(summary))
        for name, (inputs, original, summary) in units.items()
    }
    return BuildIndex(key, FileStamp(*output), keys, offsets, contributors, records,
                      Blobs(frozenset, subjects), Blobs(dict, shared),
                      Blobs(dict, derived))  # fmt: skip
