"""The reference engine: ontology + shapes -> pyshacl -> a :class:`.report.ValidationReport`.

The shapes (``ontology/shapes.ttl``) are run by pyshacl on the data graph with the ontology
(``ontology/narcokg.ttl``) mixed in, without inference and with SHACL-AF enabled. pyshacl's
untyped results graph is read once, here, into frozen dataclasses; each result also carries the
source sentence of the entity it is about, so that a person can see what the text said.

The ontology and the shapes are parsed with rdflib *before* pyshacl is imported: pyshacl patches
rdflib's global literal handling while it loads.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from narcokg import paths
from narcokg.errors import InputError
from narcokg.namespaces import SH
from narcokg.validation.report import ValidationReport, ValidationResult
from narcokg.validation.sentences import GraphTriples, sentence_of

__all__ = ["ValidationReport", "ValidationResult", "validate_graph"]


def validate_graph(
    data: Path | Any, *, ontology: Path | None = None, shapes: Path | None = None
) -> ValidationReport:
    """Validate ``data`` (a Turtle/RDF file or an ``rdflib.Graph``) against narcokg's shapes.

    ``ontology`` and ``shapes`` default to the shipped ``ontology/narcokg.ttl`` and
    ``ontology/shapes.ttl``. The data graph is not changed.
    """
    data_graph = _parse(data) if isinstance(data, Path) else data
    ont_graph = _load_cached(ontology or paths.ontology_file())
    shapes_graph = _load_cached(shapes or paths.shapes_file())
    from pyshacl import validate

    conforms, results_graph, _ = validate(
        _with_ontology(data_graph, ont_graph),
        shacl_graph=shapes_graph,
        ont_graph=ont_graph,
        inference="none",
        advanced=True,
        abort_on_first=False,
        allow_warnings=False,
        inplace=True,
        do_owl_imports=False,  # never fetch what a graph imports
    )
    results = tuple(sorted(_read_results(results_graph, data_graph), key=ValidationResult.sort_key))
    return ValidationReport(conforms=bool(conforms), results=results)


def _with_ontology(data_graph: Any, ont_graph: Any) -> Any:
    """A new graph holding the data and the whole ontology.

    pyshacl's ``ont_graph`` only copies RDFS/OWL axioms into the data graph, but the shapes also
    read the SKOS concepts and the units (``skos:broader``, ``nk:unitKind``, unit types); the fast
    validator loads the ontology next to the data the same way. pyshacl may then work in place.
    """
    import rdflib

    combined = rdflib.Graph()
    for triple in data_graph:
        combined.add(triple)
    for triple in ont_graph:
        combined.add(triple)
    return combined


def _parse(path: Path) -> Any:
    """Parse from memory, never from a location: rdflib would fetch a URL-like name."""
    import rdflib
    from rdflib.util import guess_format

    from narcokg.files import read_text, refuse_remote_contexts

    text = read_text(path, "graph file")
    fmt = guess_format(str(path)) or "turtle"
    if fmt == "json-ld":
        refuse_remote_contexts(text, f"graph file {path}")
    graph = rdflib.Graph()
    try:
        graph.parse(data=text, format=fmt)
    except Exception as error:  # rdflib's parsers raise many types for bad input
        raise InputError(f"cannot parse {path} as {fmt}: {error}") from None
    return graph


@lru_cache(maxsize=8)
def _load_file(path: str, mtime_ns: int) -> Any:
    return _parse(Path(path))


def _load_cached(path: Path) -> Any:
    """Parse an ontology or shapes file once per content version (pyshacl does not change it)."""
    return _load_file(str(path.resolve()), path.stat().st_mtime_ns)


def _read_results(results_graph: Any, data_graph: Any) -> list[ValidationResult]:
    from rdflib import RDF, URIRef

    results, triples = [], GraphTriples(data_graph)
    for node in results_graph.subjects(RDF.type, URIRef(SH + "ValidationResult")):

        def one(name: str, node: Any = node) -> Any:
            return results_graph.value(node, URIRef(SH + name))

        focus = one("focusNode")
        messages = sorted(str(m) for m in results_graph.objects(node, URIRef(SH + "resultMessage")))
        severity = str(one("resultSeverity") or SH + "Violation")
        results.append(
            ValidationResult(
                focus=str(focus),
                shape=str(one("sourceShape")),
                message=" ".join(messages) or "(no message)",
                severity=severity.removeprefix(SH),
                path=_text_or_none(one("resultPath")),
                value=_text_or_none(one("value")),
                sentence=sentence_of(triples, focus),
            )
        )
    return results


def _text_or_none(term: Any) -> str | None:
    return None if term is None else str(term)
