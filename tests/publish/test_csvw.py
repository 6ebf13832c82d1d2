"""The measurements CSV and its CSVW metadata: a CSVW implementation (the ``csvw`` package)
validates them, and its standard-mode conversion gives, for every row, a measurement of the graph
with the graph's value and bounds."""

from __future__ import annotations

import csv
import io
import shutil
import warnings
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from csvw import CSVW

from narcokg.publish.csvw import METADATA_NAME
from tests.publish.conftest import GRAPH, narcokg

SCHEMA = "https://schema.org/"
BOUNDS = {"value": "value", "minValue": "lower_bound", "maxValue": "upper_bound"}


def read_csvw(folder: Path) -> CSVW:
    return CSVW(str(folder / METADATA_NAME), validate=True)


def is_valid(folder: Path) -> tuple[bool, list[object]]:
    """CSVW validation; csvw reports problems as warnings, which this suite turns into errors."""
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        table = read_csvw(folder)
        return table.is_valid, [str(w.message) for w in table.warnings]


def graph_figures() -> dict[str, dict[str, Decimal]]:
    """Each measurement's schema:value / minValue / maxValue, read from the graph with SPARQL."""
    store = ox.Store()
    store.load(path=str(GRAPH), format=ox.RdfFormat.TURTLE)
    query = f"""SELECT ?m ?p ?v WHERE {{
        ?m a <https://w3id.org/narcokg/ontology#Measurement> .
        OPTIONAL {{ ?m ?p ?v
                    FILTER(?p IN (<{SCHEMA}value>, <{SCHEMA}minValue>, <{SCHEMA}maxValue>)) }}
    }}"""
    figures: dict[str, dict[str, Decimal]] = {}
    for row in store.query(query):  # type: ignore[union-attr]
        entry = figures.setdefault(row["m"].value, {})
        if row["p"] is not None:
            entry[row["p"].value.removeprefix(SCHEMA)] = Decimal(row["v"].value)
    return figures


def test_the_csvw_package_validates_the_table(release_dir: Path) -> None:
    valid, problems = is_valid(release_dir)
    assert valid, problems


def test_conversion_agrees_with_the_graph(release_dir: Path) -> None:
    rows: list[dict[str, Any]] = read_csvw(release_dir).to_json(minimal=True)
    expected = graph_figures()
    assert sorted(row["@id"] for row in rows) == sorted(expected)
    for row in rows:
        converted = {
            key.removeprefix(SCHEMA): Decimal(str(value))
            for key, value in row.items()
            if key.startswith(SCHEMA)
        }
        assert converted == expected[row["@id"]], row["@id"]


def test_columns_after_the_iri_are_the_canonical_table(release_dir: Path) -> None:
    canonical = narcokg("query", "measurements", "--format", "csv").stdout
    with (release_dir / "measurements.csv").open(encoding="utf-8", newline="") as handle:
        download = [row[1:] for row in csv.reader(handle)]
    assert download == list(csv.reader(io.StringIO(canonical, newline="")))


def test_a_bad_value_makes_the_table_invalid(release_dir: Path, tmp_path: Path) -> None:
    for name in ("measurements.csv", METADATA_NAME):
        shutil.copy(release_dir / name, tmp_path / name)
    text = (tmp_path / "measurements.csv").read_text(encoding="utf-8")
    (tmp_path / "measurements.csv").write_text(text.replace(",25.9,", ",25.9 tonnes,"), "utf-8")
    valid, problems = is_valid(tmp_path)
    assert not valid and "25.9 tonnes" in str(problems)


@pytest.mark.parametrize("column", ["measurement", "value", "start"])
def test_metadata_names_titles_and_types_each_column(release_dir: Path, column: str) -> None:
    import json

    metadata = json.loads((release_dir / METADATA_NAME).read_text(encoding="utf-8"))
    columns = {c["name"]: c for c in metadata["tableSchema"]["columns"]}
    assert set(columns[column]) >= {"name", "titles", "datatype"}
    assert metadata["tableSchema"]["aboutUrl"] == "{+measurement}"
