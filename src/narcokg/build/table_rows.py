"""The rows of the whole-table stored queries, read from a built graph's triples by hand.

Each function here answers one shipped query text exactly as the engines do (build/tables.py
says which text and when its answer is used; ``tests/test_build_tables.py`` compares each with
Oxigraph and rdflib on random graphs and with the on-disk store of built workspaces). They read a
measurement's columns through :class:`Reader`, which looks each linked node's labels up once.

Cells are ``Term`` fields, (kind, value, datatype, lang), as queries/results.py reads them;
language tags in lower case, as the store returns them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from itertools import product
from typing import NamedTuple

from narcokg import namespaces as ns
from narcokg.build.triples import PredicateObject, Term

Cell = tuple[str, str, str | None, str | None] | None
Row = tuple[Cell, ...]
Subjects = Mapping[str, Collection[PredicateObject]]
#: (ORDER BY key, row, the measurement's IRI)
Keyed = tuple[tuple[object, ...], Row, str]

MEASUREMENT: PredicateObject = (ns.RDF + "type", ("iri", ns.NK + "Measurement", None))
REGION: PredicateObject = (ns.RDF + "type", ("iri", ns.NK + "Region", None))
PART_OF, NATIONAL = ns.NK + "partOf", ns.NK + "nationalFigure"
LABEL, PREF, NOTATION = ns.RDFS + "label", ns.SKOS + "prefLabel", ns.SKOS + "notation"
_MASS = (ns.NK + "unitKind", ("iri", ns.NK + "MassUnit", None))
_START, _END, _EXACT = ns.OA + "start", ns.OA + "end", ns.OA + "exact"


class Scan(NamedTuple):
    """What the readings need from every subject, found in one pass over the triples."""

    parents: dict[str, list[str]]  # subject -> what it is ``nk:partOf``
    national: list[str]  # the subjects with an ``nk:nationalFigure``
    regions: dict[str, Collection[PredicateObject]]  # ``rdf:type nk:Region``: their triples


class Table(NamedTuple):
    """An answer: its rows (cells in the query's column order) and each row's measurement."""

    rows: list[Row]
    tags: list[str]


def table(found: list[Keyed]) -> Table:
    """``found`` in ``ORDER BY`` order (ties in the order found: engines differ there too)."""
    found.sort(key=lambda item: item[0])
    return Table([row for _, row, _ in found], [tag for _, _, tag in found])


class Reader:
    """Reads the columns of measurements; the labels of the nodes they link to (a few thousand,
    each shared by many measurements) are looked up once."""

    def __init__(self, subjects: Subjects) -> None:
        self.subjects = subjects
        self.found: dict[tuple[str, str, bool], tuple[Cell, ...]] = {}
        self.extra: dict[str, object] = {}  # what a reading makes once per graph
        self._scan: Scan | None = None
        self._above: dict[str, frozenset[str]] = {}

    def measurements(self) -> Iterator[tuple[str, dict[str, list[Term]]]]:
        """Each measurement (``rdf:type nk:Measurement``) and its triples by predicate."""
        for subject, pairs in self.subjects.items():
            if MEASUREMENT in pairs:
                yield subject, by_predicate(pairs)

    def scan(self) -> Scan:
        """Part-of links, subjects with a national figure and regions (one pass, made once)."""
        if self._scan is None:
            found = Scan({}, [], {})
            for subject, pairs in self.subjects.items():
                if REGION in pairs:
                    found.regions[subject] = pairs
                for predicate, obj in pairs:
                    if predicate == PART_OF and obj[0] == "iri":
                        found.parents.setdefault(subject, []).append(obj[1])
                    elif predicate == NATIONAL and found.national[-1:] != [subject]:
                        found.national.append(subject)
            self._scan = found
        return self._scan

    def above(self, region: str) -> frozenset[str]:
        """``region`` and every node it has a ``nk:partOf`` path to (``?inside nk:partOf*``)."""
        found = self._above.get(region)
        if found is None:
            parents = self.scan().parents
            reached, todo = {region}, [region]
            while todo:
                for parent in parents.get(todo.pop(), ()):
                    if parent not in reached:
                        reached.add(parent)
                        todo.append(parent)
            found = self._above[region] = frozenset(reached)
        return found

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

    def objects(self, node: str, predicate: str, english: bool = False) -> tuple[Cell, ...]:
        key = (node, predicate, english)
        cells = self.found.get(key)
        if cells is None:
            pairs = self.subjects.get(node, ())
            objects = (o for p, o in pairs if p == predicate and (not english or is_english(o)))
            cells = self.found[key] = tuple(cell(o) for o in objects)
        return cells

    def spans(self, own: Mapping[str, Sequence[Term]]) -> list[tuple[Cell, Cell, Cell]]:
        """(start, end, exact) of each figure span (one per combination, as a join gives)."""
        found: list[tuple[Cell, Cell, Cell]] = []
        for node in own.get(ns.NK + "figureSpan", ()):
            starts: list[Cell] = []
            ends: list[Cell] = []
            exacts: list[Cell] = []
            for predicate, obj in self.subjects.get(node[1], ()) if node[0] == "iri" else ():
                if predicate == _START:
                    starts.append(cell(obj))
                elif predicate == _END:
                    ends.append(cell(obj))
                elif predicate == _EXACT:
                    exacts.append(cell(obj))
            found.extend(product(starts, ends, exacts))
        return found

    def is_mass(self, node: Term) -> bool:
        return node[0] == "iri" and _MASS in self.subjects.get(node[1], ())


class Columns(NamedTuple):
    """What the readings take from one measurement, each looked up once."""

    measures: list[Cell]  # its measure's labels in English or without a language
    qualifiers: list[Cell]
    units: list[Cell]  # in English or without a language
    periods: list[Cell]
    documents: list[Cell]
    spans: list[tuple[Cell, Cell, Cell]]
    regions: list[Cell]  # its regions' labels in English or without a language
    optional: list[list[Cell]]  # value, minimum, maximum, operation labels, agency labels


class Pass(NamedTuple):
    """Every reading's rows, made in one pass over the measurements (``measurements``,
    ``seizures-by-operation``, and each measurement's ``measurements-for-region`` row with the
    regions it names)."""

    measurements: list[Keyed]
    seizures: list[Keyed]
    groups: list[tuple[frozenset[str], Keyed]]


def one_pass(reader: Reader) -> Pass:
    """The rows of every measurement, made once per reader."""
    cached = reader.extra.get("pass")
    if isinstance(cached, Pass):
        return cached
    found = Pass([], [], [])
    for subject, own in reader.measurements():
        columns = Columns(
            reader.via(own, ns.NK + "measure", PREF, english=True),
            reader.via(own, ns.NK + "qualifier", NOTATION),
            reader.via(own, ns.QUDT + "unit", LABEL, english=True),
            reader.via(own, ns.NK + "period", LABEL),
            reader.via(own, ns.NK + "document", ns.DCTERMS + "identifier"),
            reader.spans(own),
            reader.via(own, ns.NK + "region", LABEL, english=True),
            _optional(reader, own),
        )
        found.measurements.extend(_measurement_rows(subject, columns))
        if ns.NK + "operation" in own:  # most figures belong to no operation
            found.seizures.extend(_seizure_rows(reader, subject, own, columns))
        group = _group(columns)
        if group is not None:
            regions = frozenset(r[1] for r in own.get(ns.NK + "region", ()) if r[0] == "iri")
            key = (_text(group[10]), _number(group[11]))
            found.groups.append((regions, (key, group, subject)))
    reader.extra["pass"] = found
    return found


def measurements_rows(reader: Reader) -> list[Keyed]:
    """``queries/measurements.rq``: one row per combination of a measurement's columns."""
    return list(one_pass(reader).measurements)


