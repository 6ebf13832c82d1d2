"""Replacing contributions in a built graph: the subjects they touch are recomputed from every
contributor, their Turtle blocks spliced into the old file, their triples changed in the
on-disk store, and the index (build/buildindex.py) brought up to date. Then the outputs are
written: the Turtle first (atomically), then the store, then the index, so that a build stopped
half-way leaves an index that no longer matches the Turtle (the next build is a full one)."""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg.build import buildindex, lastbuild, turtle
from narcokg.build.buildindex import DERIVED, BuildIndex, Outcome, UnitRecord
from narcokg.build.ondisk import FileStamp, fresh_store_path, state_dir
from narcokg.build.triples import Graph, PredicateObject, from_oxigraph
from narcokg.model.workspace import Workspace

if TYPE_CHECKING:
    from narcokg.build.loading import PieceLoader

Changes = dict[str, tuple[set[PredicateObject], set[PredicateObject]]]  # subject: (old, new)


def apply(
    workspace: Workspace,
    index: BuildIndex,
    new: tuple[dict[str, Graph], dict[str, UnitRecord]],
    removed: Iterable[str],
    with_store: bool,
) -> Outcome:
    """Replace the contributions named in ``new`` (their graphs and records), drop ``removed``."""
    graphs, records = new
    old = {name: index.units.pop(name) for name in (*graphs, *removed) if name in index.units}
    old_subjects = {name: index.subjects.get(name) or frozenset() for name in old}
    index.units.update(records)
    grouped = {name: graph.subjects for name, graph in graphs.items()}
    for name in old.keys() - records.keys():
        index.subjects.drop(name)
    for name, by_subject in grouped.items():
        subjects = frozenset(by_subject)
        if subjects != old_subjects.get(name):  # else its stored bytes are kept
            index.subjects.put(name, subjects)
    data = workspace.graph_file.read_bytes()
    head = turtle.header()
    if not data.startswith(head):
        raise ValueError("the built Turtle does not start with the prefix lines")
    body = memoryview(data)[len(head) :]
    touched = _touched(index, old_subjects, grouped)
    changes: Changes = {}
    for subject in sorted(touched):
        before, after = _recompute(index, body, old_subjects, grouped, subject)
        if before != after:
            changes[subject] = (before, after)
    pieces, index.keys, index.offsets = _splice(body, index, changes)
    store_folder = fresh_store_path(workspace.graph_file) if with_store else None
    output = b"".join((head, *pieces))  # one copy of the whole file
    rebuilt = tuple(sorted(n for n in graphs if not n.startswith("#")))
    gone = tuple(sorted(removed))
    own = set().union(*(grouped[name] for name in rebuilt))  # the rebuilt documents' subjects
    changed = (rebuilt, gone, own, changes.keys())
    store = write_outputs(workspace, output, index, (store_folder, changes), with_store, changed)
    return Outcome(False, rebuilt, gone, output.count(b"\n"), store)


def _touched(
    index: BuildIndex,
    old: Mapping[str, frozenset[str]],
    grouped: Mapping[str, dict[str, set[PredicateObject]]],
) -> set[str]:
    """The subjects whose blocks may change: every subject of a replaced or removed document,
    and of the derived links only those whose links changed (every derived subject when the
    index does not hold the old links). Keeps the new links in the index."""
    documents = [n for n in (*old, *grouped) if n != DERIVED]
    touched: set[str] = set()
    for name in documents:
        touched |= old.get(name, frozenset()) | grouped.get(name, {}).keys()
    if DERIVED not in grouped:
        return touched | old.get(DERIVED, frozenset())
    before = index.derived.get(DERIVED)
    after = {subject: frozenset(pairs) for subject, pairs in grouped[DERIVED].items()}
    index.derived.put(DERIVED, after)
    if before is None:
        return touched | old.get(DERIVED, frozenset()) | after.keys()
    return touched | {s for s in before.keys() | after.keys() if before.get(s) != after.get(s)}


