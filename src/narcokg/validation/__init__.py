"""Checking a graph against the SHACL shapes: the report types, the reference engine (pyshacl)
and the compiled SPARQL engine with its plans and certificates.
Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).
"""
