"""Query results as our own immutable records (named tuples), and their formats.

Engines wrap their answers once, at the boundary, into :class:`Term`, :class:`SelectResult`,
:class:`AskResult` or :class:`GraphResult`; everything after that (the CLI, the tests) sees only
these. Literal lexical forms are canonical (``"42000.0"^^xsd:decimal`` and ``"42000"^^xsd:decimal``
are both ``42000``), so every engine gives equal results.

Formats: ``table`` (aligned, for people), ``csv`` and ``tsv`` (W3C SPARQL 1.1 Query Results CSV and
TSV), ``json`` (SPARQL 1.1 Query Results JSON) and, for graph results, ``ntriples`` and ``turtle``.

The records are named tuples, not dataclasses, here and in every module ``narcokg query`` imports:
``dataclasses`` imports ``inspect`` and writes each class's methods with ``exec``, about 9 ms of a
start-up that must stay under 0.6x ``import rdflib`` (benchmarks/README.md).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar

from narcokg.errors import InputError, NarcoKGError, ResultTooLargeError
from narcokg.namespaces import RDF, XSD, shorten_iri

if TYPE_CHECKING:
    import pyoxigraph

    # The pyoxigraph terms a SPARQL answer holds (RDF-star triple terms are refused).
    from narcokg.build.store import OxTerm

TermKind = Literal["uri", "literal", "bnode"]
T = TypeVar("T")
_NUMERIC_TSV = {XSD + "integer", XSD + "decimal", XSD + "double", XSD + "boolean"}
#: Datatype IRIs compared once per literal of an answer, spelt out once.
_PLAIN = (None, XSD + "string", RDF + "langString")
_DECIMAL, _INTEGER, _BOOLEAN = XSD + "decimal", XSD + "integer", XSD + "boolean"
#: The formats of query answers: the one list behind ``--help`` and the error messages.
SELECT_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = ("turtle", "ntriples")
FORMAT_HELP = (
    f"{', '.join(SELECT_FORMATS[:-1])} or {SELECT_FORMATS[-1]} (SPARQL results JSON); "
    f"{' or '.join(GRAPH_FORMATS)} for CONSTRUCT/DESCRIBE answers"
)


class Term(NamedTuple):
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


class SelectResult(NamedTuple):
    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


class AskResult(NamedTuple):
    value: bool


Triple = tuple[Term, Term, Term]


class GraphResult(NamedTuple):
    """The triples of a CONSTRUCT or DESCRIBE answer: a set, sorted by their N-Triples text."""

    triples: tuple[Triple, ...]

    @classmethod
    def from_triples(cls, triples: Iterable[Triple]) -> GraphResult:
        """The graph of ``triples``, duplicates removed, in the one order every engine uses."""
        return cls(tuple(sorted(set(triples), key=lambda t: tuple(x.to_ntriples() for x in t))))

    def to_oxigraph(self) -> list[pyoxigraph.Triple]:
        """The triples as pyoxigraph terms, for :func:`narcokg.build.store.serialize_triples`."""
        import pyoxigraph as ox

        return [
            ox.Triple(
                ox.BlankNode(s.value) if s.kind == "bnode" else ox.NamedNode(s.value),
                ox.NamedNode(p.value),
                term_to_oxigraph(o),
            )
            for s, p, o in self.triples
        ]

    def serialize(self, fmt: str = "turtle") -> str:
        """The graph in ``fmt`` (turtle, ntriples, jsonld), written as ``narcokg export`` and the
        server's ``/sparql`` write it: one writer for every caller."""
        from narcokg.build.store import serialize_triples

        return serialize_triples(self.to_oxigraph(), fmt).decode("utf-8")

    @property
    def ntriples(self) -> str:
        return self.serialize("ntriples")


QueryResult = SelectResult | AskResult | GraphResult


