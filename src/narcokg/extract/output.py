"""Write a draft: the fact-file YAML (see docs/facts.md; written by
:mod:`narcokg.model.fact_writer`) or the ``measurements`` CSV table."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from narcokg.extract.drafts import Draft, DraftMeasurement, DraftOperation
from narcokg.model.fact_writer import Layout, fact_file_data, fact_file_text
from narcokg.model.facts import (
    AgencyFact,
    DocumentFacts,
    FactFile,
    MeasurementFact,
    OperationFact,
    RepairFact,
)
from narcokg.model.numbers import BOUNDS, decimal_text, read_figure
from narcokg.model.periods import canonical_label

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


#: How drafts are laid out: every region as a list, the date quoted (as drafts always were).
LAYOUT = Layout(header=HEADER, date_as_text=True)


def draft_facts(draft: Draft) -> FactFile:
    """The draft as the facts its file states (the reviewer's notes aside)."""
    document = DocumentFacts(
        id=draft.doc_id,
        file=draft.file,
        title=draft.title,
        published=draft.published,
        publisher=draft.publisher or None,
        language=draft.language,
        translated_from=draft.translated_from or None,
    )
    agencies = tuple(
        AgencyFact(a.slug, a.label, a.jurisdiction or None, a.part_of or None)
        for a in draft.agencies.values()
    )
    return FactFile(
        path=Path(f"{draft.doc_id}.yaml"),
        document=document,
        agencies=agencies,
        operations=tuple(_operation(op) for op in draft.operations),
        measurements=tuple(_measurement(m) for m in draft.measurements),
    )


def _operation(op: DraftOperation) -> OperationFact:
    return OperationFact(
        slug=op.slug,
        label=op.label,
        quote=op.quote,
        within=op.within or None,
        conducted_by=op.conducted_by,
        regions=op.regions,
        # a draft without regions never said whether they were complete: the reader's default
        regions_complete=op.regions_complete or not op.regions,
        period=canonical_label(op.period) if op.period else op.period,
        alt_labels=op.alt_labels,
    )


def _measurement(m: DraftMeasurement) -> MeasurementFact:
    mention = m.mention
    repair = None
    if mention.repair:
        note = f"drafted: the text is garbled; read by {mention.repair}"
        repair = RepairFact(mention.repair, note, tuple(mention.naive))
    return MeasurementFact(
        id=m.id,
        quote=mention.quote,
        measure=m.measure,
        number=mention.number,
        unit=m.unit,
        period=canonical_label(m.period),  # as the reader reads it
        regions=m.regions,
        qualifier=mention.qualifier,
        lower=_lower(m),
        denominator=m.denominator,
        within=m.within or None,
        agency=m.agency or None,
        operation=m.operation or None,
        repair=repair,
        change_of=m.change_of or None,
    )


def _lower(m: DraftMeasurement) -> Decimal | None:
    """A range's lower end, read back from its quote (3至5吨 -> 3)."""
    return read_figure(m.mention.quote).low if m.mention.qualifier == "between" else None


def _notes(draft: Draft) -> dict[str, dict[str, Any]]:
    """The reviewer's notes on each measurement: the extractor's confidence, what to check."""
    notes: dict[str, dict[str, Any]] = {}
    for m in draft.measurements:
        notes[m.id] = {"confidence": m.confidence}
        if m.review:
            notes[m.id]["review"] = "; ".join(m.review)
    return notes


def draft_data(draft: Draft) -> dict[str, Any]:
    """The draft as the mapping its fact file holds (notes included)."""
    return fact_file_data(draft_facts(draft), LAYOUT, _notes(draft))


def draft_yaml(draft: Draft) -> str:
    return fact_file_text(draft_facts(draft), LAYOUT, _notes(draft))


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
                "lower_bound": number if low is not None else "",
                "upper_bound": number if high is not None else "",
                "qualifier": m.mention.qualifier,
                "unit": m.unit,
                "region": "; ".join(m.regions),
                "period": canonical_label(m.period),
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
