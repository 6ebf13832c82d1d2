"""Validate a narcokg graph: ontology + shapes -> pyshacl -> our own :class:`ValidationReport`.

The shapes (``ontology/shapes.ttl``) are run by pyshacl on the data graph with the ontology
(``ontology/narcokg.ttl``) mixed in, without inference and with SHACL-AF enabled. pyshacl's
untyped results graph is read once, here, into frozen dataclasses; each result also carries the
source sentence of the entity it is about, so that a person can see what the text said.

The ontology and the shapes are parsed with rdflib *before* pyshacl is imported: pyshacl patches
rdflib's global literal handling while it loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from narcokg import paths
from narcokg.errors import InputError
from narcokg.namespaces import NK, OA, PREFIXES, SH

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class ValidationResult:
    """One problem: which entity (``focus``) broke which shape, and what the source text said."""

    focus: str
    shape: str
    message: str
    severity: str
    path: str | None
    value: str | None
    sentence: str | None

    def sort_key(self) -> tuple[int, str, str, str, str, str]:
        return (
            _SEVERITY_ORDER.get(self.severity, 3),
            self.shape,
            self.focus,
            self.path or "",
            self.value or "",
            self.message,
        )


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, and every problem found, in a deterministic order."""

    conforms: bool
    results: tuple[ValidationResult, ...]

    def to_text(self) -> str:
        """A report a person can read: each problem's message, entity and source sentence.

        >>> ValidationReport(True, ()).to_text()
        'The graph conforms to the narcokg shapes.'
        """
        if self.conforms and not self.results:
            return "The graph conforms to the narcokg shapes."
        verdict = "conforms" if self.conforms else "does not conform"
        count = len(self.results)
        lines = [f"The graph {verdict}: {count} problem{'s' if count != 1 else ''}."]
        for number, result in enumerate(self.results, start=1):
            lines.append("")
            lines.extend(_describe(number, result))
        return "\n".join(lines)


def _describe(number: int, result: ValidationResult) -> list[str]:
    lines = [
        f"{number}. [{result.severity}] {compact_iri(result.shape)}",
        f"   {result.message}",
        f"   entity: {compact_iri(result.focus)}",
    ]
    if result.path is not None:
        lines.append(f"   property: {compact_iri(result.path)}")
    if result.value is not None:
        lines.append(f"   value: {compact_iri(result.value)}")
    if result.sentence is not None:
        lines.append(f"   sentence: {' '.join(result.sentence.split())}")
    return lines


def compact_iri(iri: str) -> str:
    """``prefix:name`` for an IRI under a known namespace, else the text unchanged.

    >>> compact_iri("https://w3id.org/narcokg/shapes#SpanExactShape")
    'nksh:SpanExactShape'
    """
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best else iri


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

    results = []
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
                sentence=_sentence_of(data_graph, focus),
            )
        )
    return results


def _text_or_none(term: Any) -> str | None:
    return None if term is None else str(term)


def _sentence_of(data_graph: Any, focus: Any) -> str | None:
    """The sentence of a measurement (or of the one a repair repairs), or a span's own text."""
    from rdflib import URIRef

    exact, sentence_span, repair = (
        URIRef(OA + "exact"),
        URIRef(NK + "sentenceSpan"),
        URIRef(NK + "repair"),
    )
    measurement = data_graph.value(None, repair, focus) or focus
    span = data_graph.value(measurement, sentence_span)
    text = data_graph.value(span, exact) if span is not None else data_graph.value(focus, exact)
    return None if text is None else str(text)
