"""A differential round trip of awkward literals: pushed, read back and compared exactly.

Strings and their language tags must come back character for character. Numbers, booleans and
other XSD values are compared by value: every engine normalises them (``"12.50"^^xsd:decimal``
is stored as 12.5, ``"0012"^^xsd:integer`` as 12), and :func:`narcokg.queries.results.make_literal`
gives each the canonical lexical form, so embedded and remote answers are equal. Language tags are
case-insensitive (BCP 47) and are compared in lower case.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from narcokg.publish.push import fetch_graph, push_triples
from narcokg.queries.catalogue import Param, make_term
from narcokg.queries.engines import LocalEngine
from narcokg.queries.remote import RemoteEngine, wrap_term
from narcokg.queries.results import SelectResult, Term, make_literal

from .conftest import Server

XSD = "http://www.w3.org/2001/XMLSchema#"
GRAPH = "https://w3id.org/narcokg/graph/test-literals"
EX = "https://example.org/literal/"
STRINGS = [
    "tab\there",
    "new\nline and\r\ncarriage return",
    'say "hi"',
    "single 'quote'",
    "back\\slash \\ and \\\\ two",
    "\\u0022",
    "\\U0001F600 is not an emoji",
    '"""',
    "'''",
    "emoji 🧪🚔, 𠀋 and 𓀀: outside the BMP",
    "一千二百 中文",
    "}",
    "> ; DROP ALL",
    "",
    " leading and trailing ",
]
#: (lexical form, datatype or None, language or None) of the other literals.
OTHERS = [
    ("Hunan", None, "en"),
    ("湖南省", None, "zh-Hans-CN"),
    ("Yunnan", None, "EN-gb"),
    ("12.50", XSD + "decimal", None),
    ("0012", XSD + "integer", None),
    ("-0.0", XSD + "decimal", None),
    ("1", XSD + "boolean", None),
    ("2023-12-31", XSD + "date", None),
    ("1.5E3", XSD + "double", None),
    ('opaque "text"\t', "https://example.org/datatype", None),
]


def literal(value: str, datatype: str | None, lang: str | None) -> ox.Literal:
    if lang is not None:
        return ox.Literal(value, language=lang)
    return ox.Literal(value, datatype=ox.NamedNode(datatype or XSD + "string"))


CASES = [(v, None, None) for v in STRINGS] + OTHERS
TRIPLES = [
    ox.Triple(ox.NamedNode(f"{EX}{i}"), ox.NamedNode(EX + "value"), literal(*case))
    for i, case in enumerate(CASES)
]


def by_value(term: Term | None) -> Term | None:
    """Doubles by value: ``make_literal`` leaves their lexical form, and engines rewrite it
    (Oxigraph writes ``1.5E3`` as ``1500``)."""
    if term is None or term.datatype not in (XSD + "double", XSD + "float"):
        return term
    return Term("literal", repr(float(term.value)), term.datatype)


EXPECTED = Counter(
    (Term("uri", f"{EX}{i}"), by_value(make_literal(value, datatype, lang)))
    for i, (value, datatype, lang) in enumerate(CASES)
)
SELECT = f"SELECT ?s ?o WHERE {{ GRAPH <{GRAPH}> {{ ?s <{EX}value> ?o }} }}"


@pytest.fixture(scope="module")
def pushed(oxigraph: Server) -> Server:
    push_triples(TRIPLES, oxigraph.store, graph=GRAPH, chunk_size=4)
    return oxigraph


@pytest.fixture(scope="module")
def local_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("literals") / "literals.ttl"
    path.write_bytes(ox.serialize(TRIPLES, format=ox.RdfFormat.N_TRIPLES))
    return path


def rows(result: object) -> Counter[tuple[Term | None, ...]]:
    assert isinstance(result, SelectResult)
    return Counter(tuple(by_value(term) for term in row) for row in result.rows)


def test_strings_survive_exactly_through_the_graph_store(pushed: Server) -> None:
    """The Graph Store Protocol GET gives back every string character for character."""
    quads = ox.parse(fetch_graph(pushed.store, GRAPH), format=ox.RdfFormat.N_TRIPLES)
    back = {q.subject.value: q.object for q in quads}
    for i, text in enumerate(STRINGS):
        assert back[f"{EX}{i}"].value == text
        assert back[f"{EX}{i}"].datatype == ox.NamedNode(XSD + "string")


def test_the_query_answer_is_exact(pushed: Server) -> None:
    assert rows(RemoteEngine(pushed.query).run(SELECT)) == EXPECTED


def test_numbers_come_back_by_value(pushed: Server) -> None:
    answer = dict(rows(RemoteEngine(pushed.query).run(SELECT)))
    values = {s.value: o for (s, o) in answer if s is not None}
    first_other = len(STRINGS)
    assert values[f"{EX}{first_other + 3}"] == Term("literal", "12.5", XSD + "decimal")
    assert values[f"{EX}{first_other + 4}"] == Term("literal", "12", XSD + "integer")
    assert values[f"{EX}{first_other + 1}"] == Term("literal", "湖南省", lang="zh-hans-cn")


def test_embedded_and_remote_agree(pushed: Server, local_file: Path) -> None:
    local_select = SELECT.replace(f"GRAPH <{GRAPH}> ", "")
    local = rows(LocalEngine([local_file]).run(local_select))
    assert local == rows(RemoteEngine(pushed.query).run(SELECT)) == EXPECTED


@pytest.mark.parametrize("index", range(len(STRINGS)), ids=[repr(s)[:24] for s in STRINGS])
def test_each_string_binds_as_a_parameter_and_finds_itself(
    index: int, pushed: Server, local_file: Path
) -> None:
    """The escaped term of a parameter matches exactly its literal, embedded and remote."""
    term = make_term(Param("text", "string", True, "x", ""), STRINGS[index])
    where = f"?s <{EX}value> ?o FILTER(STR(?o) = {term})"
    remote = RemoteEngine(pushed.query).run(f"SELECT ?s WHERE {{ GRAPH <{GRAPH}> {{ {where} }} }}")
    local = LocalEngine([local_file]).run(f"SELECT ?s WHERE {{ {where} }}")
    expected = Counter([(Term("uri", f"{EX}{index}"),)])
    assert rows(remote) == rows(local) == expected


def test_wrap_term_keeps_the_lexical_form_of_strings() -> None:
    text = STRINGS[5]
    assert wrap_term(ox.Literal(text)) == Term("literal", "\\u0022")
    assert len(text) == 6
