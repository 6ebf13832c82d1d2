"""The measurements table as a download: CSV with W3C CSV on the Web (CSVW) metadata.

The CSV is the stored ``measurements`` query's canonical table (README, "Stored queries") with
one more column in front, ``measurement``: the IRI of the row's measurement, which the metadata's
``aboutUrl`` makes the subject of the row. The metadata file names, titles and types every column
and maps the value and bound columns to the graph's properties, so a CSVW processor turns each
row back into the figure's triples (tested with the ``csvw`` package against the graph).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from narcokg import namespaces as ns
from narcokg import paths
from narcokg.errors import InputError

CSV_NAME = "measurements.csv"
METADATA_NAME = "measurements.csv-metadata.json"
#: The one change to the stored query: project the measurement's IRI as the first column.
_SELECT = "SELECT ?measure ?value"
_SELECT_WITH_IRI = "SELECT (?m AS ?measurement) ?measure ?value"

#: Column name -> (title, CSVW datatype, property IRI or None for the table's own property).
COLUMNS: dict[str, tuple[str, str, str | None]] = {
    # string, not anyURI: the csvw package expands "{+measurement}" wrongly for anyURI values
    "measurement": ("Measurement IRI", "string", None),
    "measure": ("What is measured", "string", None),
    "value": ("Value (when the text gives one)", "decimal", ns.SCHEMA + "value"),
    "lower_bound": ("Lower bound as stated", "decimal", ns.SCHEMA + "minValue"),
    "upper_bound": ("Upper bound as stated", "decimal", ns.SCHEMA + "maxValue"),
    "qualifier": ("Qualifier (exact, more-than, at-least, about, nearly, ...)", "string", None),
    "unit": ("Unit", "string", None),
    "region": ("Region(s), joined with '; '", "string", None),
    "period": ("Period", "string", None),
    "operation": ("Operation", "string", None),
    "agency": ("Agency", "string", None),
    "document": ("Source document identifier", "string", None),
    "start": ("Start of the figure's words in the source (code points)", "integer", None),
    "end": ("End of the figure's words in the source (code points, exclusive)", "integer", None),
    "exact": ("The figure's words as they stand in the source", "string", None),
}


def table_query() -> str:
    """The stored ``measurements`` query, projecting the measurement's IRI first."""
    text = (paths.queries_dir() / "measurements.rq").read_text(encoding="utf-8")
    if text.count(_SELECT) != 1:
        raise InputError(
            "queries/measurements.rq no longer starts its projection with "
            f"{_SELECT!r}: update narcokg.publish.csvw to match it"
        )
    return text.replace(_SELECT, _SELECT_WITH_IRI)


def measurements_csv(graph_file: Path) -> bytes:
    """The download's CSV (RFC 4180, CRLF line ends, UTF-8), from the built graph."""
    from narcokg.queries.engines import LocalEngine

    return _table_csv(LocalEngine([graph_file]).run(table_query()))


def measurements_csv_from_store(store: Any) -> bytes:
    """The same CSV from a pyoxigraph store already holding the graph (the server's)."""
    from narcokg.queries.results import SelectResult, term_from_oxigraph

    answer = store.query(table_query())
    variables = tuple(v.value for v in answer.variables)
    rows = tuple(
        tuple(None if s[v] is None else term_from_oxigraph(s[v]) for v in variables) for s in answer
    )
    return _table_csv(SelectResult(variables, rows))


def _table_csv(result: object) -> bytes:
    from narcokg.queries.results import SelectResult, format_csv

    assert isinstance(result, SelectResult)
    if result.variables != tuple(COLUMNS):
        raise InputError(f"the measurements table has columns {result.variables}, not {COLUMNS}")
    return format_csv(result).encode("utf-8")


def measurements_metadata(csv_url: str = CSV_NAME) -> bytes:
    """The CSVW metadata document describing ``measurements.csv``."""
    columns: list[dict[str, Any]] = []
    for name, (title, datatype, property_iri) in COLUMNS.items():
        column: dict[str, Any] = {"name": name, "titles": name, "dc:description": title}
        column["datatype"] = datatype
        if property_iri:
            column["propertyUrl"] = property_iri
        if name == "measurement":
            column["suppressOutput"] = True  # it is the row's subject, not one of its values
        columns.append(column)
    metadata = {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "en"}],
        "url": csv_url,
        "dc:title": "narcokg measurements",
        "dc:description": "Every figure of the narcokg graph, one row each; the value or bounds "
        "as the source states them, labels rather than IRIs, and the span of the source text.",
        "dc:license": {"@id": "https://opensource.org/licenses/MIT"},
        "dialect": {"header": True, "encoding": "utf-8"},
        "tableSchema": {
            "columns": columns,
            "primaryKey": "measurement",
            "aboutUrl": "{+measurement}",
        },
    }
    return (json.dumps(metadata, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
