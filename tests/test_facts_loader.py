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


def test_the_loaders_shortcuts_give_pyyamls_objects() -> None:
    """Plain strings skip PyYAML's generic path; every other scalar, and aliases, are as the
    safe loader reads them (types included: a "yes" is a bool, a quoted "1" a string)."""
    from narcokg.model.facts import _safe_loader

    text = (
        "a: yes\nb: No\nc: 1.5\nd: '1'\ne: 2024-01-31\nf: ~\ng: null\nh: Null text\n"
        "i: !!str 12\nj: [x, 'y', 3, -4, +5, .5, 0x1F, .inf]\nk: &A {p: q}\nl: *A\nm: ''\nn:\n"
        'o: plain words\np: "quoted \\u00e9"\nq: <<not a merge\n'
    )
    expected = yaml.load(text, Loader=yaml.SafeLoader)
    got = yaml.load(text, Loader=_safe_loader())
    assert got == expected
    assert [type(v) for v in got.values()] == [type(v) for v in expected.values()]
    assert [type(v) for v in got["j"]] == [type(v) for v in expected["j"]]
