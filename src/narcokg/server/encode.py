"""Query answers as bytes: SPARQL results (JSON, XML, CSV, TSV) and RDF graphs.

Runs inside the worker processes. SELECT and ASK answers reuse :mod:`narcokg.queries.results` (the
CLI's formats) plus the SPARQL 1.1 Query Results XML format written here; graph answers are written
by pyoxigraph through :func:`narcokg.build.store.serialize_triples` (sorted, with narcokg's
prefixes): Turtle, N-Triples, JSON-LD, and RDF/XML for clients that ask only for it.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

from narcokg.queries.results import AskResult, QueryResult, SelectResult, Term, format_result

RESULT_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml")

MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "html": "text/html; charset=utf-8",
}


def encode_result(result: QueryResult, fmt: str) -> bytes:
    """A SELECT or ASK answer in ``fmt`` (json, xml, csv or tsv)."""
    if fmt == "xml":
        return format_xml(result).encode("utf-8")
    return format_result(result, fmt).encode("utf-8")


def encode_graph(triples: list[Any], fmt: str) -> bytes:
    """pyoxigraph triples in ``fmt`` (turtle, ntriples, jsonld or rdfxml)."""
    from narcokg.build.store import serialize_triples

    if fmt == "rdfxml":
        import pyoxigraph

        ordered = sorted(set(triples), key=str)
        data = pyoxigraph.serialize(ordered, format=pyoxigraph.RdfFormat.RDF_XML)
        assert data is not None
        return data
    return serialize_triples(triples, fmt)


def format_xml(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results XML Format."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
    ]
    if isinstance(result, AskResult):
        out += ["<head/>", f"<boolean>{'true' if result.value else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    assert isinstance(result, SelectResult)
    out.append("<head>")
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out += ["</head>", "<results>"]
    for row in result.rows:
        out.append("<result>")
        for variable, term in zip(result.variables, row, strict=True):
            if term is not None:
                out.append(f"<binding name={quoteattr(variable)}>{_xml_term(term)}</binding>")
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _xml_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<uri>{escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{escape(term.value)}</bnode>"
    attributes = ""
    if term.lang is not None:
        attributes = f" xml:lang={quoteattr(term.lang)}"
    elif term.datatype is not None:
        attributes = f" datatype={quoteattr(term.datatype)}"
    return f"<literal{attributes}>{escape(term.value)}</literal>"
