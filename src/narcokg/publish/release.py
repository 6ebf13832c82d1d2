"""A versioned release: every download of the graph in one folder, described and checksummed.

``narcokg release --version X.Y.Z -o DIR [--previous OLD]`` writes the Turtle graph (the built
file byte for byte), N-Triples, compacted JSON-LD with its context, the measurements table as CSV
with CSVW metadata, the ontology's HTML documentation, the changes since the previous release
(when given), a VoID/DCAT description (``void.ttl``: the version and each file's size and
sha256) and ``SHA256SUMS``. The same inputs give the same bytes: no clock is read; the only
dates are the source documents' publication dates.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg import namespaces as ns
from narcokg.errors import InputError

if TYPE_CHECKING:
    import pyoxigraph as ox

RELEASE_BASE = "https://w3id.org/narcokg/release/"
SPDX = "http://spdx.org/rdf/terms#"
_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
#: File name -> media type, for every file a release may hold (SHA256SUMS aside).
MEDIA_TYPES = {
    "narcokg.ttl": "text/turtle",
    "narcokg.nt": "application/n-triples",
    "narcokg.jsonld": "application/ld+json",
    "context/narcokg-context-1.0.jsonld": "application/ld+json",
    "measurements.csv": "text/csv",
    "measurements.csv-metadata.json": "application/csvm+json",
    "ontology/index.html": "text/html",
    "changes.txt": "text/plain",
    "changes.json": "application/json",
}


def check_version(version: str) -> str:
    """``version`` if it is semantic (``1.2.3``), else an :class:`InputError`."""
    if not _VERSION.fullmatch(version):
        raise InputError(f"version {version!r} is not MAJOR.MINOR.PATCH, e.g. 1.0.0")
    return version


def write_release(graph_file: Path, version: str, output: Path, previous: Path | None) -> Path:
    """Write the release of ``graph_file`` into the new folder ``output``; returns it."""
    check_version(version)
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise InputError(f"{output} already exists and is not empty: choose a new folder")
    if previous is not None:
        from narcokg.publish.diff import graph_of

        graph_of(previous)  # fails early, with the fix, when it is no release or graph
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp"))
    try:
        files = _write_files(graph_file, staging, previous)
        files["void.ttl"] = _void(graph_file, version, staging, files)
        (staging / "void.ttl").write_bytes(files["void.ttl"])
        sums = "".join(f"{_sha256(data)}  {name}\n" for name, data in sorted(files.items()))
        (staging / "SHA256SUMS").write_text(sums, encoding="utf-8")
        if output.exists():
            output.rmdir()
        staging.rename(output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return output


def _write_files(graph_file: Path, folder: Path, previous: Path | None) -> dict[str, bytes]:
    from narcokg.build.store import load_triples, serialize_triples
    from narcokg.publish import csvw, jsonld
    from narcokg.publish.ontology_docs import ontology_html

    triples = load_triples(graph_file)
    files = {
        "narcokg.ttl": graph_file.read_bytes(),
        "narcokg.nt": serialize_triples(triples, "ntriples"),
        "narcokg.jsonld": jsonld.compact_jsonld(triples),
        "context/narcokg-context-1.0.jsonld": jsonld.context_file().read_bytes(),
        "measurements.csv": csvw.measurements_csv(graph_file),
        "measurements.csv-metadata.json": csvw.measurements_metadata(),
        "ontology/index.html": ontology_html().encode("utf-8"),
    }
    if previous is not None:
        from narcokg.publish.diff import diff_figures, diff_json, diff_table, load_figures

        changes = diff_figures(load_figures(previous), load_figures(graph_file))
        files["changes.txt"] = diff_table(changes).encode("utf-8")
        files["changes.json"] = diff_json(changes).encode("utf-8")
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return files


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _void(graph_file: Path, version: str, folder: Path, files: dict[str, bytes]) -> bytes:
    """VoID/DCAT for the release: version, issue date, triple count and each distribution."""
    import pyoxigraph as ox

    from narcokg.build.store import load_triples, serialize_triples

    def iri(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    def typed(value: object, datatype: str) -> ox.Literal:
        return ox.Literal(str(value), datatype=iri(ns.XSD + datatype))

    graph = load_triples(graph_file)
    me = iri(f"{RELEASE_BASE}{version}")
    out = [
        ox.Triple(me, iri(ns.RDF + "type"), iri(ns.VOID + "Dataset")),
        ox.Triple(me, iri(ns.RDF + "type"), iri(ns.DCAT + "Dataset")),
        ox.Triple(me, iri(ns.DCTERMS + "title"), ox.Literal(f"narcokg {version}", language="en")),
        ox.Triple(me, iri(ns.OWL + "versionInfo"), ox.Literal(version)),
        ox.Triple(me, iri(ns.DCAT + "version"), ox.Literal(version)),
        ox.Triple(me, iri(ns.DCTERMS + "license"), iri("https://opensource.org/licenses/MIT")),
        ox.Triple(me, iri(ns.VOID + "triples"), typed(len(graph), "integer")),
        ox.Triple(me, iri(ns.VOID + "vocabulary"), iri(ns.NK)),
    ]
    issued = _latest_source_date(graph)
    if issued:
        out.append(ox.Triple(me, iri(ns.DCTERMS + "issued"), typed(issued, "date")))
    for name, data in sorted(files.items()):
        dist = iri(f"{RELEASE_BASE}{version}/{name}")
        checksum = iri(f"{RELEASE_BASE}{version}/{name}#sha256")
        out += [
            ox.Triple(me, iri(ns.DCAT + "distribution"), dist),
            ox.Triple(dist, iri(ns.RDF + "type"), iri(ns.DCAT + "Distribution")),
            ox.Triple(dist, iri(ns.DCTERMS + "title"), ox.Literal(name)),
            ox.Triple(dist, iri(ns.DCAT + "downloadURL"), dist),
            ox.Triple(dist, iri(ns.DCAT + "mediaType"),
                      iri("https://www.iana.org/assignments/media-types/" + MEDIA_TYPES[name])),
            ox.Triple(dist, iri(ns.DCAT + "byteSize"), typed(len(data), "nonNegativeInteger")),
            ox.Triple(dist, iri(SPDX + "checksum"), checksum),
            ox.Triple(checksum, iri(SPDX + "algorithm"), iri(SPDX + "checksumAlgorithm_sha256")),
            ox.Triple(checksum, iri(SPDX + "checksumValue"), typed(_sha256(data), "hexBinary")),
        ]  # fmt: skip
        if name.startswith("narcokg."):
            out.append(ox.Triple(me, iri(ns.VOID + "dataDump"), dist))
    return serialize_triples(out, "turtle")


def _latest_source_date(graph: list[ox.Triple]) -> str | None:
    """The latest publication date of the source documents (the release's only date)."""
    issued = ns.DCTERMS + "issued"
    dates = [str(getattr(t.object, "value", "")) for t in graph if t.predicate.value == issued]
    return max(dates, default=None)
