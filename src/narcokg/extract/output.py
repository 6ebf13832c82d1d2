"""Write a draft: the fact-file YAML (see docs/facts.md) or the ``measurements`` CSV table."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

from narcokg.extract.drafts import Draft, DraftMeasurement
from narcokg.model.numbers import BOUNDS, decimal_text, read_figure

COLUMNS = (
    "measure",
    "value",
    "lower_bound",
    "upper_bound",
    "qualifier",
    "unit",
    "region",
    "period",
    "operation",
    "agency",
    "document",
    "start",
    "end",
    "exact",
)
HEADER = """\
# DRAFT fact file written by `narcokg extract`: review every entry before `narcokg add`.
# `confidence` is the extractor's own estimate (0-1); `review` says what to check. Both are
# ignored by the build: delete them once checked. See docs/extraction.md.
"""


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(decimal_text(value))


def draft_data(draft: Draft) -> dict[str, Any]:
    """The draft as the mapping a fact file holds."""
    document: dict[str, Any] = {
        "id": draft.doc_id,
        "file": draft.file,
        "title": draft.title,
        "published": draft.published.isoformat(),
    }
    if draft.publisher:
        document["publisher"] = draft.publisher
    document["language"] = draft.language
    if draft.translated_from:
        document["translated_from"] = draft.translated_from
    agencies = {
        a.slug: {
            k: v
            for k, v in (
                ("label", a.label),
                ("jurisdiction", a.jurisdiction),
                ("part_of", a.part_of),
            )
            if v
        }
        for a in draft.agencies.values()
    }
    operations = {op.slug: _operation(op) for op in draft.operations}
    measurements = {m.id: _measurement(m) for m in draft.measurements}
    return {
        "document": document,
        "agencies": agencies,
        "operations": operations,
        "measurements": measurements,
    }


def _operation(op: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"label": op.label, "quote": op.quote}
    if op.within:
        entry["within"] = op.within
    if op.conducted_by:
        entry["conducted_by"] = list(op.conducted_by)
    if op.regions:
        entry["regions"] = list(op.regions)
        entry["regions_complete"] = op.regions_complete
    entry["period"] = op.period
    if op.alt_labels:
        entry["alt_labels"] = {
            tag: [label for t, label in op.alt_labels if t == tag]
            for tag in dict.fromkeys(t for t, _ in op.alt_labels)
        }
    return entry


def _measurement(m: DraftMeasurement) -> dict[str, Any]:
    entry: dict[str, Any] = {"quote": m.mention.quote}
    if m.within:
        entry["within"] = m.within
    entry |= {"measure": m.measure, "number": _number(m.mention.number)}
    if m.mention.qualifier != "exact":
        entry["qualifier"] = m.mention.qualifier
    if (lower := _lower(m)) is not None:
        entry["lower"] = _number(lower)
    entry |= {"unit": m.unit, "period": m.period, "region": list(m.regions)}
    for key in ("agency", "operation", "change_of"):
        if getattr(m, key):
            entry[key] = getattr(m, key)
    if m.mention.repair:
        entry["repair"] = {
            "rule": m.mention.repair,
            "naive": [_number(n) for n in m.mention.naive],
            "note": f"drafted: the text is garbled; read by {m.mention.repair}",
        }
    entry["confidence"] = m.confidence
    if m.review:
        entry["review"] = "; ".join(m.review)
    return entry


def _lower(m: DraftMeasurement) -> Decimal | None:
    """A range's lower end, read back from its quote (3至5吨 -> 3)."""
    return read_figure(m.mention.quote).low if m.mention.qualifier == "between" else None


def draft_yaml(draft: Draft) -> str:
    import yaml

    body = yaml.safe_dump(draft_data(draft), sort_keys=False, allow_unicode=True, width=100)
    return HEADER + body


def draft_rows(draft: Draft, labels: dict[str, str]) -> list[dict[str, str]]:
    """One row per drafted measurement, with the columns of the ``measurements`` query."""
    rows = []
    operations = {op.slug: op.label for op in draft.operations}
    for m in draft.measurements:
        has_value, low, high = BOUNDS[m.mention.qualifier]
        number = decimal_text(m.mention.number)
        rows.append(
            {
                "measure": labels.get(m.measure, m.measure),
                "value": number if has_value else "",
                "lower_bound": decimal_text(_lower(m) or m.mention.number)
                if low is not None
                else "",
                "upper_bound": number if high is not None else "",
                "qualifier": m.mention.qualifier,
                "unit": m.unit,
                "region": "; ".join(m.regions),
                "period": m.period,
                "operation": operations.get(m.operation or "", ""),
                "agency": draft.agencies[m.agency].label if m.agency in draft.agencies else "",
                "document": draft.doc_id,
                "start": str(m.mention.start),
                "end": str(m.mention.end),
                "exact": m.mention.quote,
            }
        )
    return rows


def draft_csv(draft: Draft, labels: dict[str, str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(draft_rows(draft, labels))
    return out.getvalue()
