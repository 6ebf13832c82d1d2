"""What changed between two releases (or two graphs): figures added, changed and removed.

A figure is a measurement, identified by its IRI. It has *changed* when its value, bounds,
qualifier, unit or source span differ. The result groups the figures by document and prints as a
table for people or as JSON for programs.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from narcokg.errors import InputError

_FIGURES = """
PREFIX nk: <https://w3id.org/narcokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?m ?document ?measure ?value ?min ?max ?qualifier ?unit ?start ?end ?exact WHERE {
  ?m a nk:Measurement ; nk:document/dcterms:identifier ?document ;
     nk:measure/skos:notation ?measure ; nk:qualifier/skos:notation ?qualifier ;
     qudt:unit/rdfs:label ?unit ; nk:figureSpan ?span .
  ?span oa:start ?start ; oa:end ?end ; oa:exact ?exact .
  OPTIONAL { ?m schema:value ?value }
  OPTIONAL { ?m schema:minValue ?min }
  OPTIONAL { ?m schema:maxValue ?max }
}
"""
_NAMES = ("m", "document", "measure", "value", "min", "max", "qualifier", "unit", "start", "end",
          "exact")  # fmt: skip
#: The fields of a figure compared between versions (all but the document and the IRI).
COMPARED = ("measure", "value", "min", "max", "qualifier", "unit", "span", "exact")


@dataclass(frozen=True)
class Figure:
    measurement: str
    document: str
    measure: str
    value: str | None
    min: str | None
    max: str | None
    qualifier: str
    unit: str
    span: str
    exact: str


@dataclass
class DocumentChanges:
    added: list[Figure] = field(default_factory=list)
    changed: list[tuple[Figure, Figure]] = field(default_factory=list)
    removed: list[Figure] = field(default_factory=list)


def graph_of(path: Path) -> Path:
    """The graph file of a release folder, or the file itself."""
    if path.is_dir():
        path = path / "narcokg.ttl"
    if not path.is_file():
        raise InputError(f"{path} does not exist: give a release folder or a .ttl/.nt graph file")
    return path


def load_figures(path: Path) -> dict[str, Figure]:
    """Every figure of the graph at ``path`` (a release folder or a graph file), by IRI."""
    import pyoxigraph as ox

    from narcokg.build.store import load_triples

    store = ox.Store()
    store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in load_triples(graph_of(path))])
    figures = {}
    for row in store.query(_FIGURES):  # type: ignore[union-attr]
        text = {name: None if row[name] is None else str(row[name].value) for name in _NAMES}
        figure = Figure(
            measurement=str(text["m"]),
            document=str(text["document"]),
            measure=str(text["measure"]),
            value=text["value"],
            min=text["min"],
            max=text["max"],
            qualifier=str(text["qualifier"]),
            unit=str(text["unit"]),
            span=f"{text['start']}-{text['end']}",
            exact=str(text["exact"]),
        )
        figures[figure.measurement] = figure
    return figures


def diff_figures(old: dict[str, Figure], new: dict[str, Figure]) -> dict[str, DocumentChanges]:
    """The changes per document identifier, in a stable order."""
    changes: dict[str, DocumentChanges] = {}

    def of(document: str) -> DocumentChanges:
        return changes.setdefault(document, DocumentChanges())

    for iri in sorted(new.keys() - old.keys()):
        of(new[iri].document).added.append(new[iri])
    for iri in sorted(old.keys() - new.keys()):
        of(old[iri].document).removed.append(old[iri])
    for iri in sorted(old.keys() & new.keys()):
        before, after = old[iri], new[iri]
        if any(getattr(before, f) != getattr(after, f) for f in COMPARED):
            of(after.document).changed.append((before, after))
    return dict(sorted(changes.items()))


def diff_json(changes: dict[str, DocumentChanges]) -> str:
    """The changes as JSON: per document, lists of added, changed (old, new) and removed."""
    documents = {
        document: {
            "added": [asdict(f) for f in c.added],
            "changed": [{"old": asdict(a), "new": asdict(b)} for a, b in c.changed],
            "removed": [asdict(f) for f in c.removed],
        }
        for document, c in changes.items()
    }
    summary = {
        kind: sum(len(getattr(c, kind)) for c in changes.values())
        for kind in ("added", "changed", "removed")
    }
    return json.dumps({"summary": summary, "documents": documents}, indent=2) + "\n"


def diff_table(changes: dict[str, DocumentChanges]) -> str:
    """The changes as a plain-text table, one section per document."""
    if not changes:
        return "no figures added, changed or removed\n"
    lines: list[str] = []
    for document, c in changes.items():
        lines.append(f"{document}: {len(c.added)} added, {len(c.changed)} changed, "
                     f"{len(c.removed)} removed")  # fmt: skip
        for figure in c.added:
            lines.append(f"  + {_name(figure)}  {_reading(figure)}")
        for before, after in c.changed:
            lines.append(f"  ~ {_name(after)}  {_reading(before)}  ->  {_reading(after)}")
        for figure in c.removed:
            lines.append(f"  - {_name(figure)}  {_reading(figure)}")
    return "\n".join(lines) + "\n"


def _name(figure: Figure) -> str:
    return figure.measurement.rsplit("/", 1)[-1]


def _reading(figure: Figure) -> str:
    """``value=25.9 tonne [337-380]`` or ``min=42000 (more-than) case [194-269]``."""
    parts = [f"{k}={v}" for k, v in (("value", figure.value), ("min", figure.min),
                                      ("max", figure.max)) if v is not None]  # fmt: skip
    return f"{' '.join(parts)} ({figure.qualifier}) {figure.unit} [{figure.span}]"