def _recompute(
    index: BuildIndex,
    body: memoryview,
    old: Mapping[str, frozenset[str]],
    grouped: Mapping[str, dict[str, set[PredicateObject]]],
    subject: str,
) -> tuple[set[PredicateObject], set[PredicateObject]]:
    """The subject's triples before and after (``old``: the replaced contributions' subjects),
    and its shared parts in the index updated."""
    parts: dict[str, frozenset[PredicateObject]] = {}
    stored: dict[str, frozenset[PredicateObject]] | None = None
    contributors = index.contributors.get(subject)
    if contributors is not None:
        stored = index.shared.get(subject) or {}
        before = set().union(*(stored[name] for name in contributors))
        parts = {name: stored[name] for name in contributors if name not in old}
    else:
        before = _old_block(index, body, subject)
        owners = [name for name, subjects in old.items() if subject in subjects]
        if before and not owners:  # a kept document's own subject another now shares
            owner = next(
                n
                for n in index.units
                if n not in grouped and subject in (index.subjects.get(n) or ())
            )
            parts[owner] = frozenset(before)
    for name, by_subject in grouped.items():
        if subject in by_subject:
            parts[name] = frozenset(by_subject[subject])
    if len(parts) > 1:
        index.contributors[subject] = sorted(parts)
        if parts != stored:  # else its stored bytes are kept
            index.shared.put(subject, buildindex.canonical(parts))
    else:
        index.contributors.pop(subject, None)
        index.shared.drop(subject)
    return before, set().union(*parts.values())


def _old_block(index: BuildIndex, body: memoryview, subject: str) -> set[PredicateObject]:
    import pyoxigraph as ox

    key = turtle.subject_key(subject)
    at = bisect_left(index.keys, key)
    if at == len(index.keys) or index.keys[at] != key:
        return set()
    block = turtle.header() + bytes(body[index.offsets[at] : index.offsets[at + 1]])
    triples = [from_oxigraph(q.triple) for q in ox.parse(block, format=ox.RdfFormat.TURTLE)]
    if any(s != subject for s, _, _ in triples):
        raise ValueError(f"the index does not match the Turtle at {subject}")
    return {(p, o) for _, p, o in triples}


def _splice(
    body: memoryview, index: BuildIndex, changes: Changes
) -> tuple[list[bytes | memoryview], list[str], list[int]]:
    """The new Turtle body (in pieces), block keys and offsets: unchanged blocks as they were,
    changed ones new."""
    changed = [s for s in sorted(changes, key=turtle.subject_key) if changes[s][1]]
    fresh, fresh_offsets = turtle.blocks(changed, {s: changes[s][1] for s in changed})
    replaced = {turtle.subject_key(s): i for i, s in enumerate(changed)}
    removed = {turtle.subject_key(s) for s in changes} - replaced.keys()
    pieces: list[bytes | memoryview] = []
    keys: list[str] = []
    offsets: list[int] = []
    size = 0
    position = 0  # the next old block to copy
    edits = sorted(replaced.keys() | removed)
    for key in [*edits, None]:
        stop = len(index.keys) if key is None else bisect_left(index.keys, key)
        if stop > position:  # unchanged blocks: one copy, offsets shifted
            shift = size - index.offsets[position]
            offsets.extend(o + shift for o in index.offsets[position:stop])
            keys.extend(index.keys[position:stop])
            pieces.append(body[index.offsets[position] : index.offsets[stop]])
            size += index.offsets[stop] - index.offsets[position]
        position = max(position, stop)
        if key is None:
            break
        _check_boundary(body, index.offsets[position] if position < len(index.keys) else None)
        if position < len(index.keys) and index.keys[position] == key:
            position += 1  # the old block of a changed subject
        if key in replaced:
            at = replaced[key]
            keys.append(key)
            offsets.append(size)
            pieces.append(fresh[fresh_offsets[at] : fresh_offsets[at + 1]])
            size += fresh_offsets[at + 1] - fresh_offsets[at]
    offsets.append(size)
    return pieces, keys, offsets