def seizures_rows(reader: Reader) -> list[Keyed]:
    """``queries/seizures-by-operation.rq`` without an operation name: the weighed
    measurements of every operation."""
    return list(one_pass(reader).seizures)


def _measurement_rows(subject: str, columns: Columns) -> Iterator[Keyed]:
    labels = sorted(c[1] for c in columns.regions if c)
    if not labels:
        return
    region: Cell = ("literal", "; ".join(labels), None, None)
    heads = product(columns.measures, columns.qualifiers, columns.units, columns.periods,
                    columns.documents, columns.spans)  # fmt: skip
    tails = list(product(*(cells or [None] for cells in columns.optional)))
    for (measure, qualifier, unit, period, document, span), tail in product(heads, tails):
        start, end, exact = span
        value, low, high, operation, agency = tail
        row = (measure, value, low, high, qualifier, unit, region, period, operation, agency,
               document, start, end, exact)  # fmt: skip
        yield ((_text(document), _number(start)), row, subject)


def _seizure_rows(
    reader: Reader, subject: str, own: Mapping[str, Sequence[Term]], columns: Columns
) -> Iterator[Keyed]:
    operations = [o for op in own.get(ns.NK + "operation", ()) if op[0] == "iri"
                  for o in reader.objects(op[1], LABEL)]  # fmt: skip
    measures = [m for c in own.get(ns.NK + "measure", ()) if reader.is_mass(c)
                for m in reader.objects(c[1], PREF, english=True)]  # fmt: skip
    heads = product(operations, measures, columns.qualifiers, columns.units, columns.periods,
                    columns.documents)  # fmt: skip
    tails = list(product(*(cells or [None] for cells in columns.optional[:3])))
    for (operation, measure, qualifier, unit, period, document), tail in product(heads, tails):
        value, low, high = tail
        row = (operation, measure, value, low, high, qualifier, unit, period, document)
        yield ((_text(operation), _text(measure), _text(document)), row, subject)


