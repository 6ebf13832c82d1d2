"""The answer of the ``measurements`` stored query, computed by a full build from its own triples.

On the on-disk store the query costs about 16 index lookups a row: 7 s for the 35 thousand rows
of a 1M-triple graph. A full build holds every triple in memory, grouped by subject, where the
same rows are a few dictionary reads each (well under a second). So the build writes them as the
query's kept answer (queries/views.py: same file, same key, same trust rules), tagged with each
row's measurement so that later incremental builds can splice it (queries/viewparts.py).

The rows are what the query's text asks for (``queries/measurements.rq``), read here by hand:

- measurements (``rdf:type nk:Measurement``) with at least one region label in English or
  without a language; the region column is their plain text, sorted, joined with "; ";
- one row for each combination of the measure's ``skos:prefLabel`` (English or no language),
  qualifier's ``skos:notation``, unit's ``rdfs:label`` (English or no language), period's
  ``rdfs:label``, document's ``dcterms:identifier``, figure span's start, end and exact text,
  and of each optional column (value, minimum, maximum, operation label, agency label: any
  language), an absent optional column being empty;
- ordered by document, then start; rows whose keys tie come in an order of their own, as they
  may between two engines.

This reading is tied to the query text it was checked on (:data:`QUERY_SHA256`): the kept answer
is keyed by that text's SHA-256, so an edited query file never meets it and runs live.
``tests/test_build_tables.py`` compares it with the engine's evaluation on built workspaces.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, product
from pathlib import Path
from typing import NamedTuple

from narcokg import namespaces as ns
from narcokg.build.triples import PredicateObject, Term

#: The SHA-256 of ``queries/measurements.rq`` (its whole text) that this module computes.
QUERY_SHA256 = "15b4dbbb479de48bcfe08f92a89165ac1c244a721b8c3e64f83b55fd5d27c0da"
#: The kept-answer file format (queries/views.py reads it).
VERSION = 1
FOLDER = "views"
#: Smaller tables are not written: the query answers them live in well under a second.
MIN_ROWS = 1000
VARIABLES = ("measure", "value", "lower_bound", "upper_bound", "qualifier", "unit", "region",
             "period", "operation", "agency", "document", "start", "end", "exact")  # fmt: skip
#: A column's term as queries/results.py's ``Term`` fields: (kind, value, datatype, lang).
Cell = tuple[str, str, str | None, str | None] | None
Row = tuple[Cell, ...]
Subjects = Mapping[str, Iterable[PredicateObject]]

_MEASUREMENT: PredicateObject = (ns.RDF + "type", ("iri", ns.NK + "Measurement", None))
_LABEL, _PREF, _NOTATION = ns.RDFS + "label", ns.SKOS + "prefLabel", ns.SKOS + "notation"


class Table(NamedTuple):
    """An answer: its rows (cells in :data:`VARIABLES` order) and each row's measurement IRI."""

    rows: list[Row]
    tags: list[str]


def measurements_table(subjects: Subjects) -> Table:
    """The answer of ``measurements.rq`` on the graph whose triples are ``subjects``."""
    reader = _Reader(subjects)
    found: list[tuple[tuple[str, int], Row, str]] = []
    for subject, pairs in subjects.items():
        if _MEASUREMENT in pairs:
            found.extend((key, row, subject) for key, row in reader.rows(pairs))
    found.sort(key=lambda item: item[0])
    return Table([row for _, row, _ in found], [tag for _, _, tag in found])


