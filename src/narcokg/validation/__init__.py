"""Checking a graph against the SHACL shapes: the report types, the reference engine (pyshacl)
and the compiled SPARQL engine with its plans and certificates.
"""
