"""Every IRI base and prefix narcokg uses, declared once.

Plain strings, so that importing this module costs nothing (no rdflib, no pyoxigraph).
"""

from __future__ import annotations

import re

NK = "https://w3id.org/narcokg/ontology#"
NKSH = "https://w3id.org/narcokg/shapes#"
NKC = "https://w3id.org/narcokg/concept/"
NKID = "https://w3id.org/narcokg/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
QB = "http://purl.org/linked-data/cube#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
QUDT = "http://qudt.org/schema/qudt/"
UNIT = "http://qudt.org/vocab/unit/"
TIME = "http://www.w3.org/2006/time#"
SH = "http://www.w3.org/ns/shacl#"
WD = "http://www.wikidata.org/entity/"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"

#: Prefixes written into every Turtle file and offered to every query, in a fixed order.
PREFIXES: dict[str, str] = {
    "nk": NK,
    "nksh": NKSH,
    "nkc": NKC,
    "nkid": NKID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "oa": OA,
    "qb": QB,
    "org": ORG,
    "schema": SCHEMA,
    "qudt": QUDT,
    "unit": UNIT,
    "time": TIME,
    "sh": SH,
    "wd": WD,
}


def sparql_prologue(names: tuple[str, ...] | None = None) -> str:
    """PREFIX lines for the given prefix names (all when None)."""
    chosen = PREFIXES if names is None else {n: PREFIXES[n] for n in names}
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in chosen.items())


_LOCAL_NAME = re.compile(r"[A-Za-z_][\w-]*\Z")


def shorten_iri(iri: str, *, strict: bool = True) -> str:
    """``prefix:local`` for an IRI under one of our namespaces: the one IRI shortener.

    ``strict`` (tables, pages): the local part must be a plain name, else ``<iri>``. Not strict
    (validation reports, read by people): any local part, else the text unchanged.

    >>> shorten_iri("https://w3id.org/narcokg/ontology#Measurement")
    'nk:Measurement'
    >>> shorten_iri("https://w3id.org/narcokg/id/region/hunan")
    '<https://w3id.org/narcokg/id/region/hunan>'
    >>> shorten_iri("https://w3id.org/narcokg/id/region/hunan", strict=False)
    'nkid:region/hunan'
    """
    for name, base in PREFIXES.items():
        if iri.startswith(base):
            local = iri[len(base) :]
            if not strict or _LOCAL_NAME.match(local):
                return f"{name}:{local}"
    return f"<{iri}>" if strict else iri
