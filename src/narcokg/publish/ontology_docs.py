"""The ontology's human documentation: one HTML page, a section per class and property.

The terms are hash IRIs (``https://w3id.org/narcokg/ontology#Measurement``), so they all resolve
to the one document ``/ontology``; each term's section carries the term's local name as its
``id``, which is where a browser lands. Rendered from ontology/narcokg.ttl with a Jinja template;
nothing is loaded from the internet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from narcokg import namespaces as ns
from narcokg import paths

ONTOLOGY_IRI = "https://w3id.org/narcokg/ontology"
_KINDS = {
    ns.OWL + "Class": "Classes",
    ns.OWL + "ObjectProperty": "Object properties",
    ns.OWL + "DatatypeProperty": "Datatype properties",
    ns.OWL + "AnnotationProperty": "Annotation properties",
}
_LINKS = {
    "subclass of": ns.RDFS + "subClassOf",
    "subproperty of": ns.RDFS + "subPropertyOf",
    "domain": ns.RDFS + "domain",
    "domain includes": ns.SCHEMA + "domainIncludes",
    "range": ns.RDFS + "range",
    "code list": ns.QB + "codeList",
}


@dataclass
class TermDoc:
    name: str
    iri: str
    label: str
    definition: str
    types: list[str] = field(default_factory=list)
    links: list[tuple[str, list[str]]] = field(default_factory=list)


def _short(iri: str) -> str:
    for prefix, base in ns.PREFIXES.items():
        if iri.startswith(base) and iri != base:
            return f"{prefix}:{iri[len(base) :]}"
    return iri


def ontology_terms() -> dict[str, list[TermDoc]]:
    """The documented terms by section title, each sorted by name."""
    import rdflib

    graph = rdflib.Graph().parse(paths.ontology_file(), format="turtle")
    sections: dict[str, list[TermDoc]] = {title: [] for title in _KINDS.values()}
    rdf_type = rdflib.URIRef(ns.RDF + "type")
    for kind, title in _KINDS.items():
        subjects = {str(s) for s in graph.subjects(rdf_type, rdflib.URIRef(kind))}
        for iri in sorted(s for s in subjects if s.startswith(ns.NK)):
            sections[title].append(_term(graph, iri))
    return sections


def _term(graph: Any, iri: str) -> TermDoc:
    import rdflib

    def values(predicate: str) -> list[str]:
        return sorted(str(v) for v in graph.objects(rdflib.URIRef(iri), rdflib.URIRef(predicate)))

    labels, definitions = values(ns.RDFS + "label"), values(ns.SKOS + "definition")
    links = [(label, [_short(v) for v in values(p)]) for label, p in _LINKS.items()]
    return TermDoc(
        name=iri[len(ns.NK) :],
        iri=iri,
        label=labels[0] if labels else "",
        definition=definitions[0] if definitions else "",
        types=[_short(t) for t in values(ns.RDF + "type")],
        links=[(label, found) for label, found in links if found],
    )


def data_structure() -> list[tuple[str, str, str]]:
    """The Data Cube structure's components: (role, property, required), dimensions in order."""
    import rdflib

    graph = rdflib.Graph().parse(paths.ontology_file(), format="turtle")
    query = f"""SELECT ?role ?property ?order ?required WHERE {{
        <{ns.NK}MeasurementStructure> <{ns.QB}component> ?spec .
        VALUES ?role {{ "dimension" "measure" "attribute" }}
        ?spec ?link ?property . FILTER(?link = IRI(CONCAT("{ns.QB}", ?role)))
        OPTIONAL {{ ?spec <{ns.QB}order> ?order }}
        OPTIONAL {{ ?spec <{ns.QB}componentRequired> ?required }}
    }}"""
    answer: Any = graph.query(query)  # rdflib's rows, typed loosely: wrapped right here
    rows = sorted(
        (["dimension", "measure", "attribute"].index(str(r[0])), int(r[2] or 0), _short(str(r[1])),
         str(r[0]), "no" if str(r[3]) == "false" else "yes")
        for r in answer
    )  # fmt: skip
    return [(role, name, required) for _, _, name, role, required in rows]


@cache
def ontology_html() -> str:
    """The documentation page (the same text on every call and every run)."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("narcokg.publish", "templates"), autoescape=True
    )
    template = environment.get_template("ontology.html")
    return template.render(
        ontology=ONTOLOGY_IRI, sections=ontology_terms(), structure=data_structure(), nk=ns.NK
    )
