"""The links the build derives (nk:sameFigureAs, nk:nationalFigure) are exactly the pairs their
definitions select, computed independently here by SPARQL joins over the rest of the graph."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from narcokg.build.derived import NATIONAL_FIGURE, SAME_FIGURE, derived_triples
from narcokg.build.graph import build_workspace
from narcokg.model.workspace import Workspace, shipped_workspace
from narcokg.synth.corpus import write_corpus

PREFIXES = """
PREFIX nk: <https://w3id.org/narcokg/ontology#>
PREFIX qudt: <http://qudt.org/schema/qudt/>
"""
#: the definition of nk:sameFigureAs as the join the stored query used to make
SAME_FIGURE_PAIRS = (
    PREFIXES
    + """
SELECT DISTINCT ?a ?b WHERE {
  ?a a nk:Measurement ; nk:measure ?c ; nk:period ?p ; nk:region ?r ; qudt:unit ?ua ;
     nk:document ?da .
  ?b a nk:Measurement ; nk:measure ?c ; nk:period ?p ; nk:region ?r ; qudt:unit ?ub ;
     nk:document ?db .
  FILTER(?da != ?db)
  FILTER(?ua = ?ub || EXISTS { ?ua a nk:MassUnit . ?ub a nk:MassUnit })
  FILTER NOT EXISTS { ?a nk:region ?ra . FILTER NOT EXISTS { ?b nk:region ?ra } }
  FILTER NOT EXISTS { ?b nk:region ?rb . FILTER NOT EXISTS { ?a nk:region ?rb } }
  FILTER NOT EXISTS { ?a nk:operation ?oa . FILTER NOT EXISTS { ?b nk:operation ?oa } }
  FILTER NOT EXISTS { ?b nk:operation ?ob . FILTER NOT EXISTS { ?a nk:operation ?ob } }
}
"""
)
#: the definition of nk:nationalFigure as the join the stored query used to make
NATIONAL_PAIRS = (
    PREFIXES
    + """
SELECT DISTINCT ?m ?n WHERE {
  ?n a nk:Measurement ; nk:region ?country ; nk:measure ?c ; nk:period ?p ; qudt:unit ?u .
  FILTER NOT EXISTS { ?country nk:partOf ?above }
  FILTER NOT EXISTS { ?n nk:operation ?any }
  ?m a nk:Measurement ; nk:measure ?c ; nk:period ?p ; qudt:unit ?u ; nk:region ?part .
  ?part nk:partOf* ?country .
  FILTER(?m != ?n)
  OPTIONAL { ?m nk:operation ?op }
  FILTER(BOUND(?op) || ?part != ?country)
}
"""
)


def restated_corpus(root: Path) -> Workspace:
    """A synthetic corpus where every third report is also stated by a second document."""
    write_corpus(root, documents=24, seed=5)
    for number, facts in enumerate(sorted((root / "facts").glob("*.yaml"))):
        if number % 3:
            continue
        new_id = facts.stem + "-again"
        text = re.sub(r"(?m)^  id: .*$", f"  id: {new_id}", facts.read_text("utf-8"), count=1)
        text = re.sub(r"(?m)^  file: .*$", f"  file: {new_id}.txt", text, count=1)
        (root / "facts" / f"{new_id}.yaml").write_text(text, "utf-8")
        (root / "sources" / f"{new_id}.txt").write_bytes(
            (root / "sources" / f"{facts.stem}.txt").read_bytes()
        )
    return Workspace(root)


def split(triples: list[ox.Triple]) -> tuple[ox.Store, dict[str, set[tuple[str, str]]]]:
    """The graph without the derived links (as a store), and the links by property."""
    store, links = ox.Store(), {SAME_FIGURE: set(), NATIONAL_FIGURE: set()}
    for triple in triples:
        if triple.predicate.value in links:
            links[triple.predicate.value].add((triple.subject.value, triple.object.value))
        else:
            store.add(ox.Quad(triple.subject, triple.predicate, triple.object))
    return store, links


def pairs(store: ox.Store, query: str) -> set[tuple[str, str]]:
    return {(row[0].value, row[1].value) for row in store.query(query)}


@pytest.mark.parametrize("kind", ["synthetic", "seed"])
def test_links_are_the_pairs_their_definitions_select(kind: str, tmp_path: Path) -> None:
    workspace = restated_corpus(tmp_path / "ws") if kind == "synthetic" else shipped_workspace()
    store, links = split(build_workspace(workspace))
    assert links[SAME_FIGURE] == pairs(store, SAME_FIGURE_PAIRS)
    assert links[NATIONAL_FIGURE] == pairs(store, NATIONAL_PAIRS)
    if kind == "synthetic":  # the corpus exercises both links
        assert links[SAME_FIGURE] and links[NATIONAL_FIGURE]


def test_derived_links_come_only_from_their_inputs(tmp_path: Path) -> None:
    triples = build_workspace(restated_corpus(tmp_path / "ws"))
    _, links = split(triples)
    base = [t for t in triples if t.predicate.value not in (SAME_FIGURE, NATIONAL_FIGURE)]
    again = {(t.subject.value, t.predicate.value, t.object.value) for t in derived_triples(base)}
    assert again == {(s, p, o) for p, found in links.items() for s, o in found}
