"""The published dataset: downloads with ETag and sha256, and the RDF that describes the service.

:class:`Dataset` holds the graph (a read-only pyoxigraph store, used for bounded pattern lookups
by the linked-data pages, never for user queries) and its downloads, built once at start: the
Turtle download is the built file byte for byte; N-Triples and JSON-LD are serialised from it.
The descriptions (VoID/DCAT, SPARQL service description, the catalogue as SHACL executables) are
lists of pyoxigraph triples, so every one of them is offered in each RDF format.
"""

from __future__ import annotations

import base64
import hashlib
import multiprocessing
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narcokg.namespaces import DCAT, DCTERMS, NK, RDF, RDFS, SCHEMA, SH, VOID, XSD
from narcokg.queries.catalogue import Catalogue
from narcokg.queries.safety import QueryForm, check_query

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
SPDX = "http://spdx.org/rdf/terms#"
IANA = "https://www.iana.org/assignments/media-types/"

#: Download file name -> (store format, media type).
DOWNLOADS = {
    "narcokg.ttl": ("turtle", "text/turtle"),
    "narcokg.nt": ("ntriples", "application/n-triples"),
    "narcokg.jsonld": ("jsonld", "application/ld+json"),
}
#: Every download's media type, in the order of the listings: the graph, then its table.
DOWNLOAD_TYPES = {
    **{name: media for name, (_, media) in DOWNLOADS.items()},
    "measurements.csv": "text/csv",
    "measurements.csv-metadata.json": "application/csvm+json",
}


def write_downloads(graph_file: Path, folder: Path) -> tuple[int, dict[str, str]]:
    """Write every download into ``folder``; the triple count and the label index.

    The Turtle download is the built file byte for byte; N-Triples and JSON-LD are serialised from
    the parsed file, not read back from a store (which canonicalises literals, "12.50" to
    "12.5"); the measurements table (CSV on the Web) comes from the graph's store.
    """
    from narcokg.build.ondisk import open_graph_store
    from narcokg.build.store import load_triples, serialize_triples
    from narcokg.publish import csvw

    triples = load_triples(graph_file)
    shutil.copyfile(graph_file, folder / "narcokg.ttl")
    for name, (fmt, _) in DOWNLOADS.items():
        if fmt != "turtle":
            (folder / name).write_bytes(serialize_triples(triples, fmt))
    store = open_graph_store(graph_file)
    (folder / csvw.CSV_NAME).write_bytes(csvw.measurements_csv_from_store(store))
    (folder / csvw.METADATA_NAME).write_bytes(csvw.measurements_metadata())
    return len(triples), _label_index(triples)


@dataclass(frozen=True)
class Download:
    """A file of the dataset, written once at start to the server's own folder and served from
    there: the server process never holds the whole graph in memory (at a million triples the
    three serialisations are hundreds of megabytes)."""

    name: str
    media_type: str
    path: Path
    size: int
    sha256: str

    @classmethod
    def of(cls, name: str, media_type: str, path: Path) -> Download:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return cls(name, media_type, path, path.stat().st_size, digest.hexdigest())

    @property
    def etag(self) -> str:
        return f'"sha256-{self.sha256}"'

    @property
    def digest_header(self) -> str:
        """An RFC 9530 ``Repr-Digest`` value."""
        return "sha-256=:" + base64.b64encode(bytes.fromhex(self.sha256)).decode() + ":"


class Dataset:
    """The graph as published: a store for lookups, downloads (files), counts, labels."""

    def __init__(self, graph_file: Path) -> None:
        from narcokg.build.ondisk import open_graph_store

        # Opened (or brought up to date) here, before any query worker opens it read-only.
        self.store: Any = open_graph_store(graph_file)
        self._folder = tempfile.TemporaryDirectory(prefix="narcokg-downloads-")
        folder = Path(self._folder.name)
        # The files are written by a short-lived process: parsing a large graph into Python
        # objects would leave this long-running one holding that memory.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(1, mp_context=context) as child:
            self.triple_count, self.labels = child.submit(
                write_downloads, graph_file, folder
            ).result()
        self.downloads = {
            name: Download.of(name, media, folder / name) for name, media in DOWNLOAD_TYPES.items()
        }

    def checksums(self) -> str:
        """A ``sha256sum``-compatible listing of the downloads."""
        return "".join(f"{d.sha256}  {d.name}\n" for d in self.downloads.values())

    def objects(self, subject: str, predicate: str) -> list[Any]:
        import pyoxigraph as ox

        found = self.store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None)
        return [quad.object for quad in found]


def _label_index(triples: list[Any]) -> dict[str, str]:
    """Each label that names exactly one IRI, to that IRI (for links in result tables)."""
    seen: dict[str, set[str]] = {}
    for triple in triples:
        if (
            triple.predicate.value == RDFS + "label"
            and type(triple.subject).__name__ == "NamedNode"
        ):
            seen.setdefault(triple.object.value, set()).add(triple.subject.value)
    return {label: next(iter(iris)) for label, iris in seen.items() if len(iris) == 1}


class _Triples:
    """A small builder of pyoxigraph triples."""

    def __init__(self) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.triples: list[Any] = []

    def add(self, subject: Any, predicate: str, obj: Any) -> None:
        self.triples.append(self.ox.Triple(subject, self.ox.NamedNode(predicate), obj))

    def iri(self, value: str) -> Any:
        return self.ox.NamedNode(value)

    def text(self, value: str, lang: str | None = None) -> Any:
        return self.ox.Literal(value, language=lang)

    def typed(self, value: object, datatype: str) -> Any:
        return self.ox.Literal(str(value), datatype=self.ox.NamedNode(datatype))

    def node(self) -> Any:
        return self.ox.BlankNode()