def _check_boundary(body: memoryview, offset: int | None) -> None:
    """An edit point must be where a block starts: after a newline, not on a continuation line
    (an index that does not describe the Turtle is refused, never spliced into it)."""
    if offset is None:
        return
    if offset > len(body) or (offset and body[offset - 1] != 0x0A) or body[offset] == 0x09:
        raise ValueError(f"the build index does not match the Turtle at byte {offset}")


def write_turtle(workspace: Workspace, data: bytes | list[bytes], index: BuildIndex) -> None:
    """Write the Turtle (atomically; ``data`` or its pieces in order) and stamp it in the
    index."""
    from narcokg.build.store import write_atomically

    lastbuild.forget(workspace.graph_file)  # its record would describe the Turtle replaced
    write_atomically(workspace.graph_file, data)
    digest = hashlib.sha256()
    for piece in [data] if isinstance(data, bytes) else data:
        digest.update(piece)
    status = os.stat(workspace.graph_file)
    index.output = FileStamp(digest.hexdigest(), status.st_size, status.st_mtime_ns)


def write_outputs(
    workspace: Workspace,
    data: bytes | None,
    index: BuildIndex,
    update: tuple[Path | None, Changes] | None,
    with_store: bool,
    changed: tuple[Iterable[str], ...] | None = None,
    meanwhile: Callable[[], None] = lambda: None,
    loader: PieceLoader | None = None,
) -> bool:
    """Write the Turtle (unless ``data`` is None: ``write_turtle`` did), then the store (in
    place when ``update`` gives the current store's folder and the changes, finished from
    ``loader`` when given, else loaded anew), then the index and the record of what changed
    (build/lastbuild.py: ``changed``, None for a full build); the last three only
    ``with_store``. Whether a store was written. ``meanwhile`` (what the index still needs)
    runs while a new store loads: pyoxigraph's bulk loader releases the GIL, so on a second
    core it costs no wall time."""
    from concurrent.futures import ThreadPoolExecutor

    from narcokg import paths
    from narcokg.build.ondisk import install_store, update_store, write_store
    from narcokg.build.store import write_atomically

    graph_file = workspace.graph_file
    pending = lastbuild.unvalidated(graph_file) if with_store and data is not None else None
    start = index.output.sha256  # the Turtle this build started from, until write_turtle
    if data is not None:
        write_turtle(workspace, data, index)
    stamp = index.output
    index_file = state_dir(graph_file) / buildindex.INDEX_FILE
    if with_store and loader is not None:
        meanwhile()
        compacting = loader.finish()
        encoded = buildindex.encode(index)  # while the store compacts
        install_store(graph_file, compacting.result(), stamp, paths.ontology_file())
        loader.close()
        write_atomically(index_file, encoded)
        lastbuild.record(graph_file, stamp, None)
        return True
    updated = False
    folder, changes = update if update is not None else (None, {})
    if with_store and folder is not None:
        removals = [(s, p, o) for s, (old, new) in changes.items() for p, o in old - new]
        additions = [(s, p, o) for s, (old, new) in changes.items() for p, o in new - old]
        updated = update_store(graph_file, folder, (removals, additions), stamp)
    load = with_store and not updated
    with ThreadPoolExecutor(1) as pool:
        loading = pool.submit(write_store, graph_file, paths.ontology_file()) if load else None
        meanwhile()
        if loading is not None:
            loading.result()
    if with_store:  # encoded after the load: both at once would raise the peak memory
        write_atomically(index_file, buildindex.encode(index))
        step = None if changed is None else (start, changed[3])
        lastbuild.record(graph_file, stamp, lastbuild.merged(pending, changed), step)
    return with_store


def refresh_store(workspace: Workspace, with_store: bool) -> bool:
    """Nothing changed: load the store only if it is missing or stale."""
    from narcokg import paths
    from narcokg.build.ondisk import write_store

    if not with_store or fresh_store_path(workspace.graph_file) is not None:
        return False
    write_store(workspace.graph_file, paths.ontology_file())
    return True
