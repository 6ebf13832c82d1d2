"""The YAML-free header reader agrees with PyYAML, or steps aside."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from narcokg.paths import queries_dir
from narcokg.queries.headers import parse_simple_header


def _lines(text: str) -> list[str]:
    return [line[2:].removeprefix(" ") for line in text.splitlines() if line.startswith("#+")]


@pytest.mark.parametrize("path", sorted(queries_dir().glob("*.rq")), ids=lambda p: p.stem)
def test_every_shipped_header_is_read_without_yaml_and_as_yaml_reads_it(path: Any) -> None:
    lines = _lines(path.read_text(encoding="utf-8"))
    simple = parse_simple_header(lines)
    assert simple is not None, "keep shipped headers in the simple subset (fast start-up)"
    assert simple == yaml.safe_load("\n".join(lines))


HEADERS = [
    "summary: plain text, with a comma (and brackets [1])",
    "summary: yes",
    "summary: 1.5",
    "summary: 0x1F",
    "summary: 2024-01-31",
    "summary: 2024-02-30",
    "summary: 12",
    "summary: ~",
    "summary: a: b",
    "summary: text # comment",
    "summary: - item",
    "summary: 'single quoted'",
    'summary: "double quoted"',
    "summary: >-\n  folded\n  lines",
    "summary: |\n  literal\n  lines",
    "summary: x\nsummary: y",
    "params:\n  n: {type: integer, required: true, example: 2023}",
    "params:\n  n: {type: decimal, example: 12.50}",
    'params:\n  n: {type: string, example: Hunan, description: "a, b: c"}',
    'params:\n  n: {type: string, example: "say \\"hi\\"", required: false}',
    "params:\n  n: {type: boolean, example: no}",
    "params:\n  n: {type: string, example: x, example: y}",
    "params:\n  n: {type: string, example: [a, b]}",
    "params:\n  - n",
]


@pytest.mark.parametrize("header", HEADERS)
def test_simple_reading_equals_yaml_or_defers(header: str) -> None:
    lines = header.splitlines()
    simple = parse_simple_header(lines)
    try:
        expected = yaml.safe_load(header)
    except (yaml.YAMLError, ValueError):  # PyYAML raises ValueError for 2024-02-30
        assert simple is None
        return
    assert simple is None or simple == expected


@pytest.mark.parametrize("index", [0, 6, 13, 16, 18, 19])
def test_the_common_forms_are_read_without_yaml(index: int) -> None:
    """Guard against a reader that always defers (which the test above would accept)."""
    assert parse_simple_header(HEADERS[index].splitlines()) is not None
