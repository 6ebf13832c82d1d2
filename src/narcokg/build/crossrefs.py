"""Checks across fact files: unique document ids, and translations tied to their originals
(``translation_of`` names a document of the workspace, ``renders`` one of its figures)."""

from __future__ import annotations

from narcokg.errors import FactError
from narcokg.model.facts import FactFile
from narcokg.model.sources import SourceText
from narcokg.model.spans import Span, find_quote


def check_agencies(files: list[FactFile]) -> None:
    """An agency has one label per language, and the agency it is part of is defined."""
    labels: dict[tuple[str, str], tuple[str, FactFile]] = {}
    for facts in files:
        for agency in facts.agencies:
            known = labels.setdefault((agency.slug, facts.document.language), (agency.label, facts))
            if known[0] != agency.label:
                raise FactError(
                    f"{facts.path}: agency {agency.slug!r}: labelled {agency.label!r} here but "
                    f"{known[0]!r} in {known[1].path}"
                )
    defined = {slug for slug, _ in labels}
    for facts in files:
        for agency in facts.agencies:
            if agency.part_of and agency.part_of not in defined:
                raise FactError(
                    f"{facts.path}: agency {agency.slug!r} is part of unknown agency "
                    f"{agency.part_of!r}"
                )


def check_unique_documents(files: list[FactFile]) -> None:
    seen: dict[str, FactFile] = {}
    for facts in files:
        other = seen.setdefault(facts.document.id, facts)
        if other is not facts:
            raise FactError(
                f"{facts.path}: document id {facts.document.id!r} is also used by {other.path}"
            )


def check_translations(files: list[FactFile]) -> None:
    """``translation_of`` names a document of the workspace; ``renders`` one of its figures."""
    figures = {f.document.id: {m.id for m in f.measurements} for f in files}
    for facts in files:
        original = facts.document.translation_of
        if original is not None and original not in figures:
            raise FactError(
                f"{facts.path}: translation_of {original!r} is not a document of the workspace"
            )
        for fact in facts.measurements:
            if fact.renders and original is None:
                raise FactError(
                    f"{facts.path}: measurement {fact.id!r} has `renders` but the document has "
                    "no `translation_of: <original id>`"
                )
            if fact.renders and original and fact.renders not in figures[original]:
                raise FactError(
                    f"{facts.path}: measurement {fact.id!r} renders {fact.renders!r}, "
                    f"which is not a measurement of {original!r}"
                )


def rendered_spans(
    files: list[FactFile],
    sources: dict[str, SourceText],
    originals: list[FactFile] | None = None,
) -> dict[tuple[str, str], Span]:
    """The figure span of every original figure a translated figure of ``files`` renders, by
    (doc, fact): the original's words a repair of the translation is corroborated by. The
    originals are among ``originals`` (default: ``files``), their texts in ``sources``."""
    by_id = {f.document.id: f for f in (files if originals is None else originals)}
    wanted = {
        (f.document.translation_of, m.renders)
        for f in files
        for m in f.measurements
        if f.document.translation_of and m.renders
    }
    spans = {}
    for doc_id, fact_id in sorted(wanted):
        fact = next(m for m in by_id[doc_id].measurements if m.id == fact_id)
        spans[(doc_id, fact_id)] = find_quote(sources[doc_id].text, fact.quote, within=fact.within)
    return spans
