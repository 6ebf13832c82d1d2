"""Links the stored queries would otherwise compute by joining every measurement with every other.

Derived at build time from the other triples of the graph (never from a fact file), so that a
query finds the pairs by following one property instead of joining the graph with itself:

- ``nk:sameFigureAs`` (symmetric): two measurements of different documents with the same measure,
  period, set of regions and set of operations (both possibly empty), in the same unit or both in
  mass units -- the same figure stated by two sources (``same-figure-by-source``);
- ``nk:nationalFigure``: from a measurement to a national one of the same measure, period and
  unit -- a national measurement has a region that is part of no other and no operation -- when
  the first has a region at or inside that country and is not itself the national figure (it has
  an operation, or a region other than the country) (``share-of-national``).

The inputs are only these triples: ``rdf:type`` ``nk:Measurement`` and ``nk:MassUnit``,
``nk:measure``, ``nk:period``, ``nk:region``, ``nk:operation``, ``qudt:unit``, ``nk:document``
and ``nk:partOf``; a change to any of them can change the links (docs/model.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from narcokg import namespaces as ns

if TYPE_CHECKING:
    import pyoxigraph

RDF_TYPE = ns.RDF + "type"
SAME_FIGURE = ns.NK + "sameFigureAs"
NATIONAL_FIGURE = ns.NK + "nationalFigure"
#: measurement property -> the field of ``_Facts`` it fills
FIELDS = {
    ns.NK + "measure": "measures",
    ns.NK + "period": "periods",
    ns.NK + "region": "regions",
    ns.NK + "operation": "operations",
    ns.QUDT + "unit": "units",
    ns.NK + "document": "documents",
}
#: every predicate the derived links depend on
INPUTS = frozenset({RDF_TYPE, ns.NK + "partOf", *FIELDS})


@dataclass
class _Facts:
    """What one subject says through the properties in ``FIELDS`` (sets, as the graph has them)."""

    measures: set[str] = field(default_factory=set)
    periods: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)


@dataclass
class _Inputs:
    measurements: dict[str, _Facts]
    mass_units: set[str]
    part_of: dict[str, set[str]]  # region -> the regions it is directly part of


def derived_triples(triples: Iterable[pyoxigraph.Triple]) -> list[pyoxigraph.Triple]:
    """The ``nk:sameFigureAs`` and ``nk:nationalFigure`` triples the given graph implies."""
    import pyoxigraph as ox

    inputs = _read(triples)
    links = [(a, SAME_FIGURE, b) for a, b in _same_figures(inputs)]
    links += [(m, NATIONAL_FIGURE, n) for m, n in _national_figures(inputs)]
    return [ox.Triple(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o)) for s, p, o in links]


def figure_links(
    figures: Iterable[Figure], mass_units: set[str], part_of: dict[str, set[str]]
) -> list[tuple[str, str, str]]:
    """The same links as :func:`derived_triples`, as IRI triples, from each measurement's IRIs
    (what a build knows without its triples: build/summary.py)."""
    measurements: dict[str, _Facts] = {}
    for figure in figures:
        facts = measurements.setdefault(figure.measurement, _Facts())
        facts.measures.add(figure.measure)
        facts.periods.add(figure.period)
        facts.units.add(figure.unit)
        facts.documents.add(figure.document)
        facts.regions.update(figure.regions)
        if figure.operation:
            facts.operations.add(figure.operation)
    inputs = _Inputs(measurements, mass_units, part_of)
    links = [(a, SAME_FIGURE, b) for a, b in _same_figures(inputs)]
    return links + [(m, NATIONAL_FIGURE, n) for m, n in _national_figures(inputs)]


@dataclass(frozen=True)
class Figure:
    """One measurement's IRIs: the inputs of the derived links."""

    measurement: str
    measure: str
    period: str
    unit: str
    document: str
    operation: str | None
    regions: tuple[str, ...]


