"""The built graph as an on-disk pyoxigraph store, so a query needs no parse of the Turtle.

``narcokg build`` writes ``.narcokg/store-<hash>/`` beside the workspace's ``narcokg.ttl`` and a
stamp, ``.narcokg/store.json``, naming that folder and the SHA-256, size and modification time
of the Turtle (and of the ontology) it was loaded from. Readers open the store read-only when the
stamp matches the Turtle: size and time first (no read of the file), the hash only when those
differ (a copy or a ``touch`` with the same bytes keeps the store). A stale or missing store of a
large graph is rebuilt (into a temporary folder, then renamed); a small graph, or one beside which
nothing can be written (the shipped graph inside an installed wheel), is parsed into memory, which
for such graphs is faster than opening a store anyway.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from narcokg.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph

    from narcokg.build.triples import Triple

#: Below this many bytes of Turtle, parsing into memory beats opening a store on disk.
SMALL_GRAPH_BYTES = 4_000_000
STATE_DIR = ".narcokg"
STAMP = "store.json"


class FileStamp(NamedTuple):
    """What identifies a file's content cheaply (size, time) and surely (hash)."""

    sha256: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp:
        status = path.stat()
        return cls(sha256_of(path), status.st_size, status.st_mtime_ns)

    def matches(self, path: Path) -> bool:
        try:
            status = path.stat()
        except OSError:
            return False
        if (status.st_size, status.st_mtime_ns) == (self.size, self.mtime_ns):
            return True
        return status.st_size == self.size and sha256_of(path) == self.sha256


def sha256_of(path: Path) -> str:
    import hashlib  # only when a stamp's size or time differs: not at start-up

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def state_dir(graph_file: Path) -> Path:
    """Where the store of ``graph_file`` lives (ignored by git)."""
    return graph_file.parent / STATE_DIR


def _read_stamp(graph_file: Path) -> dict[str, Any] | None:
    try:
        stamp = json.loads((state_dir(graph_file) / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def fresh_store_path(graph_file: Path, ontology: Path | None = None) -> Path | None:
    """The store folder holding exactly ``graph_file`` (and ``ontology`` if given), else None."""
    fresh = fresh_store(graph_file, ontology)
    return None if fresh is None else fresh[0]


def fresh_store(graph_file: Path, ontology: Path | None = None) -> tuple[Path, str] | None:
    """The store folder holding exactly ``graph_file`` (and ``ontology`` if given) and the
    SHA-256 of the graph it holds (what answers kept from it are tied to), else None."""
    stamp = _read_stamp(graph_file)
    if stamp is None:
        return None
    try:
        checks = [(graph_file, FileStamp(**stamp["graph"]))]
        if ontology is not None:
            checks.append((ontology, FileStamp(**stamp["ontology"])))
        folder = state_dir(graph_file) / str(stamp["folder"])
    except (KeyError, TypeError):
        return None
    if not folder.is_dir() or not all(known.matches(path) for path, known in checks):
        return None
    return folder, checks[0][1].sha256


def write_store(graph_file: Path, ontology: Path) -> Path:
    """Load ``graph_file`` into a new on-disk store beside it and point the stamp at it.

    The store is loaded in a temporary folder (build/loading.py) and renamed when complete;
    older stores are then removed. ``ontology`` is only stamped (the built graph already holds
    its triples), so that a reader can tell the store still matches the shipped ontology.
    """
    from narcokg.build.loading import load_file

    root = state_dir(graph_file)
    root.mkdir(parents=True, exist_ok=True)
    return install_store(
        graph_file, load_file(root, graph_file), FileStamp.of(graph_file), ontology
    )


def install_store(graph_file: Path, scratch: Path, graph_stamp: FileStamp, ontology: Path) -> Path:
    """Make the closed store at ``scratch`` (beside ``graph_file``, holding it) the current one."""
    import shutil

    from narcokg.build.store import write_atomically

    folder_name = f"store-{graph_stamp.sha256[:16]}"
    root = state_dir(graph_file)
    try:
        target = root / folder_name
        shutil.rmtree(target, ignore_errors=True)
        os.replace(scratch, target)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    stamp = {
        "folder": folder_name,
        "graph": graph_stamp._asdict(),
        "ontology": FileStamp.of(ontology)._asdict(),
    }
    write_atomically(root / STAMP, json.dumps(stamp, indent=1).encode())
    for old in root.glob("store-*"):
        if old.name != folder_name:
            shutil.rmtree(old, ignore_errors=True)
    return target


def update_store(
    graph_file: Path,
    folder: Path,
    changes: tuple[list[Triple], list[Triple]],
    graph_stamp: FileStamp,
) -> bool:
    """Remove and add triples in the store at ``folder`` (which held the graph before a rebuild
    changed those triples), then stamp it as holding ``graph_file``. False if the store cannot
    be opened for writing (a reader holds it, or it is damaged): the caller loads a new one."""
    import pyoxigraph as ox

    from narcokg import paths
    from narcokg.build.store import write_atomically

    removals, additions = changes
    try:
        store = ox.Store(str(folder))
    except OSError:
        return False
    try:
        for triple in removals:
            store.remove(_quad(triple))
        store.extend(_quad(triple) for triple in additions)
        store.flush()
    finally:
        del store
    stamp = {
        "folder": folder.name,
        "graph": graph_stamp._asdict(),
        "ontology": FileStamp.of(paths.ontology_file())._asdict(),
    }
    write_atomically(state_dir(graph_file) / STAMP, json.dumps(stamp, indent=1).encode())
    return True


def _quad(triple: Triple) -> pyoxigraph.Quad:
    import pyoxigraph as ox

    from narcokg.build.triples import to_oxigraph

    converted = to_oxigraph(*triple)
    return ox.Quad(converted.subject, converted.predicate, converted.object, ox.DefaultGraph())


def open_graph_store(graph_file: Path, ontology: Path | None = None) -> pyoxigraph.Store:
    """A pyoxigraph store holding ``graph_file`` (and ``ontology``, which a built graph already
    holds: it is then checked to be the one stamped): the on-disk one read-only when it is
    current, else (re)built when the graph is large and its folder writable, else parsed into
    memory."""
    import pyoxigraph as ox

    if not graph_file.is_file():
        raise InputError(f"{graph_file} has not been built yet: run `narcokg build`")
    folder = fresh_store_path(graph_file, ontology)
    if folder is None and _worth_a_store(graph_file):
        from narcokg import paths

        try:
            folder = write_store(graph_file, paths.ontology_file())
        except OSError:
            folder = None  # cannot write beside the graph: parse it instead
        if folder is not None and ontology is not None:
            folder = fresh_store_path(graph_file, ontology)
    if folder is not None:
        try:
            return ox.Store.read_only(str(folder))
        except OSError:
            pass  # removed by a concurrent build, or unreadable: parse instead
    store = ox.Store()
    for path in (graph_file,) if ontology is None else (graph_file, ontology):
        try:
            store.load(path=str(path), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, OSError) as error:
            raise InputError(f"cannot load {path}: {error}") from error
    return store


def _worth_a_store(graph_file: Path) -> bool:
    return graph_file.stat().st_size >= SMALL_GRAPH_BYTES and os.access(graph_file.parent, os.W_OK)
