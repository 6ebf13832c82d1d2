"""Validation that scales: narcokg's SHACL shapes as SPARQL queries on a pyoxigraph store.

:mod:`narcokg.validation.compiler` turns every shape of ``ontology/shapes.ttl`` into SELECT queries
whose rows are violations: the core constraints of the property shapes become one query each (most
of them skipped when a certificate proves in one pass that their group finds nothing), and the
SHACL-SPARQL constraints (span exactness, cross-level consistency, ...) run over the whole graph, as
written or through a faster plan for the same rows, or are skipped when a proof evaluated in a
certificate's pass shows they report no node (``plans/*.proof``); every check keeps the rows whose
``$this`` is a focus node of the shape. The checks run on a thread per core (Oxigraph releases the
GIL while it evaluates). The result is the same :class:`~narcokg.validation.report.ValidationReport`
pyshacl gives through :func:`narcokg.validation.reference.validate_graph` -- the same focus nodes,
shapes and messages (``tests/scale`` checks this on the shape fixtures, the seed graph, mutated
copies of it and a synthetic corpus) -- at the speed of Oxigraph: three orders of magnitude faster
than pyshacl at 10k triples, and linear in the graph's size.

Like ``validate_graph``, the data is validated together with the whole ontology (the shapes read
the SKOS concepts and the units), without inference.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Container, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from narcokg import paths
from narcokg.errors import InputError
from narcokg.namespaces import RDFS
from narcokg.validation.compiler import (
    Certificate,
    Check,
    CompiledShapes,
    compile_shapes,
    focus_pattern,
    shape_classes,
)
from narcokg.validation.report import ValidationReport, ValidationResult
from narcokg.validation.sentences import StoreTriples, sentence_of

if TYPE_CHECKING:
    import pyoxigraph as ox

    from narcokg.build.store import OxTerm

_RDF_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG"}
#: Each class the shapes name, with every class at or below it: hashable, to key compiled shapes.
Closure = tuple[tuple[str, tuple[str, ...]], ...]


def validate_fast(
    data: Path | Sequence[Path], *, ontology: Path | None = None, shapes: Path | None = None
) -> ValidationReport:
    """Validate the RDF file(s) ``data`` against narcokg's shapes (defaults: the shipped ones)."""
    files = [data] if isinstance(data, Path) else list(data)
    store = load_store([*files, ontology or paths.ontology_file()])
    return validate_store(store, shapes=shapes)


def validate_ntriples(data: str, *, shapes: Path | None = None) -> ValidationReport:
    """Validate N-Triples text (e.g. a graph pulled from an endpoint) with the shipped ontology."""
    import pyoxigraph as ox

    store = load_store([paths.ontology_file()])
    try:
        store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
    except SyntaxError as error:
        raise InputError(f"cannot read the pulled graph: {error}") from error
    return validate_store(store, shapes=shapes)


def load_store(files: Iterable[Path]) -> ox.Store:
    """A pyoxigraph store holding every file in its default graph."""
    import pyoxigraph as ox

    store = ox.Store()
    for path in files:
        rdf_format = getattr(ox.RdfFormat, _RDF_FORMATS.get(path.suffix, "TURTLE"))
        try:
            store.load(path=str(path), format=rdf_format, to_graph=ox.DefaultGraph())
        except (SyntaxError, OSError) as error:
            raise InputError(f"cannot load {path}: {error}") from error
    return store


def validate_store(store: ox.Store, *, shapes: Path | None = None) -> ValidationReport:
    """Validate what a pyoxigraph store holds (data and ontology) against the shapes."""
    shapes_file = shapes or paths.shapes_file()
    compiled = compiled_checks(shapes_file, subclasses(store, shape_classes(shapes_file)))
    focus_sets = _FocusSets(store)
    counts: dict[tuple[str, ...], int] = {}  # focus nodes per targets, shared by certificates

    def run(task: Check | Certificate) -> list[ValidationResult]:
        if isinstance(task, Check):
            return results_of(store, task, focus_sets)
        return [r for check in certify(store, task, counts)
                for r in results_of(store, check, focus_sets)]  # fmt: skip

    # Longest first, so the threads end together: the joint certificates, the SHACL-SPARQL
    # checks, then the single-path certificates and the other checks.
    tasks: list[Check | Certificate] = [c for c in compiled.certificates if len(c.paths) > 1]
    tasks += [c for c in compiled.checks if c.sparql]
    tasks += [c for c in compiled.certificates if len(c.paths) == 1]
    tasks += [c for c in compiled.checks if not c.sparql]
    with ThreadPoolExecutor(max_workers=cores()) as pool:
        results = {result for batch in pool.map(run, tasks) for result in batch}
    ordered = tuple(sorted(results, key=ValidationResult.sort_key))
    conforms = not any(r.severity == "Violation" for r in ordered)
    return ValidationReport(conforms=conforms, results=ordered)


def subclasses(store: ox.Store, classes: Iterable[str]) -> Closure:
    """Each class with every class at or below it (``rdfs:subClassOf*``) in the store."""
    closure = []
    for cls in classes:
        query = f"SELECT DISTINCT ?class WHERE {{ ?class <{RDFS}subClassOf>* <{cls}> }}"
        below = {row["class"].value for row in select(store, query)} | {cls}
        closure.append((cls, tuple(sorted(below))))
    return tuple(closure)


