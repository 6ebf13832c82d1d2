"""narcokg: official drug-enforcement statistics as a provenance-exact RDF knowledge graph."""

__version__ = "0.1.0"
