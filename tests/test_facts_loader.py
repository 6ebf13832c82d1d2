"""The fast YAML loader (libyaml) reads fact files exactly as PyYAML's pure-Python one does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from narcokg.model.facts import load_facts, parse_facts
from narcokg.synth.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent


def _fact_files(tmp_path: Path) -> list[Path]:
    write_corpus(tmp_path / "synth", documents=12, seed=3)
    return sorted((ROOT / "graph" / "facts").glob("*.yaml")) + sorted(
        (tmp_path / "synth" / "facts").glob("*.yaml")
    )


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
def test_c_loader_reads_fact_files_like_the_python_loader(tmp_path: Path) -> None:
    files = _fact_files(tmp_path)
    assert len(files) > 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        slow = parse_facts(yaml.load(text, Loader=yaml.SafeLoader), path)
        assert load_facts(path) == slow, path
