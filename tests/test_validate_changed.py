"""``narcokg validate --changed``: after an incremental build, the violations it finds are exactly
the full validation's violations of the nodes it checks (the changed documents' nodes, what they
point to and what reads them, and the cross-level pairs a changed figure is on either side of);
anything it cannot vouch for gives the full validation, and it says which it did."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import yaml
from typer.testing import CliRunner

from narcokg import paths
from narcokg.build.incremental import build
from narcokg.build.lastbuild import last_build
from narcokg.build.ondisk import fresh_store_path, state_dir
from narcokg.cli import app
from narcokg.model.workspace import Workspace
from narcokg.synth.corpus import write_corpus
from narcokg.validation.fast import validate_fast
from narcokg.validation.focused import neighbourhood, validate_changed
from narcokg.validation.report import ValidationResult

CROSS_LEVEL = "https://w3id.org/narcokg/shapes#CrossLevelConsistencyShape"
UNIT_FITS = "https://w3id.org/narcokg/shapes#UnitFitsMeasureShape"
MEASUREMENT = "https://w3id.org/narcokg/id/measurement/"


@pytest.fixture
def fresh(tmp_path: Path) -> Workspace:
    """A synthetic workspace after a full build, never validated."""
    workspace = Workspace(tmp_path / "ws")
    write_corpus(workspace.root, 24, seed=11)
    assert build(workspace).full
    return workspace


@pytest.fixture
def built(fresh: Workspace) -> Workspace:
    """The same, validated once by the command (it has planted violations: exit 1)."""
    validate(fresh)
    return fresh


def validate(workspace: Workspace, *options: str) -> str:
    result = CliRunner().invoke(app, ["--project", str(workspace.root), "validate", *options])
    assert result.exit_code in (0, 1), result.output
    return result.output


def facts_of(workspace: Workspace) -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in workspace.fact_files():
        yield path, yaml.safe_load(path.read_text(encoding="utf-8"))


def comparable(fact: dict[str, Any]) -> bool:
    """A whole-number figure of no operation, the kind the cross-level check compares."""
    return "operation" not in fact and isinstance(fact["number"], int)


def national_pair(workspace: Workspace) -> tuple[Path, str, dict[str, Any], dict[str, Any]]:
    """A province's fact (its file and key) and a national fact of the same period, measure and
    unit in another document, that the cross-level check compares."""
    national = {}
    for path, data in facts_of(workspace):
        for fact in data["measurements"].values():
            if fact["region"] == "China" and comparable(fact) and fact.get("qualifier") in (
                None, "about", "nearly"):  # fmt: skip
                national[(fact["period"], fact["measure"], fact["unit"])] = (path, fact)
    for path, data in facts_of(workspace):
        for key, fact in data["measurements"].items():
            found = national.get((fact["period"], fact["measure"], fact["unit"]))
            if (found and found[0] != path and fact["region"] != "China" and comparable(fact)
                    and fact.get("qualifier") != "nearly"):  # fmt: skip
                return path, key, fact, found[1]
    raise AssertionError("the corpus has no province figure beside a national one")


def set_figure(workspace: Workspace, path: Path, fact: dict[str, Any], number: int) -> None:
    """Give ``fact`` (in the fact file ``path``) a new number, in its quote and its source."""
    old_quote = fact["quote"]
    new_quote = old_quote.replace(f"{fact['number']:,}", f"{number:,}", 1)
    assert new_quote != old_quote, old_quote
    source = workspace.sources_dir / yaml.safe_load(path.read_text("utf-8"))["document"]["file"]
    replace_once(source, old_quote, new_quote)
    text = path.read_text(encoding="utf-8")
    block = re.escape(f"    quote: {old_quote}\n") + r"((?:    .*\n)*?)    number: \d+\n"
    changed = re.sub(block, rf"    quote: {new_quote}\n\g<1>    number: {number}\n", text, count=1)
    assert changed != text, old_quote
    path.write_text(changed, encoding="utf-8")


def replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def expected(workspace: Workspace) -> set[ValidationResult]:
    """The full validation's results of the nodes ``--changed`` checks."""
    graph = workspace.graph_file
    last = last_build(graph)
    assert not isinstance(last, str), last
    folder = fresh_store_path(graph, paths.ontology_file())
    assert folder is not None
    nodes = set(neighbourhood(ox.Store.read_only(str(folder)), last.own, last.changed))
    return {
        r
        for r in validate_fast(graph).results
        if r.focus in nodes or (r.shape == CROSS_LEVEL and r.value in nodes)
    }


def check_changed(workspace: Workspace, before: set[ValidationResult]) -> set[ValidationResult]:
    """``--changed``'s results: the full validation's for the nodes it checks, including every
    result of the rebuilt documents' own nodes and every result the change brought
    (``before``: the full validation's results before it)."""
    report, note = validate_changed(workspace.graph_file)
    assert note.startswith("Validated only what changed since the last validation"), note
    found = set(report.results)
    assert found == expected(workspace)
    after = set(validate_fast(workspace.graph_file).results)
    last = last_build(workspace.graph_file)
    assert not isinstance(last, str)
    assert after - before <= found
    assert {r for r in after if r.focus in last.own} <= found
    return found


def test_a_full_build_gives_the_full_validation(fresh: Workspace) -> None:
    report, note = validate_changed(fresh.graph_file)
    assert note == "Validated the whole graph: the last build was a full one."
    assert report == validate_fast(fresh.graph_file)