def certified(
    store: ox.Store, certificate: Certificate, counts: dict[tuple[str, ...], int] | None = None
) -> bool:
    """Whether the certificate proves all its checks find nothing in the store.

    ``counts`` caches the number of focus nodes of each set of targets across certificates.
    """
    return not certify(store, certificate, counts)


def certify(
    store: ox.Store, certificate: Certificate, counts: dict[tuple[str, ...], int] | None = None
) -> tuple[Check, ...]:
    """The certificate's checks that must still run: none when it proves they find nothing,
    all when its core proof fails, else those whose proof found a node they may report."""
    counts = {} if counts is None else counts
    if certificate.targets not in counts:  # a race only costs a second count
        counts[certificate.targets] = int(
            next(iter(select(store, certificate.count_query())))["n"].value
        )
    count = counts[certificate.targets]
    if count == 0:
        return ()
    row = next(iter(select(store, certificate.proof_query(count))))
    figures = [row[name] for name in ("rows", "nodes", "good")]
    if any(f is None for f in figures):
        return certificate.checks
    rows, nodes, good = (int(f.value) for f in figures)
    if not certificate.proves(count, rows, nodes, good):
        return certificate.checks
    found = [row[f"proof{i}"] for i in range(len(certificate.proofs))]
    return tuple(check for (check, _), n in zip(certificate.proofs, found, strict=True)
                 if n is None or int(n.value) > 0)  # fmt: skip


def select(store: ox.Store, query: str) -> ox.QuerySolutions:
    """The rows of a SELECT query (the compiled checks are all SELECTs)."""
    import pyoxigraph as ox

    rows = store.query(query)
    if not isinstance(rows, ox.QuerySolutions):
        raise TypeError(f"not a SELECT query: {query}")
    return rows


def cores() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@lru_cache(maxsize=8)
def _compiled(path: str, mtime_ns: int, closure: Closure) -> CompiledShapes:
    return compile_shapes(Path(path), dict(closure))


def compiled_checks(shapes: Path, closure: Closure = ()) -> CompiledShapes:
    """The shapes file's checks, compiled once per content version and subclass closure.

    Without a closure, the checks follow ``rdf:type/rdfs:subClassOf*`` themselves.
    """
    if not closure:
        return compile_shapes(shapes)
    return _compiled(str(shapes.resolve()), shapes.stat().st_mtime_ns, closure)


class FocusLookup(Protocol):
    """The focus nodes of a set of targets, as something ``in`` answers."""

    def get(self, targets: tuple[str, ...]) -> Container[OxTerm]: ...


def results_of(store: ox.Store, check: Check, focus_sets: FocusLookup) -> list[ValidationResult]:
    """The check's results: its rows whose focus node is one of its targets'."""
    triples = StoreTriples(store)
    return [
        ValidationResult(
            focus=focus.value,
            shape=check.shape,
            message=message,
            severity=check.severity,
            path=path,
            value=None if value is None else value.value,
            sentence=sentence_of(triples, focus),
        )
        for focus, path, value, message in _violations(store, check, focus_sets)
    ]


class _FocusSets:
    """The focus nodes of each set of targets, found once and only when a check needs them."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.found: dict[tuple[str, ...], set[OxTerm]] = {}
        self.lock = threading.Lock()

    def get(self, targets: tuple[str, ...]) -> set[OxTerm]:
        with self.lock:
            if targets not in self.found:
                query = f"SELECT DISTINCT ?this WHERE {{ {focus_pattern(targets)} }}"
                self.found[targets] = {row["this"] for row in select(self.store, query)}
            return self.found[targets]


def _violations(
    store: ox.Store, check: Check, focus_sets: FocusLookup
) -> Iterable[tuple[OxTerm, str | None, OxTerm | None, str]]:
    rows = select(store, check.query)
    names = [v.value for v in rows.variables]
    message = " ".join(sorted(check.messages)) or "(no message)"
    for row in rows:
        focus: OxTerm | None = row["this"]
        if focus is None or focus not in focus_sets.get(check.targets):
            continue
        bound: dict[str, OxTerm] = {n: row[n] for n in names if row[n] is not None}
        if not check.sparql:
            yield focus, check.path, bound.get("value"), message
            continue
        value = bound.get("value", focus)
        path = bound.get("path")
        texts = [format_message(m, bound, focus, value) for m in check.messages]
        yield focus, None if path is None else path.value, value, " ".join(sorted(texts))


def format_message(template: str, bound: Mapping[str, OxTerm], focus: OxTerm, value: OxTerm) -> str:
    """Substitute ``{?var}`` / ``{$var}`` as pyshacl does: other variables, then this and value.

    >>> from pyoxigraph import Literal, NamedNode
    >>> format_message("{?value} at {$this}", {}, NamedNode("http://x/a"), Literal("7"))
    '7 at http://x/a'
    """
    substitutions = {n: t for n, t in bound.items() if n not in ("this", "path", "value")}
    substitutions["this"] = focus
    if "path" in bound:
        substitutions["path"] = bound["path"]
    substitutions["value"] = value
    for name, term in substitutions.items():
        pattern = f"{{[?$]{name}}}"
        text = str(term.value)
        try:
            template = re.sub(pattern, text, template)
        except re.error:  # a backslash in the value: pyshacl would fail; we substitute it as is
            template = re.sub(pattern, text.replace("\\", "\\\\"), template)
    return template
