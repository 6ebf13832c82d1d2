"""Documents + reviewed facts -> the knowledge graph. The one place that mints triples and IRIs.

For each fact the build finds the quote's offsets, takes the sentence around it, and checks that
the figure the text states (read literally, or through the recorded repair rule) is the figure the
fact claims. Anything wrong stops the build with a message naming the fact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from narcokg import namespaces as ns
from narcokg import paths
from narcokg.build import cube
from narcokg.build.crossrefs import (
    check_agencies,
    check_translations,
    check_unique_documents,
    rendered_spans,
)
from narcokg.build.iris import iri
from narcokg.build.regions import add_regions, named_divisions
from narcokg.build.summary import derived_graph, summarise
from narcokg.build.triples import Graph, ontology_graph, to_triples
from narcokg.errors import FactError, InputError
from narcokg.model.facts import FactFile, MeasurementFact, OperationFact, load_facts
from narcokg.model.figures import check_figure
from narcokg.model.numbers import BOUNDS, decimal_text, naive_readings
from narcokg.model.periods import parse_period, period_slug
from narcokg.model.regions import Region, load_gazetteer, unknown_region, with_divisions
from narcokg.model.sources import SourceText, read_source
from narcokg.model.spans import Span, find_quote, sentence_around
from narcokg.model.vocabulary import Vocabulary, load_vocabulary
from narcokg.model.workspace import Workspace

if TYPE_CHECKING:
    import pyoxigraph

XSD_DECIMAL = ns.XSD + "decimal"
XSD_INTEGER = ns.XSD + "integer"
XSD_BOOLEAN = ns.XSD + "boolean"
XSD_DATE = ns.XSD + "date"

QUALIFIER_WORDS = {"exact": "", "about": "about ", "more-than": "more than ",
                   "at-least": "at least ", "nearly": "nearly ", "less-than": "less than ",
                   "up-to": "up to "}  # fmt: skip


@dataclass(frozen=True)
class BuildContext:
    vocabulary: Vocabulary
    regions: dict[str, Region]
    agencies: frozenset[str]
    operations: frozenset[str]
    rendered: dict[tuple[str, str], Span]  # original figures' spans, by (document, fact)


@dataclass
class BuiltUnits:
    """A workspace's graph as the contributions it is the union of: the part every graph has
    (the data set, the gazetteer's regions, the ontology) and each document's (by fact file
    name), so that a rebuild can replace one document's part (build/incremental.py)."""

    base: Graph
    documents: dict[str, Graph]
    files: list[FactFile]
    derived: Graph  # summary.DERIVED_STEPS on every document's summary


def build_workspace(
    workspace: Workspace, progress: Callable[[str, int, int], None] | None = None
) -> list[pyoxigraph.Triple]:
    """Every triple of the workspace's graph: its documents, their facts, regions and ontology.

    ``progress(stage, done, total)``, if given, is told how far reading and building have got.
    """
    units = build_units(workspace, progress)
    graph = Graph()
    for part in (units.base, *units.documents.values(), units.derived):
        graph.update(part)
    return to_triples(graph)


def build_units(
    workspace: Workspace, progress: Callable[[str, int, int], None] | None = None
) -> BuiltUnits:
    """The workspace's graph, contribution by contribution (see :class:`BuiltUnits`)."""
    report = progress or (lambda stage, done, total: None)
    vocabulary = load_vocabulary(paths.ontology_file())
    gazetteer = load_gazetteer(workspace.gazetteer_file)
    regions = with_divisions(gazetteer, workspace.gazetteer_file)
    fact_paths = workspace.fact_files()
    files = []
    for number, path in enumerate(fact_paths, 1):
        files.append(load_facts(path))
        report("reading fact files", number, len(fact_paths))
    if not files:
        raise InputError(f"no fact files in {workspace.facts_dir}: add one per source document")
    check_agencies(files)
    check_unique_documents(files)
    check_translations(files)
    sources = {f.document.id: read_source(workspace.sources_dir / f.document.file) for f in files}
    defined = (
        (agency.slug for f in files for agency in f.agencies),
        (op.slug for f in files for op in f.operations),
    )
    context = make_context(vocabulary, regions, defined, rendered_spans(files, sources))
    documents = {}
    for number, facts in enumerate(files, 1):
        documents[facts.path.name] = document_graph(facts, sources[facts.document.id], context)
        report("building documents", number, len(files))
    derived = derived_graph([summarise(f) for f in files], vocabulary, regions)
    return BuiltUnits(base_graph(gazetteer), documents, files, derived)


def make_context(
    vocabulary: Vocabulary,
    regions: dict[str, Region],
    defined: tuple[Iterable[str], Iterable[str]],
    rendered: dict[tuple[str, str], Span],
) -> BuildContext:
    """What a document's triples need from the others: the agency and operation ids they
    define (``defined``), and the original figures' spans that translated figures render."""
    agencies, operations = defined
    return BuildContext(vocabulary, regions, frozenset(agencies), frozenset(operations), rendered)


def base_graph(regions: dict[str, Region]) -> Graph:
    """The triples every workspace's graph has: the data set, the regions of reference/regions.csv
    (a city or county joins with the document that names it) and the ontology."""
    graph = Graph()
    cube.add_dataset(graph)
    add_regions(graph, regions, iri)
    graph.update(ontology_graph())
    return graph


def document_graph(facts: FactFile, source: SourceText, context: BuildContext) -> Graph:
    """One document's triples, its agencies' included (other documents may share them)."""
    graph = Graph()
    _add_agencies(graph, facts, context.regions)
    _add_document(graph, facts, source, context)
    add_regions(graph, named_divisions(facts, context.regions), iri)
    return graph


def _add_agencies(graph: Graph, facts: FactFile, regions: dict[str, Region]) -> None:
    for agency in facts.agencies:
        where = f"{facts.path}: agency {agency.slug!r}"
        subject = iri("agency", agency.slug)
        graph.kind(subject, ns.NK + "Agency")
        graph.text(subject, ns.RDFS + "label", agency.label, facts.document.language)
        _add_alt_labels(graph, subject, agency.alt_labels)
        if agency.jurisdiction:
            graph.link(
                subject, ns.NK + "jurisdiction", _region_iri(agency.jurisdiction, regions, where)
            )
        if agency.part_of:
            graph.link(subject, ns.ORG + "subOrganizationOf", iri("agency", agency.part_of))


def _add_alt_labels(graph: Graph, subject: str, alt_labels: tuple[tuple[str, str], ...]) -> None:
    for language, label in alt_labels:
        graph.text(subject, ns.SKOS + "altLabel", label, language)


def _region_iri(name: str, regions: dict[str, Region], where: str) -> str:
    region = regions.get(name)
    if region is None:
        raise FactError(f"{where}: {unknown_region(name, regions)}")
    return iri("region", region.slug)


def _add_document(graph: Graph, facts: FactFile, source: SourceText, context: BuildContext) -> None:
    doc = facts.document
    subject = iri("document", doc.id)
    graph.kind(subject, ns.NK + "SourceDocument")
    graph.text(subject, ns.DCTERMS + "identifier", doc.id)
    graph.text(subject, ns.DCTERMS + "title", doc.title, doc.language)
    graph.typed(subject, ns.DCTERMS + "issued", doc.published.isoformat(), XSD_DATE)
    graph.text(subject, ns.DCTERMS + "language", doc.language)
    graph.text(subject, ns.NK + "text", source.text)
    graph.text(subject, ns.NK + "sha256", source.sha256)
    graph.text(subject, ns.NK + "fileName", doc.file)
    for name in doc.reporters:
        graph.text(subject, ns.DCTERMS + "creator", name)
    if doc.publisher:
        _require(doc.publisher, context.agencies, f"{facts.path}: document publisher", "agency")
        graph.link(subject, ns.DCTERMS + "publisher", iri("agency", doc.publisher))
    if doc.translated_from:
        graph.text(subject, ns.NK + "translatedFrom", doc.translated_from)
    if doc.note:
        graph.text(subject, ns.RDFS + "comment", " ".join(doc.note.split()), doc.language)
    if doc.translation_of:
        graph.link(subject, ns.NK + "translationOf", iri("document", doc.translation_of))
    for operation in facts.operations:
        _add_operation(graph, facts, source, operation, context)
    for measurement in facts.measurements:
        _add_measurement(graph, facts, source, measurement, context)


def _require(slug: str, known: Iterable[str], where: str, what: str) -> None:
    if slug not in known:
        raise FactError(
            f"{where}: unknown {what} {slug!r}; define it under `{what.replace('y', 'ie')}s:`"
        )


def _add_span(graph: Graph, doc_id: str, span: Span) -> str:
    subject = iri("span", doc_id, f"{span.start}-{span.end}")
    graph.kind(subject, ns.NK + "SourceSpan")
    graph.link(subject, ns.NK + "inDocument", iri("document", doc_id))
    graph.typed(subject, ns.OA + "start", str(span.start), XSD_INTEGER)
    graph.typed(subject, ns.OA + "end", str(span.end), XSD_INTEGER)
    graph.text(subject, ns.OA + "exact", span.exact)
    return subject


def _locate(source: SourceText, quote: str, within: str | None, where: str) -> Span:
    try:
        return find_quote(source.text, quote, within=within)
    except FactError as error:
        raise FactError(f"{where}: {error}") from None


def _add_period(graph: Graph, label: str, where: str) -> str:
    try:
        period = parse_period(label)
    except FactError as error:
        raise FactError(f"{where}: {error}") from None
    subject = iri("period", period_slug(label))
    graph.kind(subject, ns.NK + "Period")
    graph.text(subject, ns.RDFS + "label", period.label)
    graph.typed(subject, ns.NK + "startDate", period.start.isoformat(), XSD_DATE)
    graph.typed(subject, ns.NK + "endDate", period.end.isoformat(), XSD_DATE)
    graph.text(subject, ns.NK + "periodKind", period.kind)
    return subject


def _add_operation(
    graph: Graph, facts: FactFile, source: SourceText, op: OperationFact, context: BuildContext
) -> None:
    where = f"{facts.path}: operation {op.slug!r}"
    subject = iri("operation", op.slug)
    graph.kind(subject, ns.NK + "Operation")
    language = facts.document.language
    graph.text(subject, ns.RDFS + "label", op.label, language)
    _add_alt_labels(graph, subject, op.alt_labels)
    graph.link(subject, ns.NK + "document", iri("document", facts.document.id))
    graph.typed(
        subject, ns.NK + "regionListComplete", str(op.regions_complete).lower(), XSD_BOOLEAN
    )
    if op.comment:
        graph.text(subject, ns.RDFS + "comment", " ".join(op.comment.split()), language)
    if op.quote:
        span = _locate(source, op.quote, op.within, where)
        graph.link(subject, ns.NK + "mentionSpan", _add_span(graph, facts.document.id, span))
    if op.period:
        graph.link(subject, ns.NK + "period", _add_period(graph, op.period, where))
    if op.organised_by:
        _require(op.organised_by, context.agencies, where, "agency")
        graph.link(subject, ns.NK + "organisedBy", iri("agency", op.organised_by))
    for agency in op.conducted_by:
        _require(agency, context.agencies, where, "agency")
        graph.link(subject, ns.NK + "conductedBy", iri("agency", agency))
    for name in op.regions:
        graph.link(
            subject, ns.NK + "participatingRegion", _region_iri(name, context.regions, where)
        )


def _add_measurement(
    graph: Graph, facts: FactFile, source: SourceText, fact: MeasurementFact, context: BuildContext
) -> None:
    where = f"{facts.path}: measurement {fact.id!r}"
    doc_id = facts.document.id
    figure_span = _locate(source, fact.quote, fact.within, where)
    check_figure(fact, where)
    measure = context.vocabulary.measures.get(fact.measure)
    if measure is None:
        known = ", ".join(sorted(context.vocabulary.measures))
        raise FactError(
            f"{where}: measure {fact.measure!r} is not in the ontology (known: {known})"
        )
    unit = context.vocabulary.units.get(fact.unit)
    if unit is None:
        known = ", ".join(sorted(context.vocabulary.units))
        raise FactError(f"{where}: unit {fact.unit!r} is not in the ontology (known: {known})")
    subject = iri("measurement", doc_id, fact.id)
    graph.kind(subject, ns.NK + "Measurement")
    graph.text(subject, ns.DCTERMS + "identifier", fact.id)
    # composed from the English measure label and English words: English whatever the source
    graph.text(subject, ns.RDFS + "label", _measurement_label(fact, measure.label), "en")
    graph.link(subject, ns.NK + "measure", measure.iri)
    graph.link(subject, ns.NK + "qualifier", context.vocabulary.qualifiers[fact.qualifier])
    graph.link(subject, ns.QUDT + "unit", unit[0])
    graph.link(subject, ns.NK + "document", iri("document", doc_id))
    graph.link(subject, ns.NK + "period", _add_period(graph, fact.period, where))
    _add_bounds(graph, subject, fact)
    if fact.denominator is not None:
        graph.typed(subject, ns.NK + "denominator", decimal_text(fact.denominator), XSD_DECIMAL)
    regions = [
        (_region_iri(name, context.regions, where), context.regions[name]) for name in fact.regions
    ]
    for region_iri, _ in regions:
        graph.link(subject, ns.NK + "region", region_iri)
    cube.add_observation(graph, subject, fact, regions, decimal_text(fact.number), mint=iri)
    if fact.agency:
        _require(fact.agency, context.agencies, where, "agency")
        graph.link(subject, ns.NK + "agency", iri("agency", fact.agency))
    if fact.operation:
        _require(fact.operation, context.operations, where, "operation")
        graph.link(subject, ns.NK + "operation", iri("operation", fact.operation))
    figure = _add_span(graph, doc_id, figure_span)
    graph.link(subject, ns.NK + "figureSpan", figure)
    graph.link(subject, ns.PROV + "wasDerivedFrom", figure)
    sentence = sentence_around(source.text, figure_span)
    graph.link(subject, ns.NK + "sentenceSpan", _add_span(graph, doc_id, sentence))
    _add_links(graph, facts, fact, (subject, figure), context)


def _add_links(
    graph: Graph,
    facts: FactFile,
    fact: MeasurementFact,
    nodes: tuple[str, str],
    context: BuildContext,
) -> None:
    """A measurement's repair, the figure it changes, and the original figure it renders."""
    subject, figure = nodes
    doc = facts.document
    if fact.repair:
        evidence = (figure, doc.language, doc.translation_of or "")
        _add_repair(graph, subject, iri("repair", doc.id, fact.id), evidence, fact, context)
    if fact.change_of:
        where = f"{facts.path}: measurement {fact.id!r}"
        _require(fact.change_of, {m.id for m in facts.measurements}, where, "measurement")
        graph.link(subject, ns.NK + "changeOf", iri("measurement", doc.id, fact.change_of))
    if fact.renders and doc.translation_of:
        graph.link(subject, ns.NK + "renders", iri("measurement", doc.translation_of, fact.renders))


def _measurement_label(fact: MeasurementFact, measure_label: str) -> str:
    number = f"{fact.number:,f}".rstrip("0").rstrip(".") if fact.number % 1 else f"{fact.number:,}"
    regions = ", ".join(fact.regions)
    qualifier = QUALIFIER_WORDS.get(fact.qualifier, f"{fact.lower} to ")  # between: 3 to 5
    return f"{measure_label}, {regions}, {fact.period}: {qualifier}{number} {fact.unit}"


def _add_bounds(graph: Graph, subject: str, fact: MeasurementFact) -> None:
    has_value, min_inclusive, max_inclusive = BOUNDS[fact.qualifier]
    number = decimal_text(fact.number)
    if has_value:
        graph.typed(subject, ns.SCHEMA + "value", number, XSD_DECIMAL)
    if min_inclusive is not None:  # a range's minimum is its lower end
        low = number if fact.lower is None else decimal_text(fact.lower)
        graph.typed(subject, ns.SCHEMA + "minValue", low, XSD_DECIMAL)
        graph.typed(subject, ns.NK + "minInclusive", str(min_inclusive).lower(), XSD_BOOLEAN)
    if max_inclusive is not None:
        graph.typed(subject, ns.SCHEMA + "maxValue", number, XSD_DECIMAL)
        graph.typed(subject, ns.NK + "maxInclusive", str(max_inclusive).lower(), XSD_BOOLEAN)


def _add_repair(
    graph: Graph,
    measurement: str,
    subject: str,
    evidence: tuple[str, str, str],
    fact: MeasurementFact,
    context: BuildContext,
) -> None:
    assert fact.repair is not None
    figure, language, original = evidence  # figure span, document language, original doc id
    naive = naive_readings(fact.quote)
    if fact.repair.naive and fact.repair.naive != naive:
        shown = ", ".join(str(n) for n in naive)
        raise FactError(
            f"measurement {fact.id!r}: the literal readings of the quote are {shown}, "
            "not as listed in `naive`"
        )
    graph.kind(subject, ns.NK + "NumberRepair")
    graph.link(measurement, ns.NK + "repair", subject)
    graph.link(measurement, ns.PROV + "wasGeneratedBy", subject)
    graph.link(subject, ns.NK + "repairRule", context.vocabulary.repair_rules[fact.repair.rule])
    graph.link(subject, ns.PROV + "used", figure)
    graph.text(subject, ns.NK + "surfaceText", fact.quote)
    graph.text(subject, ns.RDFS + "comment", fact.repair.note, language)
    for number in naive:
        graph.typed(subject, ns.NK + "naiveReading", decimal_text(number), XSD_DECIMAL)
    if fact.repair.corroboration:
        graph.text(subject, ns.NK + "corroboration", fact.repair.corroboration, language)
    words = context.rendered.get((original, fact.renders or ""))
    if words is not None:  # the original's words the repaired reading agrees with
        graph.link(subject, ns.NK + "corroboratedBy", _add_span(graph, original, words))
