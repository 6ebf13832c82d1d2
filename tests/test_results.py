"""Result formats: W3C CSV/TSV, SPARQL JSON, tables and graph serialisations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.errors import InputError
from narcokg.queries.engines import LocalEngine, RdflibEngine
from narcokg.queries.results import AskResult, GraphResult, SelectResult, Term, format_result

XSD = "http://www.w3.org/2001/XMLSchema#"
RESULT = SelectResult(
    ("s", "n", "label"),
    (
        (Term("uri", "https://w3id.org/narcokg/id/region/hunan"),
         Term("literal", "42000", XSD + "decimal"),
         Term("literal", 'say "hi",\nthen\tgo', lang="en")),
        (Term("bnode", "b0"), None, Term("literal", "plain")),
    ),
)  # fmt: skip


def test_csv_is_w3c_with_empty_unbound_and_crlf() -> None:
    assert format_result(RESULT, "csv") == (
        "s,n,label\r\n"
        'https://w3id.org/narcokg/id/region/hunan,42000,"say ""hi"",\nthen\tgo"\r\n'
        "_:b0,,plain\r\n"
    )


def test_tsv_is_w3c_with_terms_in_sparql_syntax() -> None:
    assert format_result(RESULT, "tsv") == (
        "?s\t?n\t?label\n"
        '<https://w3id.org/narcokg/id/region/hunan>\t42000\t"say \\"hi\\",\\nthen\\tgo"@en\n'
        '_:b0\t\t"plain"\n'
    )


def test_json_follows_the_sparql_results_spec() -> None:
    document = json.loads(format_result(RESULT, "json"))
    assert document["head"] == {"vars": ["s", "n", "label"]}
    first, second = document["results"]["bindings"]
    assert first["n"] == {"type": "literal", "value": "42000", "datatype": XSD + "decimal"}
    assert first["label"]["xml:lang"] == "en" and "datatype" not in first["label"]
    assert second == {"s": {"type": "bnode", "value": "b0"},
                      "label": {"type": "literal", "value": "plain"}}  # fmt: skip


def _reference_json(result: SelectResult) -> str:
    """The JSON document as the json module lays it out with ``indent=2``."""

    def term(t: Term) -> dict[str, str]:
        out = {"type": t.kind, "value": t.value}
        if t.lang is not None:
            out["xml:lang"] = t.lang
        elif t.datatype is not None:
            out["datatype"] = t.datatype
        return out

    pairs = [zip(result.variables, row, strict=True) for row in result.rows]
    rows = [{v: term(t) for v, t in row if t is not None} for row in pairs]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": rows}}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


ODD = Term("literal", 'quote " backslash \\ nul \x00 tab \t 云南 \u2028 \U0001f600', lang="zh")
EDGE_CASES = [
    RESULT,
    SelectResult((), ()),
    SelectResult(("x",), ()),
    SelectResult(("x", 'odd "name"'), ((None, None), (ODD, ODD), (None, Term("bnode", "b1")))),
]


@pytest.mark.parametrize("result", EDGE_CASES)
def test_json_is_laid_out_as_the_json_module_does(result: SelectResult) -> None:
    assert format_result(result, "json") == _reference_json(result)


def test_json_of_every_shipped_query_is_laid_out_as_the_json_module_does() -> None:
    from narcokg.queries.catalogue import load_catalogue, render_query

    engine = LocalEngine([paths.graph_file()])
    for stored in load_catalogue(paths.queries_dir()).queries.values():
        values = {param.name: param.example for param in stored.params}
        result = engine.run(render_query(stored, values))
        if isinstance(result, SelectResult):
            assert format_result(result, "json") == _reference_json(result), stored.name


def test_ask_json_and_csv() -> None:
    assert json.loads(format_result(AskResult(True), "json")) == {"head": {}, "boolean": True}
    assert format_result(AskResult(False), "csv") == "_askResult\r\nfalse\r\n"


def test_table_aligns_and_shortens_iris() -> None:
    lines = format_result(RESULT, "table").splitlines()
    assert lines[0].split() == ["s", "n", "label"]
    assert lines[2].startswith("nkid:region/hunan") is False  # "/" is not allowed in a local name
    assert lines[2].startswith("<https://w3id.org/narcokg/id/region/hunan>  42000")
    assert lines[-1] == "(2 rows)"


def test_graph_formats_and_refusals() -> None:
    graph = GraphResult(((Term("uri", "http://x/a"), Term("uri", "https://schema.org/name"),
                          Term("literal", "A", XSD + "date")),))  # fmt: skip
    assert format_result(graph, "ntriples") == (
        f'<http://x/a> <https://schema.org/name> "A"^^<{XSD}date> .\n'
    )
    assert "schema:name" in format_result(graph, "turtle")
    with pytest.raises(InputError, match="turtle or ntriples"):
        format_result(graph, "csv")
    with pytest.raises(InputError, match="CONSTRUCT"):
        format_result(RESULT, "turtle")


def test_turtle_output_parses_back(tmp_path: Path) -> None:
    import pyoxigraph

    engine = LocalEngine([paths.ontology_file()])
    result = engine.run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50")
    assert isinstance(result, GraphResult)
    parsed = list(pyoxigraph.parse(format_result(result, "turtle").encode(),
                                   format=pyoxigraph.RdfFormat.TURTLE))  # fmt: skip
    assert len(parsed) == len(result.triples) == 50


@pytest.mark.parametrize("lexical", ["42000", "42000.0", "42000.000", "+42000"])
def test_decimals_print_identically_on_both_engines(tmp_path: Path, lexical: str) -> None:
    data = tmp_path / "d.ttl"
    data.write_text(f'<http://x/a> <http://x/v> "{lexical}"^^<{XSD}decimal> .\n', "utf-8")
    query = "SELECT ?v (?v * 2 AS ?w) WHERE { ?s ?p ?v }"
    fast, slow = LocalEngine([data]).run(query), RdflibEngine([data]).run(query)
    assert fast == slow
    assert format_result(fast, "csv") == "v,w\r\n42000,84000\r\n"


def test_plain_and_language_literals_agree_across_engines(tmp_path: Path) -> None:
    data = tmp_path / "d.ttl"
    data.write_text('<http://x/a> <http://x/v> "x", "y"@EN, true, 7 .\n', "utf-8")
    query = "SELECT ?v WHERE { ?s ?p ?v } ORDER BY STR(?v)"
    assert LocalEngine([data]).run(query) == RdflibEngine([data]).run(query)


def test_an_answer_wraps_each_term_as_on_its_own() -> None:
    # repeated labels and numbers, unbound OPTIONAL cells, decimals whose lexical form changes
    import pyoxigraph as ox

    from narcokg.queries.engines import _wrap

    text = (
        "SELECT ?m ?p ?o ?v WHERE { ?m ?p ?o "
        "OPTIONAL { ?m <https://schema.org/value> ?v } } ORDER BY ?m ?p ?o"
    )
    store = ox.Store()
    store.load(path=str(paths.graph_file()), format=ox.RdfFormat.TURTLE)
    expected = [tuple(_wrap(cell) for cell in row) for row in store.query(text)]
    result = LocalEngine(store=store).run(text)
    assert isinstance(result, SelectResult)
    assert list(result.rows) == expected
    assert any(None in row for row in expected) and len(expected) > 1000
