"""The one fact-file writer: what it writes, the reader reads back to an equal FactFile."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from itertools import product
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from narcokg.errors import FactError
from narcokg.model.fact_writer import Layout, fact_file_text
from narcokg.model.facts import (
    AgencyFact,
    DocumentFacts,
    FactFile,
    MeasurementFact,
    OperationFact,
    RepairFact,
    load_facts,
)
from narcokg.model.numbers import QUALIFIERS

ROOT = Path(__file__).resolve().parent.parent
KEY_FILES = sorted(
    p
    for pattern in ("corpus/*.yaml", "corpus/zh/*.yaml", "graph/facts/*.yaml", "examples/*/facts/*")
    for p in ROOT.glob(pattern)
    if p.name not in {"splits.yaml", "split.yaml"}
)
#: Every combination of the layout's choices (the header aside).
LAYOUTS = [Layout("# a header\n", *flags) for flags in product((False, True), repeat=4)]


def read_back(facts: FactFile, layout: Layout, notes: dict[str, dict[str, object]] | None = None):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.yaml"
        path.write_text(fact_file_text(facts, layout, notes), encoding="utf-8")
        return replace(load_facts(path), path=facts.path)


def test_the_key_files_are_found() -> None:
    assert len(KEY_FILES) >= 20


@pytest.mark.parametrize("path", KEY_FILES, ids=lambda p: p.name)
def test_every_key_file_reads_back_equal(path: Path) -> None:
    facts = load_facts(path)
    for layout in LAYOUTS:
        assert read_back(facts, layout) == facts


# Texts the reader accepts: non-empty, not only blanks; no lone surrogates (not UTF-8).
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
    str.strip
)
slug = st.from_regex(r"[a-z0-9][a-z0-9-]{0,12}", fullmatch=True)
tag = st.from_regex(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", fullmatch=True)
# (tag, label) pairs grouped by tag, as the reader gives them
labels = st.dictionaries(tag, st.lists(text, min_size=1, max_size=2), max_size=2).map(
    lambda by_tag: tuple((t, label) for t, texts in by_tag.items() for label in texts)
)
maybe = st.none() | text
number = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15)

document = st.builds(
    DocumentFacts,
    id=slug,
    file=text,
    title=text,
    published=st.dates(),
    publisher=maybe,
    reporters=st.lists(text, max_size=2).map(tuple),
    language=tag,
    translated_from=maybe,
    note=maybe,
    translation_of=maybe,
)
agency = st.builds(
    AgencyFact, slug=slug, label=text, jurisdiction=maybe, part_of=maybe, alt_labels=labels
)
operation = st.builds(
    OperationFact,
    slug=slug,
    label=text,
    quote=maybe,
    within=maybe,
    comment=maybe,
    organised_by=maybe,
    conducted_by=st.lists(text, max_size=2).map(tuple),
    regions=st.lists(text, max_size=2).map(tuple),
    regions_complete=st.booleans(),
    period=maybe,
    alt_labels=labels,
)
repair = st.builds(
    RepairFact,
    rule=text,
    note=text.map(lambda t: " ".join(t.split())).filter(bool),  # the reader joins blanks
    naive=st.lists(number, max_size=2).map(tuple),
    corroboration=maybe,
)
measurement = st.builds(
    MeasurementFact,
    id=slug,
    quote=text,
    measure=text,
    number=number,
    unit=text,
    period=text,
    regions=st.lists(text, min_size=1, max_size=3).map(tuple),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    within=maybe,
    agency=maybe,
    operation=maybe,
    repair=st.none() | repair,
    change_of=maybe,
    renders=maybe,
    lower=st.none() | number,
    denominator=st.none() | number.filter(lambda n: n > 0),
).filter(lambda m: (m.lower is not None) == (m.qualifier == "between"))
measurement = measurement.filter(lambda m: m.denominator is None or m.number <= m.denominator)


def _unique(items: list, key: str) -> tuple:
    return tuple({getattr(i, key): i for i in items}.values())


fact_files = st.builds(
    FactFile,
    path=st.just(Path("facts.yaml")),
    document=document,
    agencies=st.lists(agency, max_size=3).map(lambda a: _unique(a, "slug")),
    operations=st.lists(operation, max_size=3).map(lambda o: _unique(o, "slug")),
    measurements=st.lists(measurement, max_size=4).map(lambda m: _unique(m, "id")),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=fact_files, layout=st.sampled_from(LAYOUTS))
def test_what_is_written_reads_back_equal(facts: FactFile, layout: Layout) -> None:
    assert read_back(facts, layout) == facts


def test_numbers_keep_every_digit() -> None:
    facts = load_facts(KEY_FILES[0])
    precise = Decimal("1234.56789012345678901")
    m = replace(facts.measurements[0], number=precise)
    back = read_back(replace(facts, measurements=(m,)), Layout())
    assert back.measurements[0].number == precise


def test_notes_are_written_and_ignored_by_the_reader() -> None:
    facts = load_facts(KEY_FILES[0])
    first = facts.measurements[0].id
    notes = {first: {"confidence": 0.5, "review": "check the unit"}}
    assert "review: check the unit" in fact_file_text(facts, Layout(), notes)
    assert read_back(facts, Layout(), notes) == facts


def test_unknown_notes_are_refused() -> None:
    facts = load_facts(KEY_FILES[0])
    with pytest.raises(ValueError, match="notes may hold only"):
        fact_file_text(facts, Layout(), {facts.measurements[0].id: {"number": 3}})


def test_synthetic_fact_files_are_what_the_writer_writes(tmp_path: Path) -> None:
    """Reading a generated fact file and writing it again gives the same bytes."""
    from narcokg.synth.corpus import write_corpus
    from narcokg.synth.facts import LAYOUT

    write_corpus(tmp_path, 12, seed=5)
    files = sorted((tmp_path / "facts").glob("*.yaml"))
    assert len(files) == 12
    for path in files:
        assert fact_file_text(load_facts(path), LAYOUT) == path.read_text(encoding="utf-8")


def test_drafts_read_back_to_the_facts_drafted() -> None:
    """A draft of a sample of corpus reports, English and Chinese, reads back to the facts it was
    written from (tests/extract/test_review.py checks every report's draft the same way)."""
    from narcokg.extract.draft import draft_document
    from narcokg.extract.output import draft_facts, draft_yaml

    texts = sorted(ROOT.glob("corpus/*.txt"))[::50] + sorted(ROOT.glob("corpus/zh/*.txt"))[::5]
    assert len(texts) > 25
    gazetteer = ROOT / "graph" / "reference" / "regions.csv"
    for text in texts:
        source = text.read_text(encoding="utf-8")
        draft = draft_document(
            source, text.stem, date(2024, 1, 31), file=text.name, gazetteer_file=gazetteer
        )
        facts = draft_facts(draft)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "draft.yaml"
            path.write_text(draft_yaml(draft), encoding="utf-8")
            unplaced = [m for m in draft.measurements if not m.regions]
            if unplaced:
                # a figure placed nowhere must be reviewed: the note says so, the reader refuses it
                assert all(any("region" in note for note in m.review) for m in unplaced)
                with pytest.raises(FactError, match="`region` is missing"):
                    load_facts(path)
                continue
            assert replace(load_facts(path), path=facts.path) == facts, text.name
