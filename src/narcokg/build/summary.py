"""What a document shows the others, kept small: the ids it defines and uses, its figures.

An incremental build (build/incremental.py) re-reads only the fact files that changed; the
checks across documents (build/crossrefs.py on whole fact files) run again on these summaries,
and ``narcokg add`` compares a new report's ids with them. A whole-graph derived step can read
the figures (``MeasurementSummary``) without re-reading any fact file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from narcokg import namespaces as ns
from narcokg.build.derived import Figure, figure_links
from narcokg.build.iris import iri
from narcokg.build.triples import Graph
from narcokg.model.facts import FactFile, MeasurementFact
from narcokg.model.periods import period_slug
from narcokg.model.regions import Region, region_slug
from narcokg.model.vocabulary import Vocabulary

#: Whole-graph derived steps (the hook for build/derived.py): each gets every document's summary
#: (sorted by fact file name) and returns the triples that belong to no single document (e.g.
#: national figures, same-figure links). They run on every build, full or incremental, from the
#: summaries alone (an incremental build keeps them in its index), so they stay cheap.
DERIVED_STEPS: list[Callable[[Sequence[DocumentSummary]], Graph]] = []


class MeasurementSummary(NamedTuple):
    """One figure, as a derived step needs it (the number as written, a decimal's text)."""

    id: str
    measure: str
    unit: str
    period: str
    regions: tuple[str, ...]
    qualifier: str
    number: str
    operation: str | None
    agency: str | None


class DocumentSummary(NamedTuple):
    """One fact file's ids and figures."""

    fact_file: str
    doc_id: str
    source_file: str
    language: str
    translation_of: str | None
    agencies: tuple[tuple[str, str, str | None], ...]  # (slug, label, part of)
    operations: tuple[str, ...]
    used_agencies: frozenset[str]
    used_operations: frozenset[str]
    renders: frozenset[str]
    measurements: tuple[MeasurementSummary, ...]

    @property
    def measurement_ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.measurements)


def summarise(facts: FactFile) -> DocumentSummary:
    doc = facts.document
    used = {doc.publisher} if doc.publisher else set()
    for op in facts.operations:
        used |= {op.organised_by, *op.conducted_by} if op.organised_by else set(op.conducted_by)
    used |= {m.agency for m in facts.measurements if m.agency}
    return DocumentSummary(
        fact_file=facts.path.name,
        doc_id=doc.id,
        source_file=doc.file,
        language=doc.language,
        translation_of=doc.translation_of,
        agencies=tuple((a.slug, a.label, a.part_of) for a in facts.agencies),
        operations=tuple(op.slug for op in facts.operations),
        used_agencies=frozenset(used),
        used_operations=frozenset(m.operation for m in facts.measurements if m.operation),
        renders=frozenset(m.renders for m in facts.measurements if m.renders),
        measurements=tuple(_measurement(m) for m in facts.measurements),
    )


def _measurement(m: MeasurementFact) -> MeasurementSummary:
    return MeasurementSummary(
        m.id, m.measure, m.unit, m.period, m.regions, m.qualifier, str(m.number), m.operation,
        m.agency,
    )  # fmt: skip


def consistent(summaries: Iterable[DocumentSummary]) -> bool:
    """Whether the documents pass the checks across fact files (build/crossrefs.py and the
    references to agencies and operations). Only the verdict: a full build names the fault."""
    summaries = list(summaries)
    by_id = {s.doc_id: s for s in summaries}
    if len(by_id) != len(summaries):
        return False
    labels: dict[tuple[str, str], str] = {}
    for s in summaries:
        for slug, label, _ in s.agencies:
            if labels.setdefault((slug, s.language), label) != label:
                return False
    agencies = {slug for slug, _ in labels}
    operations = {slug for s in summaries for slug in s.operations}
    for s in summaries:
        if any(part_of and part_of not in agencies for _, _, part_of in s.agencies):
            return False
        if not s.used_agencies <= agencies or not s.used_operations <= operations:
            return False
        original = by_id.get(s.translation_of) if s.translation_of else None
        if (s.translation_of and original is None) or (s.renders and original is None):
            return False
        if original is not None and not s.renders <= original.measurement_ids:
            return False
    return True


def derived_graph(
    summaries: Sequence[DocumentSummary], vocabulary: Vocabulary, regions: dict[str, Region]
) -> Graph:
    """The links between figures of different documents (build/derived.py) and the triples of
    every further derived step (:data:`DERIVED_STEPS`)."""
    mass, part_of = link_inputs(vocabulary, regions)
    links = figure_links(figures(summaries, vocabulary, regions), mass, part_of)
    return finish_derived(links, summaries)


def finish_derived(
    links: Iterable[tuple[str, str, str]], summaries: Sequence[DocumentSummary]
) -> Graph:
    """The derived graph of the given figure links and every further derived step."""
    graph = Graph()
    for subject, predicate, obj in links:
        graph.link(subject, predicate, obj)
    for step in DERIVED_STEPS:
        graph.update(step(summaries))
    return graph


def link_inputs(
    vocabulary: Vocabulary, regions: dict[str, Region]
) -> tuple[set[str], dict[str, set[str]]]:
    """The mass units' IRIs, and each region's IRI -> the IRIs of the regions it is part of."""
    mass = {unit for unit, kind in vocabulary.units.values() if kind == ns.NK + "MassUnit"}
    part_of = {
        iri("region", r.slug): {iri("region", region_slug(r.part_of))}
        for r in regions.values()
        if r.part_of
    }
    return mass, part_of


def figures(
    summaries: Sequence[DocumentSummary],
    vocabulary: Vocabulary,
    regions: dict[str, Region],
    only: set[tuple[str, str]] | None = None,
) -> Iterator[Figure]:
    """Each measurement's IRIs, minted as build/graph.py mints them (each region's and period's
    once: every incremental build runs this over the whole workspace); with ``only``, just the
    measurements whose (measure IRI, period IRI) is in it."""
    region_iris: dict[str, str] = {}
    period_iris: dict[str, str] = {}
    for s in summaries:
        document = iri("document", s.doc_id)
        for m in s.measurements:
            measure, unit = vocabulary.measures.get(m.measure), vocabulary.units.get(m.unit)
            if measure is None or unit is None or any(r not in regions for r in m.regions):
                continue  # the build refuses such a figure before this runs
            period = period_iris.get(m.period)
            if period is None:
                period = period_iris[m.period] = iri("period", period_slug(m.period))
            if only is not None and (measure.iri, period) not in only:
                continue
            for name in m.regions:
                if name not in region_iris:
                    region_iris[name] = iri("region", regions[name].slug)
            yield Figure(
                measurement=iri("measurement", s.doc_id, m.id),
                measure=measure.iri,
                period=period,
                unit=unit[0],
                document=document,
                operation=iri("operation", m.operation) if m.operation else None,
                regions=tuple(region_iris[r] for r in m.regions),
            )
