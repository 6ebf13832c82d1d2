"""Bulk-loading a built graph into a new on-disk store in pieces, while the next is written.

pyoxigraph's bulk loader holds a whole batch (up to a million triples) in memory: about 1 GB
for the 1M-triple graph, on top of what the build holds. Pieces of whole subject blocks (about
4 MB of Turtle, ~60k triples, each with the prefix lines) peak near 100 MB each; two load at
once, on threads (the loader releases the GIL), while the build writes the next piece. Each
piece leaves its own files in the store, which would slow every later query (1.5-2 times on
this graph), so the store is compacted at the end (benchmarks/README.md, "Building").
"""

from __future__ import annotations

import shutil
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

#: Bytes of Turtle per bulk load, when the pieces are cut from a file.
LOAD_CHUNK_BYTES = 4 << 20
#: Pieces loading at once.
AT_ONCE = 2


class PieceLoader:
    """A new store in a temporary folder under ``root``, loaded piece by piece (each piece a
    whole Turtle document) on background threads; :meth:`finish` compacts and closes it."""

    def __init__(self, root: Path) -> None:
        import pyoxigraph as ox

        root.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(dir=root, prefix=".loading-"))
        self._store: ox.Store | None = ox.Store(str(self.folder))
        self._pool = ThreadPoolExecutor(AT_ONCE)
        self._running: deque[Future[None]] = deque()

    def add(self, piece: bytes) -> None:
        """Load ``piece``; waits while ``AT_ONCE`` pieces are loading."""
        if len(self._running) == AT_ONCE:
            self._running.popleft().result()
        self._running.append(self._pool.submit(self._load, piece))

    def _load(self, piece: bytes) -> None:
        import pyoxigraph as ox

        assert self._store is not None
        self._store.bulk_load(input=piece, format=ox.RdfFormat.TURTLE)

    def finish(self) -> Future[Path]:
        """The folder, once every piece is in and the store compacted and closed (on a
        thread: the caller can go on meanwhile)."""
        running, self._running = list(self._running), deque()
        return self._pool.submit(self._close, running)

    def _close(self, running: list[Future[None]]) -> Path:
        for loading in running:
            loading.result()
        assert self._store is not None
        self._store.optimize()
        self._store.flush()
        self._store = None  # closes the database before the caller renames the folder
        return self.folder

    def abandon(self) -> None:
        """Stop (after the pieces loading now) and remove the folder."""
        for loading in self._running:
            loading.exception()
        self._pool.shutdown()
        self._store = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def close(self) -> None:
        self._pool.shutdown()


def load_file(root: Path, graph_file: Path) -> Path:
    """``graph_file`` in a new, closed store in a temporary folder under ``root``: a built
    graph in pieces of whole subject blocks, anything else (or a built graph edited by hand
    so that a cut fails to parse) in one piece."""
    try:
        return _load_all(root, file_pieces(graph_file))
    except SyntaxError:
        pass
    with graph_file.open("rb") as handle:
        return _load_all(root, [handle.read()])


def _load_all(root: Path, pieces: Iterable[bytes]) -> Path:
    loader = PieceLoader(root)
    try:
        for piece in pieces:
            loader.add(piece)
        folder = loader.finish().result()
    except BaseException:
        loader.abandon()
        raise
    loader.close()
    return folder


def file_pieces(graph_file: Path) -> Iterator[bytes]:
    """The built Turtle in pieces of about ``LOAD_CHUNK_BYTES``, each the prefix lines and whole
    subject blocks (a block starts on each line that does not begin with a tab,
    build/turtle.py); a file that does not start with those prefix lines, in one piece."""
    from narcokg.build.turtle import header

    head = header()
    with graph_file.open("rb") as handle:
        if handle.read(len(head)) != head:
            handle.seek(0)
            yield handle.read()
            return
        pending = b""
        while piece := handle.read(LOAD_CHUNK_BYTES):
            pending += piece
            cut = _last_block_start(pending)
            if cut:
                yield head + pending[:cut]
                pending = pending[cut:]
        if pending:
            yield head + pending


def _last_block_start(data: bytes) -> int:
    """The offset of the last block start in ``data`` whose first byte is known, or 0."""
    end = len(data) - 1
    while (newline := data.rfind(b"\n", 0, end)) >= 0:
        if data[newline + 1] != 0x09:
            return newline + 1
        end = newline
    return 0