def _read(triples: Iterable[pyoxigraph.Triple]) -> _Inputs:
    import pyoxigraph as ox

    by_subject: dict[str, _Facts] = defaultdict(_Facts)
    types: dict[str, set[str]] = defaultdict(set)
    part_of: dict[str, set[str]] = defaultdict(set)
    for triple in triples:
        predicate = triple.predicate.value
        if predicate not in INPUTS:
            continue
        node, obj = triple.subject, triple.object
        if not isinstance(obj, ox.NamedNode) or not isinstance(node, ox.NamedNode):
            continue  # the build mints IRIs for everything these properties link
        subject, value = node.value, obj.value
        if predicate == RDF_TYPE:
            types[value].add(subject)
        elif predicate == ns.NK + "partOf":
            part_of[subject].add(value)
        else:
            getattr(by_subject[subject], FIELDS[predicate]).add(value)
    measurements = {m: by_subject.get(m, _Facts()) for m in types[ns.NK + "Measurement"]}
    return _Inputs(measurements, types[ns.NK + "MassUnit"], part_of)


def _same_figures(inputs: _Inputs) -> Iterator[tuple[str, str]]:
    """Both directions of every pair; the query orders each pair by its documents."""
    groups: dict[tuple[str, str, frozenset[str], frozenset[str]], list[str]] = defaultdict(list)
    for m, facts in inputs.measurements.items():
        if not facts.regions or not facts.documents or not facts.units:
            continue  # the query needs a region, a document and a unit on both sides
        for measure in facts.measures:
            for period in facts.periods:
                key = (measure, period, frozenset(facts.regions), frozenset(facts.operations))
                groups[key].append(m)
    pairs: set[tuple[str, str]] = set()
    for members in groups.values():
        for a, b in combinations(sorted(members), 2):
            if _other_documents(inputs, a, b) and _units_fit(inputs, a, b):
                pairs.update(((a, b), (b, a)))
    return iter(sorted(pairs))


def _other_documents(inputs: _Inputs, a: str, b: str) -> bool:
    docs_a, docs_b = inputs.measurements[a].documents, inputs.measurements[b].documents
    return any(da != db for da in docs_a for db in docs_b)


def _units_fit(inputs: _Inputs, a: str, b: str) -> bool:
    mass = inputs.mass_units
    units_a, units_b = inputs.measurements[a].units, inputs.measurements[b].units
    return any(ua == ub or (ua in mass and ub in mass) for ua in units_a for ub in units_b)


def _national_figures(inputs: _Inputs) -> Iterator[tuple[str, str]]:
    nationals: dict[tuple[str, str, str], list[tuple[str, set[str]]]] = defaultdict(list)
    for n, facts in inputs.measurements.items():
        countries = {r for r in facts.regions if not inputs.part_of.get(r)}
        if countries and not facts.operations:
            for key in _keys(facts):
                nationals[key].append((n, countries))
    pairs: set[tuple[str, str]] = set()
    for m, facts in inputs.measurements.items():
        for key in _keys(facts):
            for n, countries in nationals.get(key, ()):
                if n != m and _inside(inputs, facts, countries):
                    pairs.add((m, n))
    return iter(sorted(pairs))


def _keys(facts: _Facts) -> Iterator[tuple[str, str, str]]:
    for measure in facts.measures:
        for period in facts.periods:
            for unit in facts.units:
                yield measure, period, unit


def _inside(inputs: _Inputs, facts: _Facts, countries: set[str]) -> bool:
    """A region of the measurement at or inside one of the countries, other than it unless the
    measurement belongs to an operation."""
    for region in facts.regions:
        for country in countries & _at_or_above(inputs.part_of, region):
            if facts.operations or region != country:
                return True
    return False


def _at_or_above(part_of: dict[str, set[str]], region: str) -> set[str]:
    seen, todo = {region}, [region]
    while todo:
        for parent in part_of.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen
