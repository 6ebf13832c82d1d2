"""Query results as our own frozen dataclasses, and their formats.

Engines wrap their answers once, at the boundary, into :class:`Term`, :class:`SelectResult`,
:class:`AskResult` or :class:`GraphResult`; everything after that (the CLI, the tests) sees only
these. Literal lexical forms are canonical (``"42000.0"^^xsd:decimal`` and ``"42000"^^xsd:decimal``
are both ``42000``), so every engine gives equal results.

Formats: ``table`` (aligned, for people), ``csv`` and ``tsv`` (W3C SPARQL 1.1 Query Results CSV and
TSV), ``json`` (SPARQL 1.1 Query Results JSON) and, for graph results, ``ntriples`` and ``turtle``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from narcokg.errors import InputError
from narcokg.namespaces import PREFIXES, RDF, XSD

TermKind = Literal["uri", "literal", "bnode"]
_NUMERIC_TSV = {XSD + "integer", XSD + "decimal", XSD + "double", XSD + "boolean"}
_LOCAL_NAME = re.compile(r"[A-Za-z_][\w-]*\Z")
#: The formats of query answers: the one list behind ``--help`` and the error messages.
SELECT_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = ("turtle", "ntriples")
FORMAT_HELP = (
    f"{', '.join(SELECT_FORMATS[:-1])} or {SELECT_FORMATS[-1]} (SPARQL results JSON); "
    f"{' or '.join(GRAPH_FORMATS)} for CONSTRUCT/DESCRIBE answers"
)


@dataclass(frozen=True)
class Term:
    """An RDF term; ``datatype`` is None for plain and language-tagged strings."""

    kind: TermKind
    value: str
    datatype: str | None = None
    lang: str | None = None

    def to_ntriples(self) -> str:
        """This term in N-Triples (and SPARQL) syntax.

        >>> Term("literal", 'say "hi"', lang="en").to_ntriples()
        '"say \\\\"hi\\\\""@en'
        """
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = '"' + escape_string(self.value) + '"'
        if self.lang is not None:
            return f"{text}@{self.lang}"
        return text if self.datatype is None else f"{text}^^<{self.datatype}>"


@dataclass(frozen=True)
class SelectResult:
    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


@dataclass(frozen=True)
class AskResult:
    value: bool


@dataclass(frozen=True)
class GraphResult:
    """The triples of a CONSTRUCT or DESCRIBE answer, sorted."""

    triples: tuple[tuple[Term, Term, Term], ...]

    @property
    def ntriples(self) -> str:
        return "".join(
            " ".join(t.to_ntriples() for t in triple) + " .\n" for triple in self.triples
        )


QueryResult = SelectResult | AskResult | GraphResult


def term_from_oxigraph(term: Any) -> Term:
    """A pyoxigraph term as our :class:`Term`; ``ValueError`` for an RDF-star triple term."""
    kind = type(term).__name__
    if kind == "NamedNode":
        return Term("uri", term.value)
    if kind == "BlankNode":
        return Term("bnode", term.value)
    if kind == "Literal":
        return make_literal(term.value, term.datatype.value, term.language)
    raise ValueError(f"unsupported term {term!r} (RDF-star is not supported)")


def make_literal(value: str, datatype: str | None, lang: str | None) -> Term:
    """A literal term with a canonical lexical form, so all engines agree."""
    if lang:
        return Term("literal", value, None, lang.lower())
    if datatype in (None, XSD + "string", RDF + "langString"):
        return Term("literal", value)
    return Term("literal", canonical_lexical(value, datatype), datatype)


def canonical_lexical(value: str, datatype: str) -> str:
    """The canonical lexical form of numbers and booleans; other values unchanged.

    >>> canonical_lexical("42000.0", XSD + "decimal"), canonical_lexical("0.50", XSD + "decimal")
    ('42000', '0.5')
    """
    try:
        if datatype == XSD + "decimal":
            number = Decimal(value.strip())
            if number == number.to_integral_value():
                return str(int(number))
            return format(number.normalize(), "f")
        if datatype == XSD + "integer":
            return str(int(value.strip()))
    except (InvalidOperation, ValueError):
        return value
    if datatype == XSD + "boolean" and value.strip() in ("1", "0", "true", "false"):
        return "true" if value.strip() in ("1", "true") else "false"
    return value


def escape_string(value: str) -> str:
    """``value`` escaped for a double-quoted N-Triples / SPARQL string (backslash first)."""
    return (
        value.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def format_result(result: QueryResult, fmt: str) -> str:
    """``result`` as text in format ``fmt`` (:data:`FORMAT_HELP`)."""
    check_format(fmt)
    if isinstance(result, GraphResult):
        if fmt == "ntriples":
            return result.ntriples
        if fmt == "turtle":
            return format_turtle(result)
        raise InputError(
            f"a graph result cannot be written as {fmt}: use {' or '.join(GRAPH_FORMATS)}"
        )
    if fmt in GRAPH_FORMATS:
        raise InputError(
            f"{fmt} is for CONSTRUCT/DESCRIBE results: use "
            f"{', '.join(SELECT_FORMATS[:-1])} or {SELECT_FORMATS[-1]}"
        )
    if isinstance(result, AskResult):
        return format_ask(result, fmt)
    writers = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json}
    return writers[fmt](result)


def check_format(fmt: str) -> None:
    """An :class:`InputError` listing the formats unless ``fmt`` is one of them."""
    if fmt not in SELECT_FORMATS + GRAPH_FORMATS:
        raise InputError(f"unknown format {fmt!r}: use {FORMAT_HELP}")


def format_ask(result: AskResult, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": result.value}, indent=2) + "\n"
    word = "true" if result.value else "false"
    return f"_askResult\r\n{word}\r\n" if fmt == "csv" else f"{word}\n"


def format_csv(result: SelectResult) -> str:
    """W3C SPARQL 1.1 CSV: bare values, empty fields for unbound, CRLF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else _csv_value(t) for t in row])
    return out.getvalue()


