"""The whole-table answers a full build computes from its own triples (build/tables.py) are the
answers the engines give for the shipped query texts: on random small graphs (several labels in
several languages, missing optional columns, figures in two spans, regions without an English
label) against Oxigraph and rdflib, and on built synthetic workspaces against the on-disk store."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from narcokg import namespaces as ns
from narcokg import paths
from narcokg.build import table_rows, tables
from narcokg.build.incremental import build
from narcokg.build.ondisk import fresh_store, open_graph_store, state_dir
from narcokg.build.store import serialize_triples
from narcokg.build.table_rows import Table
from narcokg.build.triples import Graph, PredicateObject, from_oxigraph, to_triples
from narcokg.model.workspace import Workspace
from narcokg.queries import views
from narcokg.queries.answer import answer_stored
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import Engine, LocalEngine, RdflibEngine
from narcokg.queries.results import SelectResult, Term
from narcokg.queries.viewparts import split_tags, tagged
from narcokg.synth.corpus import write_corpus

XSD = ns.XSD
LANGUAGES = [None, None, "en", "en", "zh", "en-GB"]


#: Region parameters: labels and codes in any case, an alternative label, an unknown name.
VALUES = ["cn", "CN-yn", "region a", "Region B", "alt 1", "MM", "nowhere", "ALT 3"]
#: Each query's ORDER BY keys, from a row of its answer.
ORDER = {
    "measurements": lambda row: (row[10].value, int(row[11].value)),
    "measurements-for-region": lambda row: (row[10].value, int(row[11].value)),
    "share-of-national": lambda row: (row[13].value, row[0].value, row[8].value),
    "seizures-by-operation": lambda row: (row[0].value, row[1].value, row[8].value),
}


def shipped_text(name: str) -> str:
    return load_catalogue(paths.queries_dir()).get(name).text


@pytest.mark.parametrize("name", sorted(tables.QUERIES))
def test_each_reading_is_tied_to_the_shipped_query_text(name: str) -> None:
    """An edited query file needs its reading checked again before its pin moves."""
    pinned = tables.QUERIES[name].query_sha256
    assert hashlib.sha256(shipped_text(name).encode()).hexdigest() == pinned
    assert set(ORDER) == set(tables.QUERIES)


def _label(
    graph: Graph, rng: random.Random, subject: str, predicate: str, text: str, one: bool = False
) -> None:
    """Labels of ``subject``: none to two in random languages, or exactly one without one."""
    if one:
        graph.text(subject, predicate, f"{text} {rng.choice('ab')}")
        return
    for _ in range(rng.choice([0, 1, 1, 1, 2])):
        lang = rng.choice(LANGUAGES)
        graph.text(subject, predicate, f"{text} {rng.choice('ab')}{lang or ''}", lang)


#: (region, the region it is part of, its ISO code): two countries, a province, a city
REGIONS = [("0", None, "CN"), ("1", "0", "CN-YN"), ("2", "1", None), ("3", None, "MM"),
           ("4", "3", None)]  # fmt: skip


def random_graph(rng: random.Random, one: bool = False) -> Graph:
    """Measurements whose every column may be missing, repeated or in another language; with
    ``one``, those a measurement has one of in a built graph (the query's ``SAMPLE`` columns)
    have exactly one value."""
    graph = Graph()
    nodes = {kind: [f"{ns.NKID}{kind}/{i}" for i in range(3)]
             for kind in ("measure", "qualifier", "unit", "period", "document", "operation",
                          "agency")}  # fmt: skip
    nodes["region"] = [f"{ns.NKID}region/{name}" for name, _, _ in REGIONS]
    for kind, iris in nodes.items():
        for node in iris:
            if kind == "measure":
                _label(graph, rng, node, ns.SKOS + "prefLabel", "drugs", one)
                if rng.random() < 0.6:
                    graph.link(node, ns.NK + "unitKind", ns.NK + "MassUnit")
            elif kind == "qualifier":
                graph.text(node, ns.SKOS + "notation", rng.choice(["exact", "more-than"]))
            elif kind == "document":
                graph.text(node, ns.DCTERMS + "identifier", rng.choice(["doc-a", "doc-b", "é"]))
            else:
                _label(graph, rng, node, ns.RDFS + "label", kind, one and kind != "region")
    _regions(graph, rng)
    measurements = [f"{ns.NKID}measurement/{n}" for n in range(rng.randint(1, 12))]
    for m in measurements:
        _measurement(graph, rng, m, nodes, one)
        if rng.random() < 0.95:
            graph.text(m, ns.DCTERMS + "identifier", f"m{rng.randint(0, 20)}")
        for national in rng.sample(measurements, min(len(measurements), rng.choice([0, 1, 2]))):
            graph.link(m, ns.NK + "nationalFigure", national)
    for m in rng.sample(measurements, len(measurements) // 2):
        _national_twin(graph, rng, m)
    return graph


def _national_twin(graph: Graph, rng: random.Random, m: str) -> None:
    """A national figure of ``m`` (same measure, period and unit, a country, no operation), or
    one that misses one of those."""
    twin = f"{m}/national"
    graph.link(m, ns.NK + "nationalFigure", twin)
    same = (ns.NK + "measure", ns.NK + "period", ns.QUDT + "unit")
    for predicate, obj in list(graph.subjects[m]):
        if predicate in same and rng.random() < 0.95:
            graph.add((twin, predicate, obj))
    country = rng.choice(["0", "0", "3", "1"])
    graph.link(twin, ns.NK + "region", f"{ns.NKID}region/{country}")
    if rng.random() < 0.1:
        graph.link(twin, ns.NK + "operation", f"{ns.NKID}operation/0")
    graph.text(twin, ns.DCTERMS + "identifier", f"n{rng.randint(0, 9)}")
    for predicate in rng.sample(["value", "minValue", "maxValue"], rng.choice([0, 1, 1, 2])):
        value = rng.choice(["42000", "25.9", "0.5", "7", "0", "3", "2900"])
        graph.typed(twin, ns.SCHEMA + predicate, value, XSD + "decimal")


def _regions(graph: Graph, rng: random.Random) -> None:
    for name, part_of, code in REGIONS:
        region = f"{ns.NKID}region/{name}"
        if rng.random() < 0.9:
            graph.kind(region, ns.NK + "Region")
        if part_of is not None:
            graph.link(region, ns.NK + "partOf", f"{ns.NKID}region/{part_of}")
        if code is not None:
            graph.text(region, ns.NK + "iso3166Code", code)
        if rng.random() < 0.5:
            graph.text(region, ns.SKOS + "altLabel", f"alt {name}", rng.choice(LANGUAGES))


def _measurement(
    graph: Graph, rng: random.Random, m: str, nodes: dict[str, list[str]], one: bool
) -> None:
    if rng.random() < 0.9:
        graph.kind(m, ns.NK + "Measurement")
    for link, kind, most in [(ns.NK + "measure", "measure", 2), (ns.NK + "qualifier",
                             "qualifier", 1), (ns.QUDT + "unit", "unit", 2), (ns.NK + "period",
                             "period", 1), (ns.NK + "document", "document", 1), (ns.NK +
                             "region", "region", 3), (ns.NK + "operation", "operation", 2),
                             (ns.NK + "agency", "agency", 2)]:  # fmt: skip
        optional = kind in ("operation", "agency", "region")
        low = 0 if optional or (rng.random() < 0.05 and not one) else 1
        top = most if optional or not one else 1
        for node in rng.sample(nodes[kind], rng.randint(low, top)):
            graph.link(m, link, node)
    for predicate in ("value", "minValue", "maxValue"):
        for _ in range(rng.choice([0, 0, 1] if one else [0, 0, 1, 2])):
            value = rng.choice(["42000", "25.9", "0.5", "7", "0", "3", "2900"])
            graph.typed(m, ns.SCHEMA + predicate, value, XSD + "decimal")
    for span_number in range(1 if one else rng.choice([1, 1, 1, 2, 0])):
        span = f"{m}/span/{span_number}"
        graph.link(m, ns.NK + "figureSpan", span)
        start = rng.randint(0, 30)
        graph.typed(span, ns.OA + "start", str(start), XSD + "integer")
        graph.typed(span, ns.OA + "end", str(start + rng.randint(1, 9)), XSD + "integer")
        graph.text(span, ns.OA + "exact", rng.choice(["more than 42,000", "25.9 tonnes"]))


def engine_answer(engine: Engine, text: str) -> tuple[list[tuple[Term | None, ...]], list[str]]:
    answer = engine.run(tagged(text))
    assert isinstance(answer, SelectResult)
    fresh = split_tags(answer)
    return list(fresh.result.rows), list(fresh.tags)


def assert_same(
    name: str, table: Table, rows: list[tuple[Term | None, ...]], tags: list[str]
) -> None:
    """The same rows, each with the same measurement, in the same order of the ORDER BY keys."""
    ours = [tuple(None if c is None else Term(*c) for c in row) for row in table.rows]
    assert Counter(zip(table.tags, ours, strict=True)) == Counter(zip(tags, rows, strict=True))
    assert [ORDER[name](row) for row in ours] == [ORDER[name](row) for row in rows]


@pytest.mark.parametrize("seed", range(80))
@pytest.mark.parametrize("name", sorted(tables.QUERIES))
def test_random_graphs_give_the_engines_answer(tmp_path: Path, name: str, seed: int) -> None:
    rng = random.Random(seed)
    reading = tables.QUERIES[name]
    # SAMPLE picks any of several values: measurements-for-region's graphs have one of each
    graph = random_graph(rng, one=name == "measurements-for-region")
    optional = [None] if name == "share-of-national" else []
    value = rng.choice([*VALUES, *optional]) if reading.param else None
    table = table_rows.table(reading.rows(table_rows.Reader(graph.subjects), value))
    data = tmp_path / "g.ttl"
    data.write_bytes(serialize_triples(to_triples(graph)))
    stored = load_catalogue(paths.queries_dir()).get(name)
    text = render_query(stored, {reading.param: value} if value is not None else {})
    assert_same(name, table, *engine_answer(LocalEngine([data]), text))
    if table.rows:  # rdflib answers a grouped subquery of no rows with one empty group
        assert_same(name, table, *engine_answer(RdflibEngine([data]), text))


@pytest.mark.parametrize("value", [*VALUES, "Hunan", "a'b", "a b", "ü"])
def test_the_build_renders_a_parameter_as_the_catalogue_does(value: str) -> None:
    stored = load_catalogue(paths.queries_dir()).get("measurements-for-region")
    assert tables.bind(stored.text, "region", value) == render_query(stored, {"region": value})


@pytest.mark.parametrize("value", ['say "hi"', "back\\slash", "tab\there"])
def test_values_needing_escapes_are_left_to_live_evaluation(value: str) -> None:
    assert tables.bind(shipped_text("measurements-for-region"), "region", value) is None


@pytest.mark.parametrize("seed", [1, 2])
def test_a_full_build_keeps_the_answers_the_store_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr(tables, "MIN_ROWS", 1)
    workspace = Workspace(tmp_path / "ws")
    write_corpus(workspace.root, 12, seed=seed)
    assert build(workspace).full
    fresh = fresh_store(workspace.graph_file)
    assert fresh is not None
    kept_files = sorted((state_dir(workspace.graph_file) / tables.FOLDER).glob("*.json"))
    computed = [(kept.name, kept.text) for kept in tables.compute(_subjects(workspace))]
    assert {name for name, _ in computed} == set(tables.QUERIES)
    assert len(kept_files) == len(computed)
    store_engine = LocalEngine(store=open_graph_store(workspace.graph_file))
    for name, text in computed:
        stored = load_catalogue(paths.queries_dir()).get(name)
        key = views.view_key(workspace.graph_file, stored, text)
        assert key is not None and key.path in kept_files
        header = json.loads(key.path.read_text("utf-8").splitlines()[0])
        assert header["graph"] == fresh[1]
        kept = views._read(key, tags=True)
        assert kept is not None and len(kept.result.rows) > 5
        table = Table([tuple(row) for row in kept.result.rows], list(kept.tags))
        assert_same(name, table, *engine_answer(store_engine, text))
        bound = _bound(text)
        values = {tables.QUERIES[name].param: bound} if bound is not None else {}
        # what `narcokg query` prints is that kept answer, not a live evaluation
        shown = answer_stored(workspace, name, values, "csv").splitlines()
        live = answer_stored(workspace, name, values, "csv", live=True).splitlines()
        assert Counter(shown) == Counter(live)


def _subjects(workspace: Workspace) -> dict[str, set[PredicateObject]]:
    """The built graph's triples grouped by subject, read back from its Turtle."""
    import pyoxigraph as ox

    graph = Graph()
    for triple in ox.parse(path=str(workspace.graph_file), format=ox.RdfFormat.TURTLE):
        graph.add(from_oxigraph(triple))
    return graph.subjects


def _bound(text: str) -> str | None:
    """The value a rendered text binds to its parameter (None: unbound)."""
    found = re.search(r'VALUES \?\w+ \{ "([^"]*)" \}', text)
    return None if found is None else found.group(1)


def test_a_country_spelled_another_way_points_at_one_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build writes a country's answer once; its other spellings point at that file, and a
    pointer is followed only to an answer for the same graph and query file."""
    monkeypatch.setattr(tables, "MIN_ROWS", 1)
    workspace = Workspace(tmp_path / "ws")
    write_corpus(workspace.root, 12, seed=3)
    build(workspace)
    stored = load_catalogue(paths.queries_dir()).get("measurements-for-region")
    found = [views.view_key(workspace.graph_file, stored, render_query(stored, {"region": r}))
             for r in ("China", "china", "CN")]  # fmt: skip
    keys = [key for key in found if key is not None and key.path.is_file()]
    assert len(keys) == 3
    seconds = [json.loads(k.path.read_text("utf-8").splitlines()[1]) for k in keys]
    held = {second.get("same_as", k.path.name) for second, k in zip(seconds, keys, strict=True)}
    assert len(held) == 1  # every spelling's file is the answer or points at it
    answers = [views.read_view(key) for key in keys]
    assert answers[0] is not None and answers[0] == answers[1] == answers[2]
    pointer = next(k for k, second in zip(keys, seconds, strict=True) if "same_as" in second)
    target = pointer.folder / held.pop()
    lines = target.read_text("utf-8").splitlines(keepends=True)
    header = json.loads(lines[0])
    target.write_text(json.dumps({**header, "graph": "0" * 64}) + "\n" + "".join(lines[1:]))
    assert views.read_view(pointer) is None