def describe_dataset(dataset: Dataset, site: str, base_iri: str) -> list[Any]:
    """VoID and DCAT: title, licence, sources, triple count, endpoint, downloads and checksums."""
    out = _Triples()
    me = out.iri(f"{site}/dataset")
    for kind in (VOID + "Dataset", DCAT + "Dataset"):
        out.add(me, RDF + "type", out.iri(kind))
    out.add(me, DCTERMS + "title", out.text("narcokg: official drug-enforcement reports", "en"))
    out.add(
        me,
        DCTERMS + "description",
        out.text(
            "Figures of official drug-enforcement reports as typed, bounded measurements, each "
            "tied to the exact text it came from, with machine-translation repairs recorded.",
            "en",
        ),
    )
    for licence in _licences(dataset):
        out.add(me, DCTERMS + "license", licence)
    for quad in dataset.store.quads_for_pattern(
        None, out.iri(RDF + "type"), out.iri(NK + "SourceDocument")
    ):
        out.add(me, DCTERMS + "source", quad.subject)
        for title in dataset.objects(quad.subject.value, DCTERMS + "title"):
            out.add(quad.subject, DCTERMS + "title", title)
    out.add(me, VOID + "triples", out.typed(dataset.triple_count, XSD + "integer"))
    out.add(me, VOID + "uriSpace", out.text(base_iri))
    out.add(me, VOID + "sparqlEndpoint", out.iri(f"{site}/sparql"))
    out.add(me, VOID + "vocabulary", out.iri(NK))
    for download in dataset.downloads.values():
        _describe_download(out, me, download, site)
    return out.triples


def _licences(dataset: Dataset) -> list[Any]:
    import pyoxigraph as ox

    found = dataset.store.quads_for_pattern(None, ox.NamedNode(DCTERMS + "license"), None)
    return list(dict.fromkeys(quad.object for quad in found))


def _describe_download(out: _Triples, dataset: Any, download: Download, site: str) -> None:
    url = out.iri(f"{site}/download/{download.name}")
    out.add(dataset, VOID + "dataDump", url)
    out.add(dataset, DCAT + "distribution", url)
    out.add(url, RDF + "type", out.iri(DCAT + "Distribution"))
    out.add(url, DCAT + "downloadURL", url)
    out.add(url, DCAT + "mediaType", out.iri(IANA + download.media_type))
    out.add(url, DCTERMS + "format", out.text(download.media_type))
    out.add(url, DCAT + "byteSize", out.typed(download.size, XSD + "nonNegativeInteger"))
    checksum = out.node()
    out.add(url, SPDX + "checksum", checksum)
    out.add(checksum, RDF + "type", out.iri(SPDX + "Checksum"))
    out.add(checksum, SPDX + "algorithm", out.iri(SPDX + "checksumAlgorithm_sha256"))
    out.add(checksum, SPDX + "checksumValue", out.typed(download.sha256, XSD + "hexBinary"))


def describe_service(site: str, triple_count: int, timeout: float, max_rows: int) -> list[Any]:
    """A SPARQL 1.1 Service Description of the endpoint."""
    out = _Triples()
    me = out.iri(f"{site}/sparql")
    out.add(me, RDF + "type", out.iri(SD + "Service"))
    out.add(me, SD + "endpoint", me)
    out.add(me, SD + "supportedLanguage", out.iri(SD + "SPARQL11Query"))
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
    ):
        out.add(me, SD + "resultFormat", out.iri(FORMATS_NS + name))
    dataset, graph = out.node(), out.node()
    out.add(me, SD + "defaultDataset", dataset)
    out.add(dataset, RDF + "type", out.iri(SD + "Dataset"))
    out.add(dataset, SD + "defaultGraph", graph)
    out.add(graph, RDF + "type", out.iri(SD + "Graph"))
    out.add(graph, VOID + "triples", out.typed(triple_count, XSD + "integer"))
    out.add(
        me,
        RDFS + "comment",
        out.text(
            f"Read-only. SPARQL Update, SERVICE, LOAD and FROM are refused. A query runs at most "
            f"{timeout:g} s (then 504) and returns at most {max_rows} rows or triples (else 422).",
            "en",
        ),
    )
    out.add(me, DCTERMS + "description", out.iri(f"{site}/dataset"))
    return out.triples


def describe_catalogue(catalogue: Catalogue, site: str) -> list[Any]:
    """The stored queries as SHACL executables, as the SIB sparql-examples publish them."""
    out = _Triples()
    keys = {
        QueryForm.SELECT: ("SPARQLSelectExecutable", "select"),
        QueryForm.ASK: ("SPARQLAskExecutable", "ask"),
        QueryForm.CONSTRUCT: ("SPARQLConstructExecutable", "construct"),
        QueryForm.DESCRIBE: ("SPARQLDescribeExecutable", "describe"),
    }
    for query in catalogue:
        me = out.iri(f"{site}/queries/{query.name}")
        kind, body = keys[check_query(query.text)]
        out.add(me, RDF + "type", out.iri(SH + "SPARQLExecutable"))
        out.add(me, RDF + "type", out.iri(SH + kind))
        out.add(me, RDFS + "label", out.text(query.name))
        out.add(me, RDFS + "comment", out.text(query.summary, "en"))
        if query.description:
            out.add(me, DCTERMS + "description", out.text(query.description, "en"))
        out.add(me, SH + body, out.text(query.text))
        out.add(me, SCHEMA + "target", out.iri(f"{site}/sparql"))
    return out.triples