def _csv_value(term: Term) -> str:
    return f"_:{term.value}" if term.kind == "bnode" else term.value


def format_tsv(result: SelectResult) -> str:
    """W3C SPARQL 1.1 TSV: ``?var`` header, terms in SPARQL syntax, empty for unbound."""
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else _tsv_value(t) for t in row))
    return "\n".join(lines) + "\n"


def _tsv_value(term: Term) -> str:
    numeric = term.kind == "literal" and term.datatype in _NUMERIC_TSV and term.lang is None
    if numeric and re.fullmatch(r"[+-]?[\d.eE+-]+|true|false", term.value):
        return term.value
    return term.to_ntriples()


def format_json(result: SelectResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = [
        {var: _json_term(t) for var, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _json_term(term: Term) -> dict[str, str]:
    out = {"type": term.kind, "value": term.value}
    if term.lang is not None:
        out["xml:lang"] = term.lang
    elif term.datatype is not None:
        out["datatype"] = term.datatype
    return out


def format_table(result: SelectResult) -> str:
    """An aligned table for people: IRIs shortened with our prefixes, unbound left empty."""
    cells = [list(result.variables)]
    cells += [["" if t is None else _table_value(t) for t in row] for row in result.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.variables))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    count = len(result.rows)
    lines.append(f"({count} row{'' if count == 1 else 's'})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _table_value(term: Term) -> str:
    if term.kind == "uri":
        return shorten_iri(term.value)
    text = term.value if term.kind == "literal" else f"_:{term.value}"
    return text.replace("\n", "\\n").replace("\t", "\\t")


def shorten_iri(iri: str) -> str:
    """``iri`` as a prefixed name when one of our prefixes fits, else ``<iri>``.

    >>> shorten_iri("https://w3id.org/narcokg/ontology#Measurement")
    'nk:Measurement'
    """
    for name, base in PREFIXES.items():
        local = iri[len(base) :]
        if iri.startswith(base) and _LOCAL_NAME.match(local):
            return f"{name}:{local}"
    return f"<{iri}>"


def format_turtle(result: GraphResult) -> str:
    """Turtle with our prefixes, one block per subject."""
    lines = [f"@prefix {name}: <{base}> ." for name, base in PREFIXES.items()]
    previous: Term | None = None
    for subject, predicate, obj in result.triples:
        if subject != previous:
            if previous is not None:
                lines[-1] = lines[-1][:-2] + " ."
            lines.append("")
            lines.append(_turtle_term(subject))
            previous = subject
        lines.append(f"    {_turtle_term(predicate)} {_turtle_term(obj)} ;")
    if previous is not None:
        lines[-1] = lines[-1][:-2] + " ."
    return "\n".join(lines) + "\n"


def _turtle_term(term: Term) -> str:
    if term.kind == "uri":
        return shorten_iri(term.value)
    if term.kind == "literal" and term.datatype is not None and term.lang is None:
        text = '"' + escape_string(term.value) + '"'
        return f"{text}^^{shorten_iri(term.datatype)}"
    return term.to_ntriples()
