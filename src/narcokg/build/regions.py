"""The gazetteer's regions as triples: labels, identifiers, the region each is part of."""

from __future__ import annotations

from collections.abc import Callable

from narcokg import namespaces as ns
from narcokg.build.cube import TripleSink
from narcokg.model.facts import FactFile
from narcokg.model.regions import Region, region_slug


def add_regions(graph: TripleSink, regions: dict[str, Region], mint: Callable[..., str]) -> None:
    """The given regions: every one of reference/regions.csv (queries may name a region no report
    mentions) and the cities and counties a document names (:func:`named_divisions`)."""
    for region in regions.values():
        subject = mint("region", region.slug)
        graph.kind(subject, ns.NK + "Region")
        graph.text(subject, ns.RDFS + "label", region.name, "en")
        if region.label_zh:
            graph.text(subject, ns.RDFS + "label", region.label_zh, "zh-Hans")
        if region.short_zh:  # 广州 beside 广州市: stored queries match either
            graph.text(subject, ns.SKOS + "altLabel", region.short_zh, "zh-Hans")
        if region.code:
            graph.text(subject, ns.NK + "divisionCode", region.code)
        if region.wikidata:
            graph.link(subject, ns.OWL + "sameAs", ns.WD + region.wikidata)
        if region.iso_3166:
            graph.text(subject, ns.NK + "iso3166Code", region.iso_3166)
        graph.text(subject, ns.NK + "regionType", region.kind)
        if region.part_of:
            graph.link(subject, ns.NK + "partOf", mint("region", region_slug(region.part_of)))


def named_divisions(facts: FactFile, regions: dict[str, Region]) -> dict[str, Region]:
    """The cities and counties (cities.csv, counties.csv: the regions with a division code) a
    fact file names, each with the divisions above it up to its province: only these join the
    graph, with the document that names them (several documents may name one)."""
    named = {n for m in facts.measurements for n in m.regions}
    named |= {n for op in facts.operations for n in op.regions}
    named |= {a.jurisdiction for a in facts.agencies if a.jurisdiction}
    joined: dict[str, Region] = {}
    for name in sorted(n for n in named if n in regions):
        region: Region | None = regions[name]
        while region is not None and region.code and region.name not in joined:
            joined[region.name] = region
            region = regions.get(region.part_of) if region.part_of else None
    return dict(sorted(joined.items()))