def test_builds_since_a_full_one_never_validated_give_the_full_validation(
    fresh: Workspace,
) -> None:
    path, _, fact, outer = national_pair(fresh)
    set_figure(fresh, path, fact, outer["number"] * 10 + 7)
    assert build(fresh).rebuilt == (path.name,)
    report, note = validate_changed(fresh.graph_file)
    assert note == "Validated the whole graph: the last build was a full one."
    assert report == validate_fast(fresh.graph_file)


def set_unit(path: Path, key: str, unit: str) -> None:
    """Give the fact ``key`` of the fact file ``path`` another unit."""
    text = path.read_text(encoding="utf-8")
    at = text.index(f"  {key}:\n")
    end = text.index("    unit: ", at)
    line_end = text.index("\n", end)
    path.write_text(text[:end] + f"    unit: {unit}" + text[line_end:], encoding="utf-8")


def test_two_builds_without_a_validation_between_are_both_checked(built: Workspace) -> None:
    before = set(validate_fast(built.graph_file).results)
    first, second = built.fact_files()[1], built.fact_files()[2]
    key = next(k for k, f in yaml.safe_load(first.read_text())["measurements"].items()
               if f["unit"] == "case")  # fmt: skip
    set_unit(first, key, "kilogram")
    assert build(built).rebuilt == (first.name,)
    second_key = next(iter(yaml.safe_load(second.read_text())["measurements"]))
    second_fact = yaml.safe_load(second.read_text())["measurements"][second_key]
    set_figure(built, second, second_fact, second_fact["number"] + 1)
    assert build(built).rebuilt == (second.name,)
    found = check_changed(built, before)
    assert (UNIT_FITS, MEASUREMENT + first.stem + "/" + key) in {(r.shape, r.focus) for r in found}
    # validated now: the next build's record starts from this graph
    assert "Validated only what changed" in validate(built, "--changed")
    second_fact = yaml.safe_load(second.read_text())["measurements"][second_key]
    set_figure(built, second, second_fact, second_fact["number"] + 1)
    assert build(built).rebuilt == (second.name,)
    last = last_build(built.graph_file)
    assert not isinstance(last, str) and last.documents == (second.name,)


def test_a_changed_province_report_finds_its_violations_and_no_others(built: Workspace) -> None:
    before = set(validate_fast(built.graph_file).results)
    path, key, fact, outer = national_pair(built)
    set_figure(built, path, fact, outer["number"] * 10 + 7)  # above the national figure
    unit_fact = next(k for k, f in yaml.safe_load(path.read_text())["measurements"].items()
                     if f["unit"] == "case" and k != key)  # fmt: skip
    text = path.read_text(encoding="utf-8")
    at = text.index(f"  {unit_fact}:\n")
    end = text.index("    unit: case\n", at)
    path.write_text(text[:end] + "    unit: kilogram\n" + text[end + 15 :], encoding="utf-8")
    assert build(built).rebuilt == (path.name,)
    found = check_changed(built, before)
    document = MEASUREMENT + path.stem + "/"
    assert (CROSS_LEVEL, document + key) in {(r.shape, r.focus) for r in found}
    assert (UNIT_FITS, document + unit_fact) in {(r.shape, r.focus) for r in found}
    assert all(r.focus.startswith(document) for r in found if r.shape != CROSS_LEVEL)
    everything = set(validate_fast(built.graph_file).results)
    assert found < everything  # the other documents' planted violations are not checked


def test_a_lowered_national_figure_is_checked_against_every_province(built: Workspace) -> None:
    before = set(validate_fast(built.graph_file).results)
    path, _, _, outer = national_pair(built)
    national = next(p for p, data in facts_of(built) if outer in data["measurements"].values())
    set_figure(built, national, outer, 0 if outer["number"] > 1 else 1)
    assert build(built).rebuilt == (national.name,)
    found = check_changed(built, before)
    inner_iri = MEASUREMENT + path.stem + "/"
    crossing = [r for r in found if r.shape == CROSS_LEVEL and r.focus.startswith(inner_iri)]
    assert crossing and all(r.value and national.stem in r.value for r in crossing)


def test_a_removed_report_and_a_stale_record(built: Workspace) -> None:
    before = set(validate_fast(built.graph_file).results)
    removed = built.fact_files()[3]
    removed.unlink()
    assert build(built).removed == (removed.name,)
    check_changed(built, before)
    record = state_dir(built.graph_file) / "changes.json"
    kept = record.read_text(encoding="utf-8")
    body = json.loads(kept)
    body["shapes"]["size"] += 1
    record.write_text(json.dumps(body), encoding="utf-8")
    _, note = validate_changed(built.graph_file)
    assert note == "Validated the whole graph: the shapes have changed since the last build."
    record.write_text(kept, encoding="utf-8")
    built.graph_file.write_bytes(built.graph_file.read_bytes() + b"\n")
    report, note = validate_changed(built.graph_file)
    assert note == "Validated the whole graph: the graph has changed since the last build."
    assert report == validate_fast(built.graph_file)


def test_the_command_says_what_it_validated(built: Workspace) -> None:
    assert "Validated" in validate(built, "--changed").splitlines()[-1]
    refused = CliRunner().invoke(app, ["validate", "--changed", "--engine", "pyshacl"])
    assert refused.exit_code == 2 and "--changed" in refused.output
