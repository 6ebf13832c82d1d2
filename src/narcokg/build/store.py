"""Load and save graphs. Saving is deterministic: the same triples give the same bytes."""

from __future__ import annotations

import glob
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg.namespaces import PREFIXES

if TYPE_CHECKING:
    from typing import TypeAlias

    import pyoxigraph

    #: A term of a pyoxigraph graph or answer: an IRI, a blank node or a literal. narcokg's data
    #: holds no RDF 1.2 triple terms; where one could arrive, the code says so and refuses it.
    OxTerm: TypeAlias = pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal

#: Prefixes used in Turtle output. The data IRIs (nkid:kind/doc/id) contain slashes, which would
#: need escaping as prefixed names, so they are written in full.
TURTLE_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name not in ("nkid", "sh")}

#: Export formats by name: (pyoxigraph format attribute, media type, file suffix).
FORMATS = {
    "turtle": ("TURTLE", "text/turtle", ".ttl"),
    "ntriples": ("N_TRIPLES", "application/n-triples", ".nt"),
    "jsonld": ("JSON_LD", "application/ld+json", ".jsonld"),
}


def _sort_key(triple: pyoxigraph.Triple) -> tuple[str, str, str]:
    return (str(triple.subject), str(triple.predicate), str(triple.object))


def serialize_triples(triples: Iterable[pyoxigraph.Triple], fmt: str = "turtle") -> bytes:
    """The triples in a stable order, serialised with narcokg's prefixes."""
    import pyoxigraph as ox

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    ordered = sorted(set(triples), key=_sort_key)
    rdf_format = getattr(ox.RdfFormat, FORMATS[fmt][0])
    prefixes = TURTLE_PREFIXES if fmt == "turtle" else None
    data = ox.serialize(ordered, format=rdf_format, prefixes=prefixes)
    assert data is not None  # no output file given: the bytes are returned
    return _sort_prefix_lines(data) if fmt == "turtle" else data


def _sort_prefix_lines(turtle: bytes) -> bytes:
    """Put the @prefix lines in a fixed order, whatever order the serialiser chose."""
    lines = turtle.split(b"\n")
    count = next(i for i, line in enumerate(lines) if not line.startswith(b"@prefix"))
    return b"\n".join(sorted(lines[:count]) + lines[count:])


def write_atomically(path: Path, data: bytes | list[bytes]) -> None:
    """Write ``data`` (or its pieces, one after the other) to ``path`` through a temporary file
    and a rename: never half-written.

    The file gets the mode a plain ``open`` would (0666 less the umask: 0644 normally), reaches
    the disk (fsync) before the rename, and the temporary file goes on every failure. Temporary
    files left by a killed writer (their process is gone) are removed first.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as output:
            output.writelines([data] if isinstance(data, bytes) else data)
            output.flush()
            os.fchmod(output.fileno(), 0o666 & ~_umask())
            os.fsync(output.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete ``path``'s temporary files whose writing process no longer runs; the ones deleted."""
    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = candidate.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """fsync the folder so that the rename itself survives a crash (where the OS allows it)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def load_triples(path: Path) -> list[pyoxigraph.Triple]:
    """Every triple of a Turtle or N-Triples file."""
    import pyoxigraph as ox

    with path.open("rb") as handle:
        return [quad.triple for quad in ox.parse(handle, format=_format_of(path))]


def _format_of(path: Path) -> pyoxigraph.RdfFormat:
    import pyoxigraph as ox

    formats = {
        ".ttl": ox.RdfFormat.TURTLE,
        ".nt": ox.RdfFormat.N_TRIPLES,
        ".jsonld": ox.RdfFormat.JSON_LD,
    }
    return formats.get(path.suffix, ox.RdfFormat.TURTLE)
