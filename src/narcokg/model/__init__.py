"""The report as data: source texts, spans, numbers, periods, regions, fact files and the
workspace layout. No RDF engine is needed here; every other package builds on this one.
Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).
"""
