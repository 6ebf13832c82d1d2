"""A worldwide figure (region World, Wikidata Q16502) and a share that keeps its denominator build
into a graph the shapes accept; a denominator below the part is refused when the facts are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg.build.graph import build_workspace
from narcokg.build.store import serialize_triples
from narcokg.errors import FactError
from narcokg.model.facts import load_facts
from narcokg.model.workspace import init_workspace
from narcokg.validation.reference import validate_graph

TEXT = (
    "Made-up world summary\n\nWorldwide, 412 tons of cocaine were seized in 2022. "
    "Laboratories found that 7 out of 12 pills tested contained fentanyl."
)
FACTS = """document:
  id: made-up-world-2023
  file: made-up-world-2023.txt
  title: Made-up world summary
  published: '2023-06-01'
  language: en
measurements:
  01-cocaine-seized:
    quote: 412 tons of cocaine
    measure: cocaine-seized
    number: 412
    unit: tonne
    period: '2022'
    region: World
  02-pills-seized:
    quote: 7 out of 12 pills
    measure: pills-seized
    number: 7
    denominator: {denominator}
    unit: pill
    period: '2022'
    region: World
"""


def _workspace(tmp_path: Path, denominator: str) -> Path:
    workspace = init_workspace(tmp_path / "ws")
    (workspace.sources_dir / "made-up-world-2023.txt").write_text(TEXT, encoding="utf-8")
    facts = workspace.facts_dir / "made-up-world-2023.yaml"
    facts.write_text(FACTS.format(denominator=denominator), encoding="utf-8")
    workspace.graph_file.write_bytes(serialize_triples(build_workspace(workspace)))
    return workspace.graph_file


def test_world_region_and_denominator_build_and_conform(tmp_path: Path) -> None:
    graph = _workspace(tmp_path, "12")
    report = validate_graph(graph)
    assert report.conforms, [r.message for r in report.results]
    turtle = graph.read_text(encoding="utf-8")
    assert "wd:Q16502 " in turtle or "entity/Q16502>" in turtle
    assert 'nk:denominator "12"^^xsd:decimal' in turtle or "nk:denominator 12" in turtle


def test_a_denominator_below_the_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(FACTS.format(denominator="5"), encoding="utf-8")
    with pytest.raises(FactError, match="denominator"):
        load_facts(path)
