"""The safety check against the W3C SPARQL 1.0 / 1.1 test suites.

The suites are read where they lie, in ``shared/w3c-sparql-tests/`` beside the clone (as CI lays
it out); they are test data of the W3C, not copied into the project.

For every query and update a manifest lists, the checker's verdict (SERVICE / LOAD / FROM /
update present or not) must equal what rdflib's parser finds in its parse tree; every positive
syntax test that uses none of those must pass the checker unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from narcokg.errors import QuerySyntaxError, UnsafeQueryError
from narcokg.queries.safety import QueryForm, check_query, read_query

SUITE = Path(__file__).resolve().parents[2] / "shared" / "w3c-sparql-tests" / "sparql"
if not SUITE.is_dir():
    pytest.skip(
        "the W3C SPARQL test suites are read from shared/w3c-sparql-tests/ beside the clone",
        allow_module_level=True,
    )
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
POSITIVE = {MF.PositiveSyntaxTest, MF.PositiveSyntaxTest11, MF.PositiveUpdateSyntaxTest11}
NEGATIVE = {MF.NegativeSyntaxTest, MF.NegativeSyntaxTest11, MF.NegativeUpdateSyntaxTest11}
UPDATE_OPS = {"Load", "Clear", "Drop", "Create", "Add", "Move", "Copy", "InsertData",
              "DeleteData", "DeleteWhere", "Modify"}  # fmt: skip


def _cases() -> Iterator[tuple[Path, str]]:
    """(file, "positive" | "negative" | "evaluation") for every query or update listed."""
    seen: set[Path] = set()
    for manifest in sorted(SUITE.rglob("manifest.ttl")):
        graph = Graph().parse(manifest, format="turtle", publicID=manifest.as_uri())
        for head in graph.objects(None, MF.entries):
            for entry in Collection(graph, head):
                kinds = set(graph.objects(entry, URIRef(str(_RDF_TYPE))))
                kind = ("positive" if kinds & POSITIVE else
                        "negative" if kinds & NEGATIVE else "evaluation")  # fmt: skip
                for action in graph.objects(entry, MF.action):
                    for target in [action, *graph.objects(action, QT.query),
                                   *graph.objects(action, UT.request)]:  # fmt: skip
                        path = _local(target)
                        if path is not None and path not in seen:
                            seen.add(path)
                            yield path, kind


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _local(term: Any) -> Path | None:
    text = str(term)
    if not text.startswith("file://") or not text.endswith((".rq", ".ru")):
        return None
    path = Path(text.removeprefix("file://"))
    return path if path.is_file() else None


CASES = list(_cases())


def _walk(node: Any) -> Iterator[CompValue]:
    if isinstance(node, CompValue):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for item in node:
            yield from _walk(item)


def rdflib_verdict(text: str) -> tuple[bool, bool, bool, bool] | None:
    """(service, load, dataset, update) in rdflib's parse tree; None when rdflib cannot parse."""
    try:
        tree: Any = parseQuery(text)
    except Exception:
        try:
            tree = parseUpdate(text)
        except Exception:
            return None
    names = {node.name for node in _walk(tree)}
    return ("ServiceGraphPattern" in names, "Load" in names, "DatasetClause" in names,
            bool(names & UPDATE_OPS))  # fmt: skip


def test_the_suite_is_there() -> None:
    assert len(CASES) > 900
    assert {kind for _, kind in CASES} == {"positive", "negative", "evaluation"}


@pytest.mark.parametrize(("path", "kind"), CASES, ids=[str(p.relative_to(SUITE)) for p, _ in CASES])
def test_verdict_equals_rdflibs(path: Path, kind: str) -> None:
    text = path.read_text(encoding="utf-8")
    expected = rdflib_verdict(text)
    try:
        verdict = read_query(text)
    except QuerySyntaxError:
        assert expected is None or kind == "negative", "the checker cannot read a valid query"
        return
    if expected is None:
        return  # rdflib cannot parse it: nothing runs, whatever the checker says
    found = (verdict.service, verdict.load, verdict.dataset, verdict.update)
    assert found == expected


POSITIVE_QUERIES = [(p, k) for p, k in CASES if k == "positive" and p.suffix == ".rq"]


@pytest.mark.parametrize(
    ("path", "kind"), POSITIVE_QUERIES, ids=[str(p.relative_to(SUITE)) for p, _ in POSITIVE_QUERIES]
)
def test_positive_syntax_query_without_reaching_passes(path: Path, kind: str) -> None:
    text = path.read_text(encoding="utf-8")
    expected = rdflib_verdict(text)
    if expected is not None and any(expected):
        with pytest.raises(UnsafeQueryError):
            check_query(text)
    else:
        assert isinstance(check_query(text), QueryForm)
