"""Stored queries and ad-hoc SPARQL: the catalogue and its headers, rendering by term
substitution, the safety check, the local and remote engines and the result formats.
Internal: the public Python API is :mod:`narcokg` (docs/architecture.md).

The safety check (:mod:`.safety` on :mod:`.lexer`) and the network isolation of the processes
that run query text (:mod:`.sandbox`, :mod:`.confined`) are described in docs/security.md.
"""
