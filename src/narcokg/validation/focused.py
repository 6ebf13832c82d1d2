"""``narcokg validate --changed``: the shapes checked only where builds changed the graph since
its last validation.

After incremental builds (build/lastbuild.py records what they changed since the graph was last
validated, however many builds that spans), the focus nodes worth
checking again are few: the rebuilt documents' own subjects; every subject whose triples changed
(another document's measurement given a new derived link, a shared operation, a removed
document's nodes); the nodes those point to (the measure, unit and qualifier concepts that
``sh:targetObjectsOf`` shapes check); and the nodes whose checks read a changed node: the shapes
read at most two links away from their focus node (a measurement's figure span's document; a
translated figure's original's qualifier) and follow ``nk:partOf`` chains, so the nodes up to two
links before a changed one, or before a region inside it. A constraint that pairs its focus node
with another instance it finds by a join rather than a link (``?value a ...``: the cross-level
check) also runs with the changed nodes as ``?value``, so a changed national figure is checked
against every province's.

Every check runs on the on-disk store of the whole graph as compiled for the full validation
(a planned constraint as written: the plans trade look-ups for scans), with ``VALUES`` binding
its focus variable to those nodes: Oxigraph starts from them, and the rows are the full
validation's rows for them. Anything that leaves doubt -- no record of an incremental build, a
graph or ontology changed since, no current store, more nodes than a full validation is slower
for -- gives the full validation instead, and :func:`validate_changed` says which it did.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from narcokg import paths
from narcokg.namespaces import NK
from narcokg.validation.compiler import Check, focus_pattern, shape_classes
from narcokg.validation.fast import (
    compiled_checks,
    cores,
    results_of,
    select,
    subclasses,
    validate_fast,
)
from narcokg.validation.report import ValidationReport, ValidationResult

if TYPE_CHECKING:
    import pyoxigraph as ox

#: Beyond this many focus nodes the full validation is the faster (and simpler) answer.
MAX_NODES = 5000
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_TYPED_VALUE = re.compile(
    r"[?$]value\s+(?:a|rdf:type|<http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type>)\s+"
    r"(?:<([^<>\s]+)>|(\w*):(\w+))"
)
_PREFIX = re.compile(r"PREFIX\s+(\w*):\s*<([^<>\s]*)>", re.IGNORECASE)


class Doubt(Exception):
    """The changed part cannot be validated alone: validate everything (the reason is the text)."""


def validate_changed(graph_file: Path) -> tuple[ValidationReport, str]:
    """The validation of what changed in ``graph_file`` since its last validation, or of all of
    it when that cannot be done alone; with a sentence saying which was done."""
    try:
        report, nodes, documents = _changed_only(graph_file)
    except Doubt as doubt:
        note = f"Validated the whole graph: {doubt}."
        return validate_fast(graph_file), note
    named = ", ".join(documents) or "none"
    note = (f"Validated only what changed since the last validation: {nodes} nodes (documents "
            f"rebuilt or removed: {named}) and the cross-level pairs they are part of. "
            "Run `narcokg validate` without --changed for the whole graph.")  # fmt: skip
    return report, note


def _changed_only(graph_file: Path) -> tuple[ValidationReport, int, list[str]]:
    import pyoxigraph as ox

    from narcokg.build.lastbuild import last_build
    from narcokg.build.ondisk import fresh_store_path

    last = last_build(graph_file)
    if isinstance(last, str):
        raise Doubt(last)
    folder = fresh_store_path(graph_file, paths.ontology_file())
    if folder is None:
        raise Doubt("the on-disk store is not current (run `narcokg build`)")
    try:
        store = ox.Store.read_only(str(folder))
    except OSError as error:
        raise Doubt(f"the on-disk store cannot be opened ({error})") from error
    nodes = neighbourhood(store, last.own, last.changed)
    report = validate_nodes(store, nodes)
    return report, len(nodes), sorted({*last.documents, *last.removed})


def neighbourhood(store: ox.Store, own: tuple[str, ...], changed: tuple[str, ...]) -> list[str]:
    """The focus nodes to check again (see the module's docstring), as IRIs."""
    found: set[str] = set()
    part_of = f"<{NK}partOf>"
    for subjects, patterns in (
        (own, _OUT),
        (changed, (*_OUT, "?n ?p ?c .", "?n ?p ?m . ?m ?q ?c .", f"?n {part_of}+ ?c .",
                   f"?r {part_of}+ ?c . ?n ?p ?r .")),
    ):  # fmt: skip
        if not subjects:
            continue
        if len(subjects) > MAX_NODES:
            raise Doubt(f"{len(subjects)} subjects changed since the last validation")
        values = " ".join(f"<{s}>" for s in subjects)
        branches = [f"{{ VALUES ?n {{ {values} }} }}"]
        branches += [f"{{ VALUES ?c {{ {values} }} {pattern} }}" for pattern in patterns]
        query = f"SELECT DISTINCT ?n WHERE {{ {' UNION '.join(branches)} }} LIMIT {MAX_NODES + 1}"
        found.update(row["n"].value for row in select(store, query))
        if len(found) > MAX_NODES:
            raise Doubt(f"the changes reach more than {MAX_NODES} nodes")
    return sorted(found)


#: The nodes a node points to (the concepts ``sh:targetObjectsOf`` shapes check, among others).
_OUT = ("?c ?p ?n . FILTER (isIRI(?n))",)


def validate_nodes(store: ox.Store, nodes: list[str]) -> ValidationReport:
    """Every shape's results whose focus node is one of ``nodes`` (IRIs), and the results of a
    paired constraint whose ``?value`` is one of them."""
    shapes = paths.shapes_file()
    compiled = compiled_checks(shapes, subclasses(store, shape_classes(shapes)))
    checks = [*compiled.checks, *(c for cert in compiled.certificates for c in cert.checks)]
    focus = _Membership(store)
    values = " ".join(f"<{node}>" for node in nodes)

    def run(check: Check) -> list[ValidationResult]:
        text = check.written or check.query
        if not check.sparql:
            # minCount 1 as compiled (``{ focus } MINUS { ?this p ?v }``): the same rows when
            # ?this is bound on the left, but MINUS scans all of p's triples, NOT EXISTS looks up
            text = text.replace("} MINUS {", "} FILTER NOT EXISTS {")
        variables = ["this", "value"] if check.sparql and _paired(check, text) else ["this"]
        bound = [replace(check, query=_bind(text, variable, values)) for variable in variables]
        return [r for one in bound for r in results_of(store, one, focus)]

    with ThreadPoolExecutor(max_workers=cores()) as pool:
        results = {r for batch in pool.map(run, checks if nodes else ()) for r in batch}
    ordered = tuple(sorted(results, key=ValidationResult.sort_key))
    conforms = not any(r.severity == "Violation" for r in ordered)
    return ValidationReport(conforms=conforms, results=ordered)


def _paired(check: Check, text: str) -> bool:
    """Whether the constraint finds ``?value`` as an instance of a class its shape targets:
    another focus node, so that a changed node may be on either side of a violation."""
    prefixes = dict(_PREFIX.findall(text))
    for iri, prefix, local in _TYPED_VALUE.findall(text):
        cls = iri or (prefixes[prefix] + local if prefix in prefixes else None)
        if cls is not None and any(f"<{cls}>" in target for target in check.targets):
            return True
    return False


def _bind(query: str, variable: str, values: str) -> str:
    """``query`` with ``VALUES ?variable { values }`` first in its (outermost) WHERE clause."""
    match = _WHERE.search(query)
    if match is None:
        raise Doubt(f"a check cannot be narrowed to the changed nodes: {query[:80]}")
    return f"{query[: match.end()]} VALUES ?{variable} {{ {values} }} {query[match.end() :]}"


class _Membership:
    """Whether a node is a focus node of a set of targets, asked node by node (the rows are the
    few violations, not the graph's nodes)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.known: dict[tuple[tuple[str, ...], str], bool] = {}

    def get(self, targets: tuple[str, ...]) -> _Targets:
        return _Targets(self, targets)


class _Targets:
    def __init__(self, membership: _Membership, targets: tuple[str, ...]) -> None:
        self.membership, self.targets = membership, targets

    def __contains__(self, node: object) -> bool:
        known = self.membership.known
        key = (self.targets, str(node))  # a term's N-Triples form
        if key not in known:
            query = f"ASK {{ VALUES ?this {{ {key[1]} }} {focus_pattern(self.targets)} }}"
            known[key] = bool(self.membership.store.query(query))
        return known[key]


__all__ = ["Check", "Doubt", "neighbourhood", "validate_changed", "validate_nodes"]
