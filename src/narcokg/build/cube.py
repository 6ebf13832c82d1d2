"""The RDF Data Cube view of the measurements: the data set and each observation's cube terms.

Every measurement is a ``qb:Observation`` of one data set whose structure,
``nk:MeasurementStructure`` (in ontology/narcokg.ttl), has seven dimensions: ``nk:measure``,
``nk:refArea``, ``nk:period``, ``nk:refOperation``, ``nk:refAgency``, ``nk:document`` and
``nk:figureSpan`` (a document may state the same figure twice, even with two numbers); one
measure, ``nk:figure``; and attributes for the qualifier, the unit and the bounds. The Data Cube
requires a value for every dimension on every observation (IC-11), so a figure with no operation
or agency gets the explicit codes ``nkc:no-operation`` / ``nkc:no-agency``, and a figure covering
several regions gets one region group. The model's own properties (``nk:region``,
``nk:operation``, ``nk:agency``) stay as they are; docs/model.md explains the design.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from narcokg import namespaces as ns
from narcokg.model.facts import MeasurementFact
from narcokg.model.regions import Region

RDF_TYPE = ns.RDF + "type"
XSD_DECIMAL = ns.XSD + "decimal"
#: The one data set of a workspace's graph.
DATASET = ns.NKID + "dataset/measurements"
STRUCTURE = ns.NK + "MeasurementStructure"
NO_OPERATION = ns.NKC + "no-operation"
NO_AGENCY = ns.NKC + "no-agency"


class TripleSink(Protocol):
    """What the cube needs of the graph being built (``narcokg.build.graph._Graph``)."""

    def link(self, subject: str, predicate: str, obj: str) -> None: ...

    def text(self, subject: str, predicate: str, value: str, lang: str | None = None) -> None: ...

    def typed(self, subject: str, predicate: str, value: str, datatype: str) -> None: ...

    def kind(self, subject: str, *classes: str) -> None: ...


def add_dataset(graph: TripleSink) -> None:
    """The data set every observation belongs to."""
    graph.kind(DATASET, ns.QB + "DataSet")
    graph.link(DATASET, ns.QB + "structure", STRUCTURE)
    graph.text(DATASET, ns.RDFS + "label", "narcokg measurements", "en")
    graph.text(
        DATASET,
        ns.RDFS + "comment",
        "Every figure of every source document, one observation each.",
        "en",
    )


def add_observation(
    graph: TripleSink,
    subject: str,
    fact: MeasurementFact,
    regions: Sequence[tuple[str, Region]],
    figure: str,
    *,
    mint: Callable[..., str],
) -> None:
    """The cube terms of one measurement.

    ``regions`` are the (IRI, gazetteer entry) of each region; ``figure`` the xsd:decimal text of
    the stated number (the value, or the bound when the text gives only a bound); ``mint`` makes a
    data IRI.
    """
    operation = mint("operation", fact.operation) if fact.operation else NO_OPERATION
    agency = mint("agency", fact.agency) if fact.agency else NO_AGENCY
    graph.kind(subject, ns.QB + "Observation")
    graph.link(subject, ns.QB + "dataSet", DATASET)
    graph.typed(subject, ns.NK + "figure", figure, XSD_DECIMAL)
    graph.link(subject, ns.NK + "refArea", _area(graph, regions, mint))
    graph.link(subject, ns.NK + "refOperation", operation)
    graph.link(subject, ns.NK + "refAgency", agency)


def _area(
    graph: TripleSink, regions: Sequence[tuple[str, Region]], mint: Callable[..., str]
) -> str:
    """The one region, or the group of several regions, a figure covers.

    The group is labelled as its regions are: by their English names, and by their Chinese
    names too when every region has one.
    """
    if len(regions) == 1:
        return regions[0][0]
    ordered = sorted(regions, key=lambda region: region[1].name)
    group = mint("region-group", "+".join(r[0].rsplit("/", 1)[-1] for r in ordered))
    graph.kind(group, ns.NK + "RegionGroup")
    graph.text(group, ns.RDFS + "label", "; ".join(r[1].name for r in ordered), "en")
    if all(r[1].label_zh for r in ordered):
        graph.text(group, ns.RDFS + "label", "、".join(r[1].label_zh for r in ordered), "zh-Hans")
    for region_iri, _ in ordered:
        graph.link(group, ns.NK + "member", region_iri)
    return group
