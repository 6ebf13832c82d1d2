"""Facts to triples: the one place that mints IRIs, checks each figure against its quote and
writes the sorted, byte-stable graph (and its store on disk).
Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).
"""
