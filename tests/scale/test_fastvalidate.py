"""The fast validator reports the same violations as pyshacl: same focus nodes, shapes, messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from narcokg import paths
from narcokg.validation.fast import validate_fast
from narcokg.validation.reference import ValidationReport, validate_graph

FIXTURES = Path(__file__).resolve().parent.parent / "shapes"
#: Every violating fixture, and the conforming ones of the SPARQL shapes (the subtle cases).
CASES = sorted(
    p
    for p in FIXTURES.glob("*/*.ttl")
    if p.stem.startswith("violates") or p.parent.name.endswith("Shape")
)


def _keys(report: ValidationReport) -> set[tuple[str, str, str]]:
    return {(r.focus, r.shape, r.message) for r in report.results}


def _same(path: Path) -> None:
    fast, reference = validate_fast(path), validate_graph(path)
    assert _keys(fast) == _keys(reference)
    assert fast.conforms == reference.conforms


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_parity(path: Path) -> None:
    _same(path)


def test_seed_graph_parity() -> None:
    _same(paths.graph_file())


#: Mutations of the seed graph: (what, pattern, replacement) applied to its Turtle text.
MUTATIONS = [
    (
        "naive national cases",
        r'(national-cases-cracked>.*?)schema:minValue "42000"',
        r'\g<1>schema:value "4"',
    ),
    ("span offset shifted", r"oa:start 1070 ", "oa:start 1071 "),
    ("unit misfit", r"qudt:unit unit:TONNE ", "qudt:unit nkc:unit-case "),
    ("measure removed", r"nk:measure nkc:students-taught-anti-drug-knowledge ;", ""),
    ("string start", r"oa:start 0 ", 'oa:start "0" '),
]


@pytest.mark.parametrize(
    ("what", "pattern", "replacement"), MUTATIONS, ids=[m[0] for m in MUTATIONS]
)
def test_mutated_seed_parity(tmp_path: Path, what: str, pattern: str, replacement: str) -> None:
    text = paths.graph_file().read_text(encoding="utf-8")
    mutated, count = re.subn(pattern, replacement, text, count=1, flags=re.DOTALL)
    if count == 0:
        pytest.skip(f"{what}: the seed graph no longer has {pattern!r}")
    target = tmp_path / "mutated.ttl"
    target.write_text(mutated, encoding="utf-8")
    fast = validate_fast(target)
    assert not fast.conforms, what
    assert _keys(fast) == _keys(validate_graph(target))


def test_planted_corpus_parity(planted_graph: Path) -> None:
    _same(planted_graph)
