"""Ranges keep both ends: "3至5吨", "3-5万", "三到五种", "between 3 and 5 tonnes" are read with
qualifier ``between`` (the upper end the number, the lower end ``low``); a fact file gives the
lower end as ``lower``, the build checks it against the quote and writes both bounds."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from narcokg.errors import FactError
from narcokg.model.facts import _measurement
from narcokg.model.figures import check_figure
from narcokg.model.numbers import read_figure
from narcokg.queries.catalogue import load_catalogue, render_query
from narcokg.queries.engines import LocalEngine
from narcokg.queries.results import format_result
from narcokg.validation.reference import validate_graph
from tests.drafted import drafted_workspace

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("3至5吨", "3", "5", "tonne"),
        ("3吨至5吨", "3", "5", "tonne"),
        ("3-5万名", "30000", "50000", None),
        ("3万到5万起", "30000", "50000", None),
        ("三到五种", "3", "5", None),
        ("２至３成", "20", "30", None),
        ("between 3 and 5 tonnes", "3", "5", "tonne"),
        ("3-5 tonnes", "3", "5", "tonne"),
        ("3 to 5 million seizures", "3000000", "5000000", None),
        ("2.5–4 kg", "2.5", "4", "kilogram"),
    ],
)
def test_a_range_reads_both_ends(text: str, low: str, high: str, unit: str | None) -> None:
    figure = read_figure(text)
    assert (figure.qualifier, figure.low, figure.number, figure.unit) == (
        "between", Decimal(low), Decimal(high), unit
    )  # fmt: skip


@pytest.mark.parametrize(
    "text", ["rose from 3 to 5 tonnes", "more than 3 tonnes", "3吨", "5余吨", "1,286 cases"]
)
def test_not_a_range(text: str) -> None:
    figure = read_figure(text)
    assert figure.qualifier != "between" and figure.low is None


def test_between_needs_an_upper_end() -> None:
    with pytest.raises(ValueError, match="upper end"):
        read_figure("between 3 tonnes")


ENTRY = {"quote": "3至5吨", "measure": "drugs-seized", "number": 5, "unit": "tonne",
         "period": "2023", "region": "Yunnan"}  # fmt: skip


@pytest.mark.parametrize(
    "extra", [{"qualifier": "between"}, {"lower": 3}, {"qualifier": "exact", "lower": 3}]
)
def test_a_range_fact_needs_qualifier_and_lower_together(extra: dict[str, object]) -> None:
    with pytest.raises(FactError, match="lower"):
        _measurement("m", ENTRY | extra, "m")


def test_the_lower_end_must_be_the_quotes() -> None:
    check_figure(_measurement("m", ENTRY | {"qualifier": "between", "lower": 3}, "m"), "m")
    with pytest.raises(FactError, match="range starts at 3"):
        check_figure(_measurement("m", ENTRY | {"qualifier": "between", "lower": 2}, "m"), "m")


TEXT = "云南省2023年禁毒情况\n\n2023年，云南省公安机关每月缴获毒品3至5吨。\n"


def test_a_range_is_built_with_both_bounds(tmp_path: Path) -> None:
    workspace = drafted_workspace(tmp_path, "yn-2024-01-10-ranges", TEXT, date(2024, 1, 10))
    assert validate_graph(workspace.graph_file).conforms
    query = load_catalogue(ROOT / "queries").get("measurements")
    result = LocalEngine([workspace.graph_file]).run(render_query(query, {}))
    rows = list(csv.DictReader(io.StringIO(format_result(result, "csv"))))
    got = [(r["value"], r["lower_bound"], r["upper_bound"], r["qualifier"]) for r in rows]
    assert got == [("", "3", "5", "between")]