def _group(columns: Columns) -> Row | None:
    """The measurement's ``measurements-for-region`` row: every column its one value (the
    query's ``SAMPLE``: a built measurement has one of each), the least text of its operations'
    and of its agencies' labels, its regions' labels distinct and sorted; None when a required
    column has no value (no group)."""
    firsts = (columns.measures, columns.qualifiers, columns.units, columns.periods,
              columns.documents, columns.spans, columns.regions)  # fmt: skip
    if not all(firsts):
        return None
    start, end, exact = columns.spans[0]
    region: Cell = ("literal", "; ".join(sorted({c[1] for c in columns.regions if c})), None, None)
    value, low, high = (cells[0] if cells else None for cells in columns.optional[:3])
    operation, agency = (_least(cells) for cells in columns.optional[3:])
    return (columns.measures[0], value, low, high, columns.qualifiers[0], columns.units[0],
            region, columns.periods[0], operation, agency, columns.documents[0], start, end,
            exact)  # fmt: skip


def _least(cells: list[Cell]) -> Cell:
    """``MIN(STR(?label))``: the least text, as a plain string."""
    texts = [c[1] for c in cells if c is not None]
    return ("literal", min(texts), None, None) if texts else None


def _optional(reader: Reader, own: Mapping[str, Sequence[Term]]) -> list[list[Cell]]:
    """Value, minimum, maximum, operation label, agency label (each possibly none)."""
    return [
        [cell(t) for t in own.get(ns.SCHEMA + "value", ())],
        [cell(t) for t in own.get(ns.SCHEMA + "minValue", ())],
        [cell(t) for t in own.get(ns.SCHEMA + "maxValue", ())],
        reader.via(own, ns.NK + "operation", LABEL),
        reader.via(own, ns.NK + "agency", LABEL),
    ]


def by_predicate(pairs: Iterable[PredicateObject]) -> dict[str, list[Term]]:
    grouped: dict[str, list[Term]] = {}
    for predicate, obj in pairs:
        found = grouped.get(predicate)  # not setdefault: it would make a list for every pair
        if found is None:
            grouped[predicate] = [obj]
        else:
            found.append(obj)
    return grouped


def is_english(term: Term) -> bool:
    """``LANG(?x) IN ("", "en")``: a literal without a language tag or tagged ``en``."""
    tag = term[2]
    return term[0] == "lit" and (tag is None or not tag.startswith("@") or tag.lower() == "@en")


def cell(term: Term) -> Cell:
    kind, value, extra = term
    if kind == "iri":
        return ("uri", value, None, None)
    if extra is None or extra == ns.XSD + "string":
        return ("literal", value, None, None)
    if extra.startswith("@"):  # the store keeps language tags in lower case
        return ("literal", value, None, extra[1:].lower())
    return ("literal", value, extra, None)


def _text(found: Cell) -> str:
    """``STR()`` of a cell (the sort key of a string column)."""
    return "" if found is None else found[1]


def _number(found: Cell) -> int:
    return 0 if found is None else int(found[1])
