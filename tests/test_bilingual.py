"""The bilingual workspace (examples/bilingual): a Chinese original and its machine translation,
each translated figure tied to its original; Chinese names in queries; UTF-8 outputs."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import LocalEngine
from narcokg.queries.results import format_result

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "bilingual"
TRANSLATION = "mps-2024-01-31-anti-drug-2023"


def narcokg(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "narcokg", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ws") / "bilingual"
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("narcokg.ttl"))
    built = narcokg("--project", str(target), "build")
    assert built.returncode == 0, built.stderr
    return target


def rows(workspace: Path, name: str, **values: str) -> list[dict[str, str]]:
    """The stored query's answer on the workspace's graph, as CSV rows."""
    query = load_catalogue(ROOT / "queries").get(name)
    result = LocalEngine([workspace / "narcokg.ttl"]).run(render_query(query, values))
    return list(csv.DictReader(io.StringIO(format_result(result, "csv"))))


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_bilingual_workspace_validates(workspace: Path, engine: str) -> None:
    run = narcokg("--project", str(workspace), "validate", "--engine", engine)
    assert run.returncode == 0, run.stdout + run.stderr


def test_each_translated_figure_shows_both_spans(workspace: Path) -> None:
    found = rows(workspace, "translated-figures")
    assert len(found) == 14
    original = (workspace / "sources" / f"{TRANSLATION}-zh.txt").read_text(encoding="utf-8")
    translation = (workspace / "sources" / f"{TRANSLATION}.txt").read_text(encoding="utf-8")
    for row in found:
        start, end = int(row["original_start"]), int(row["original_end"])
        assert original[start:end] == row["original_exact"]
        start, end = int(row["translation_start"]), int(row["translation_end"])
        assert translation[start:end] == row["translation_exact"]
        assert row["original_value"] == row["translation_value"]
        assert (row["original_language"], row["translation_language"]) == ("zh-Hans", "en")


def test_repairs_cite_the_original_words(workspace: Path) -> None:
    repaired = [r for r in rows(workspace, "translated-figures") if r["repair_rule"]]
    assert {r["original_exact"] for r in repaired} == {"4.2万余起", "6.5万余名", "25.9吨",
                                                      "12.2吨", "7.8吨"}  # fmt: skip
    assert all(r["corroborated_by"] == r["original_exact"] for r in repaired)


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_unrepaired_garble_is_caught_by_its_original(tmp_path: Path, engine: str) -> None:
    """A mistranslated figure no repair rule knows ("2,000" for 2900余起) still fails."""
    target = tmp_path / "garbled"
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("narcokg.ttl"))
    for path in (
        target / "sources" / f"{TRANSLATION}.txt",
        target / "facts" / f"{TRANSLATION}.yaml",
    ):
        text = path.read_text(encoding="utf-8").replace("more than 2,900", "more than 2,000")
        path.write_text(text.replace("number: 2900", "number: 2000"), encoding="utf-8")
    assert narcokg("--project", str(target), "build").returncode == 0
    run = narcokg("--project", str(target), "validate", "--engine", engine)
    assert run.returncode == 1
    assert "nksh:AlignedFigureShape" in run.stdout and "2900" in run.stdout


@pytest.mark.parametrize("name", ["“猎枭”行动", "Kingpin Hunt", '"Hunting" operations'])
def test_operation_found_by_any_label(workspace: Path, name: str) -> None:
    found = rows(workspace, "seizures-by-operation", operation_name=name)
    assert {r["document"] for r in found} == {TRANSLATION, f"{TRANSLATION}-zh"}
    assert {r["value"] for r in found} == {"7.8"}


@pytest.mark.parametrize(("chinese", "english"), [("云南", "Yunnan"), ("湖南", "Hunan")])
def test_region_found_by_chinese_or_english_name(
    workspace: Path, chinese: str, english: str
) -> None:
    by_chinese = rows(workspace, "measurements-for-region", region=chinese)
    assert by_chinese == rows(workspace, "measurements-for-region", region=english)
    operations = rows(workspace, "operations-in-region", region=chinese)
    assert operations and operations == rows(workspace, "operations-in-region", region=english)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_outputs_are_utf8_with_chinese_intact(workspace: Path, fmt: str) -> None:
    """UTF-8 even where the locale says otherwise (here: a Latin-1 terminal)."""
    command = [sys.executable, "-m", "narcokg", "--project", str(workspace), "query",
               "translated-figures", "--format", fmt]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    raw = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300, env=env).stdout
    text = raw.decode("utf-8")  # strict: fails on anything not UTF-8
    assert "4.2万余起" in text and "\\u" not in text
    if fmt == "json":
        bindings = json.loads(text)["results"]["bindings"]
        assert "4.2万余起" in {b["original_exact"]["value"] for b in bindings}


def test_extract_csv_is_utf8_with_chinese_intact() -> None:
    source = ROOT / "corpus" / "zh" / "foshan-2023-08-02-first-half.txt"
    command = [sys.executable, "-m", "narcokg", "extract", str(source), "--format", "csv",
               "--published", "2023-08-02"]  # fmt: skip
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    run = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=300, env=env)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8"))))
    assert "三百一十二起" in {row["exact"] for row in rows}


def test_language_tags_come_from_the_fact_file(workspace: Path) -> None:
    # RDF language tags are case-insensitive; pyoxigraph writes them in lower case
    ttl = (workspace / "narcokg.ttl").read_text(encoding="utf-8").lower()
    assert '"公安部通报2023年全国公安机关禁毒工作成效（演示用中文稿）"@zh-hans' in ttl
    assert '"公安部"@zh-hans' in ttl and '"ministry of public security"@en' in ttl
    assert '"云南"@zh-hans' in ttl and 'dcterms:language "zh-hans"' in ttl
