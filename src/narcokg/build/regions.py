"""The gazetteer's regions as triples: labels, identifiers, the region each is part of."""

from __future__ import annotations

from collections.abc import Callable

from narcokg import namespaces as ns
from narcokg.build.cube import TripleSink
from narcokg.model.regions import Region, region_slug


def add_regions(graph: TripleSink, regions: dict[str, Region], mint: Callable[..., str]) -> None:
    """The gazetteer's regions, every one (queries may name a region no report mentions)."""
    for region in regions.values():
        subject = mint("region", region.slug)
        graph.kind(subject, ns.NK + "Region")
        graph.text(subject, ns.RDFS + "label", region.name, "en")
        if region.label_zh:
            graph.text(subject, ns.RDFS + "label", region.label_zh, "zh-Hans")
        if region.wikidata:
            graph.link(subject, ns.OWL + "sameAs", ns.WD + region.wikidata)
        if region.iso_3166:
            graph.text(subject, ns.NK + "iso3166Code", region.iso_3166)
        graph.text(subject, ns.NK + "regionType", region.kind)
        if region.part_of:
            graph.link(subject, ns.NK + "partOf", mint("region", region_slug(region.part_of)))
