"""The IRIs of data entities: the one rule by which the build mints them."""

from __future__ import annotations

from narcokg import namespaces as ns


def iri(kind: str, *parts: str) -> str:
    """The IRI of a data entity: ``nkid:{kind}/{part}/{part}``."""
    return ns.NKID + "/".join((kind, *parts))