def term_from_oxigraph(term: OxTerm | pyoxigraph.Triple | pyoxigraph.DefaultGraph) -> Term:
    """A pyoxigraph term as our :class:`Term`; ``ValueError`` for an RDF-star triple term."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return Term("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return Term("bnode", term.value)
    if isinstance(term, ox.Literal):
        return make_literal(term.value, term.datatype.value, term.language)
    raise ValueError(f"unsupported term {term!r} (RDF-star is not supported)")


def wrap_term(
    term: OxTerm | pyoxigraph.Triple | pyoxigraph.DefaultGraph, error: type[NarcoKGError]
) -> Term:
    """:func:`term_from_oxigraph`, refusing an unsupported term with ``error`` (the engine's)."""
    try:
        return term_from_oxigraph(term)
    except ValueError as problem:
        raise error(f"in the answer: {problem}") from None


def capped(items: Iterable[T], max_rows: int | None) -> list[T]:
    """``items`` as a list; :class:`ResultTooLargeError` past ``max_rows`` (None: no limit)."""
    out: list[T] = []
    for item in items:
        if max_rows is not None and len(out) == max_rows:
            raise ResultTooLargeError(
                f"the answer has more than {max_rows} rows or triples, the limit; "
                "add LIMIT (and OFFSET to page) or narrow the query"
            )
        out.append(item)
    return out


def term_to_oxigraph(term: Term) -> OxTerm:
    """Our :class:`Term` as a pyoxigraph term (the inverse of :func:`term_from_oxigraph`)."""
    import pyoxigraph as ox

    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang is not None:
        return ox.Literal(term.value, language=term.lang)
    datatype = None if term.datatype is None else ox.NamedNode(term.datatype)
    return ox.Literal(term.value, datatype=datatype)


def make_literal(value: str, datatype: str | None, lang: str | None) -> Term:
    """A literal term with a canonical lexical form, so all engines agree."""
    if lang:
        return Term("literal", value, None, lang.lower())
    if datatype in _PLAIN:
        return Term("literal", value)
    return Term("literal", canonical_lexical(value, datatype), datatype)


def canonical_lexical(value: str, datatype: str) -> str:
    """The canonical lexical form of numbers and booleans; other values unchanged.

    >>> canonical_lexical("42000.0", XSD + "decimal"), canonical_lexical("0.50", XSD + "decimal")
    ('42000', '0.5')
    """
    if datatype == _DECIMAL:
        return _canonical_decimal(value)
    if datatype == _INTEGER:
        try:
            return str(int(value.strip()))
        except ValueError:
            return value
    if datatype == _BOOLEAN and value.strip() in ("1", "0", "true", "false"):
        return "true" if value.strip() in ("1", "true") else "false"
    return value


def _canonical_decimal(value: str) -> str:
    from decimal import Decimal, InvalidOperation  # imported on first use: start-up

    try:
        number = Decimal(value.strip())
        if number == number.to_integral_value():
            return str(int(number))
        return format(number.normalize(), "f")
    except (InvalidOperation, ValueError):
        return value


#: The string escapes (ECHAR) of SPARQL and N-Triples: the one table every writer of a quoted
#: string uses (here, and the stored-query parameter binding in :mod:`.catalogue`).
ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ECHAR_TABLE = str.maketrans(ECHAR)


def escape_string(value: str) -> str:
    r"""``value`` escaped for a double-quoted N-Triples / SPARQL string.

    >>> print(escape_string('say "hi"\\'))
    say \"hi\"\\
    """
    return value.translate(_ECHAR_TABLE)


def format_result(result: QueryResult, fmt: str) -> str:
    """``result`` as text in format ``fmt`` (:data:`FORMAT_HELP`)."""
    check_format(fmt)
    if isinstance(result, GraphResult):
        if fmt in GRAPH_FORMATS:
            return result.serialize(fmt)
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
    import csv  # only for this format: imports cost start-up

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
    """SPARQL 1.1 Query Results JSON, laid out as ``json.dumps(..., indent=2)`` would (the test
    compares the two) but written here: with ``indent`` the json module falls back to its
    pure-Python encoder, which cost a server worker more than the rest of an answer's encoding.
    A term is written once per answer (a table repeats its labels and periods)."""
    quote = json.encoder.encode_basestring  # ensure_ascii=False: the C version when present
    names = [quote(name) for name in result.variables]
    known: dict[Term, str] = {}
    rows = []
    for row in result.rows:
        items = []
        for name, term in zip(names, row, strict=True):
            if term is not None:
                text = known.get(term)
                if text is None:
                    text = known[term] = _json_term_text(term, quote)
                items.append(f"{name}: {text}")
        rows.append(_json_block("{", items, "}", 8))
    head = _json_block("[", names, "]", 6)
    bindings = _json_block("[", rows, "]", 6)
    return (
        f'{{\n  "head": {{\n    "vars": {head}\n  }},\n'
        f'  "results": {{\n    "bindings": {bindings}\n  }}\n}}\n'
    )


def _json_block(opening: str, items: list[str], closing: str, indent: int) -> str:
    """``items`` one per line at ``indent`` spaces, as the json module's ``indent`` lays them."""
    if not items:
        return opening + closing
    inner = ",\n" + " " * indent
    return f"{opening}\n{' ' * indent}{inner.join(items)}\n{' ' * (indent - 2)}{closing}"


def _json_term_text(term: Term, quote: Callable[[str], str]) -> str:
    items = [f'"type": {quote(term.kind)}', f'"value": {quote(term.value)}']
    if term.lang is not None:
        items.append(f'"xml:lang": {quote(term.lang)}')
    elif term.datatype is not None:
        items.append(f'"datatype": {quote(term.datatype)}')
    return _json_block("{", items, "}", 10)


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