class _Reader:
    """Reads measurements' rows; the labels of the nodes they link to (a few thousand, each
    shared by many measurements) are looked up once."""

    def __init__(self, subjects: Subjects) -> None:
        self.subjects = subjects
        self.found: dict[tuple[str, str, bool], tuple[Cell, ...]] = {}

    def rows(self, pairs: Iterable[PredicateObject]) -> Iterator[tuple[tuple[str, int], Row]]:
        own = _by_predicate(pairs)
        labels = sorted(c[1] for c in self.via(own, ns.NK + "region", _LABEL, english=True) if c)
        if not labels:
            return
        region: Cell = ("literal", "; ".join(labels), None, None)
        heads = product(
            self.via(own, ns.NK + "measure", _PREF, english=True),
            self.via(own, ns.NK + "qualifier", _NOTATION),
            self.via(own, ns.QUDT + "unit", _LABEL, english=True),
            self.via(own, ns.NK + "period", _LABEL),
            self.via(own, ns.NK + "document", ns.DCTERMS + "identifier"),
            self.spans(own),
        )
        optional = (
            [_cell(t) for t in own.get(ns.SCHEMA + "value", ())],
            [_cell(t) for t in own.get(ns.SCHEMA + "minValue", ())],
            [_cell(t) for t in own.get(ns.SCHEMA + "maxValue", ())],
            self.via(own, ns.NK + "operation", _LABEL),
            self.via(own, ns.NK + "agency", _LABEL),
        )
        tails = list(product(*(cells or [None] for cells in optional)))
        for (measure, qualifier, unit, period, document, span), tail in product(heads, tails):
            start, end, exact = span
            value, low, high, operation, agency = tail
            row = (measure, value, low, high, qualifier, unit, region, period, operation, agency,
                   document, start, end, exact)  # fmt: skip
            yield (document[1] if document else "", int(start[1]) if start else 0), row

    def via(
        self, own: Mapping[str, Sequence[Term]], link: str, predicate: str, english: bool = False
    ) -> list[Cell]:
        """The objects of the path ``link/predicate`` from the measurement (one per path),
        only those in English or without a language if ``english``."""
        cells: list[Cell] = []
        for node in own.get(link, ()):
            if node[0] == "iri":
                cells.extend(self.objects(node[1], predicate, english))
        return cells

    def objects(self, node: str, predicate: str, english: bool) -> tuple[Cell, ...]:
        key = (node, predicate, english)
        cells = self.found.get(key)
        if cells is None:
            pairs = self.subjects.get(node, ())
            objects = (o for p, o in pairs if p == predicate and (not english or _english(o)))
            cells = self.found[key] = tuple(_cell(o) for o in objects)
        return cells

    def spans(self, own: Mapping[str, Sequence[Term]]) -> list[tuple[Cell, Cell, Cell]]:
        """(start, end, exact) of each figure span (one per combination, as a join gives)."""
        found: list[tuple[Cell, Cell, Cell]] = []
        for node in own.get(ns.NK + "figureSpan", ()):
            span = _by_predicate(self.subjects.get(node[1], ()) if node[0] == "iri" else ())
            found.extend(
                (_cell(s), _cell(e), _cell(x))
                for s in span.get(ns.OA + "start", ())
                for e in span.get(ns.OA + "end", ())
                for x in span.get(ns.OA + "exact", ())
            )
        return found


def _by_predicate(pairs: Iterable[PredicateObject]) -> dict[str, list[Term]]:
    grouped: dict[str, list[Term]] = {}
    for predicate, obj in pairs:
        grouped.setdefault(predicate, []).append(obj)
    return grouped


def _english(term: Term) -> bool:
    """``LANG(?x) IN ("", "en")``: a literal without a language tag or tagged ``en``."""
    tag = term[2]
    return term[0] == "lit" and (tag is None or not tag.startswith("@") or tag.lower() == "@en")


def _cell(term: Term) -> Cell:
    kind, value, extra = term
    if kind == "iri":
        return ("uri", value, None, None)
    if extra is None or extra == ns.XSD + "string":
        return ("literal", value, None, None)
    if extra.startswith("@"):  # the store keeps language tags in lower case
        return ("literal", value, None, extra[1:].lower())
    return ("literal", value, extra, None)


def encode(header: Mapping[str, object], variables: Sequence[str], table: Table) -> bytes:
    """A kept answer's file: a header line, then the answer (its distinct terms once, each row
    as their positions, -1 for an unbound cell), then each row's measurement."""
    distinct = [t for t in dict.fromkeys(chain.from_iterable(table.rows)) if t is not None]
    position: dict[Cell, int] = {t: i for i, t in enumerate(distinct)}
    position[None] = -1
    rows = [list(map(position.__getitem__, row)) for row in table.rows]
    body = {"variables": list(variables), "terms": [list(t) for t in distinct], "rows": rows}
    lines = (dict(header), body, list(table.tags))
    compact = (json.dumps(x, separators=(",", ":"), ensure_ascii=False) for x in lines)
    return "".join(f"{line}\n" for line in compact).encode()


def write_measurements(folder: Path, graph_sha256: str, table: Table) -> Path | None:
    """Keep ``table`` as the answer of the shipped ``measurements`` query on the graph with
    ``graph_sha256`` (in ``folder``, the store's ``views/``); None when it is too small to be
    worth it (or the folder cannot be written: the first query then evaluates it)."""
    from narcokg.build.store import write_atomically

    if len(table.rows) < MIN_ROWS:
        return None
    header = {"version": VERSION, "graph": graph_sha256, "query_file": QUERY_SHA256,
              "text": QUERY_SHA256}  # fmt: skip
    path = folder / f"{graph_sha256[:16]}-{QUERY_SHA256[:32]}.json"
    try:
        write_atomically(path, encode(header, VARIABLES, table))
        for other in folder.glob(f"*-{QUERY_SHA256[:32]}.json"):
            if other != path:  # answers for older graphs: a full build splices none of them
                other.unlink(missing_ok=True)
    except OSError:
        return None
    return path
