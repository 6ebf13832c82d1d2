"""The synthetic corpus: deterministic, builds like real reports, planted faults are caught."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from narcokg.cli import app
from narcokg.model.workspace import Workspace
from narcokg.synth.corpus import PLANTED_KINDS, plan_corpus, write_corpus
from narcokg.validation.fast import validate_fast


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_same_seed_gives_the_same_files(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 15, seed=11)
    write_corpus(tmp_path / "b", 15, seed=11)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_another_seed_gives_other_files(tmp_path: Path) -> None:
    write_corpus(tmp_path / "a", 15, seed=11)
    write_corpus(tmp_path / "b", 15, seed=12)
    assert _files(tmp_path / "a") != _files(tmp_path / "b")


def test_corpus_has_many_regions_periods_and_repairs(planted_graph: Path) -> None:
    facts = "".join(p.read_text() for p in Workspace(planted_graph.parent).fact_files())
    assert facts.count("region: ") >= 100
    assert "split-wan-decimal" in facts or "lost-decimal-point" in facts
    assert "within:" in facts or "quote:" in facts


def test_every_kind_is_planted(planted_graph: Path) -> None:
    planted = json.loads((planted_graph.parent / "planted.json").read_text())
    assert {p["kind"] for p in planted} == set(PLANTED_KINDS)


def test_clean_corpus_conforms(clean_graph: Path) -> None:
    report = validate_fast(clean_graph)
    assert report.conforms, report.to_text()


def test_planted_inconsistencies_are_caught_and_nothing_else(planted_graph: Path) -> None:
    planted = json.loads((planted_graph.parent / "planted.json").read_text())
    report = validate_fast(planted_graph)
    found = {(r.focus, r.shape.split("#")[1]) for r in report.results}
    for item in planted:
        for shape in item["shapes"]:
            if shape != "CrossLevelConsistencyShape" or item["kind"] != "naive-split-wan":
                assert (item["measurement"], shape) in found, item
    iris = [item["measurement"] for item in planted]
    for result in report.results:
        assert result.focus in iris or any(iri in result.message for iri in iris), result


def test_cli_writes_a_workspace_that_builds(tmp_path: Path) -> None:
    runner = CliRunner()
    target = tmp_path / "corpus"
    done = runner.invoke(app, ["synth", "--documents", "5", "-o", str(target), "--seed", "2"])
    assert done.exit_code == 0, done.output
    built = runner.invoke(app, ["--project", str(target), "build"])
    assert built.exit_code == 0, built.output
    assert (target / "narcokg.ttl").stat().st_size > 10_000


def test_large_corpora_reach_back_before_2005_and_keep_small_ones_unchanged() -> None:
    """Beyond 2005-2024 (about 4,200 reports) the generator uses earlier years, for 5M triples."""
    large = plan_corpus(6000, seed=7)
    years = {int(plan.period[:4]) for plan in large}
    assert len(large) == 6000 and min(years) < 2005 <= max(years)
    assert len({plan.doc_id for plan in large}) == 6000
    small = plan_corpus(300, seed=7)
    assert [(p.doc_id, p.period, p.region) for p in small] == [
        (p.doc_id, p.period, p.region) for p in large[:300]
    ]
