"""Issue 14 round 5 (measures): multiplier words, drug-specific bare numbers, running totals,
subgroups and litres, one behaviour per test, on made-up sentences (none from the corpus)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from narcokg.extract.draft import Draft, draft_document
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.notes import passes_rules
from narcokg.model.numbers import read_figure

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"
TITLE = "Release\n\n"


def draft(text: str) -> Draft:
    return draft_document(text, "doc", date(2024, 3, 1), file="doc.txt", gazetteer_file=GAZETTEER)


def figure(text: str, number: str, unit: str | None = None) -> DraftMeasurement:
    found = [
        m
        for m in draft(TITLE + text).measurements
        if m.mention.number == Decimal(number) and (unit is None or m.unit == unit)
    ]
    assert len(found) == 1, [m.mention.quote for m in draft(TITLE + text).measurements]
    return found[0]


@pytest.mark.parametrize(
    ("quote", "number", "qualifier"),
    [
        ("twice", 2, "exact"),
        ("more than triple", 3, "more-than"),
        ("threefold", 3, "exact"),
        ("fivefold", 5, "exact"),
        ("tripled", 3, "exact"),
        ("nearly doubled", 2, "nearly"),
        ("halved", 2, "exact"),
    ],
)
def test_the_builds_reader_reads_multiplier_words(quote: str, number: int, qualifier: str) -> None:
    stated = read_figure(quote)
    assert (stated.number, stated.qualifier) == (Decimal(number), qualifier)


def test_double_is_a_fold_only_before_a_comparison() -> None:
    assert read_figure("double the amount").number == 2
    with pytest.raises(ValueError):
        read_figure("a double murder")


@pytest.mark.parametrize(
    ("text", "quote", "number", "measure"),
    [
        ("Police seized 610 kilograms of heroin in 2023; seizures had tripled since 2021.",
         "tripled", 3, "fold-increase"),
        ("Customs seized 9 tonnes of cocaine in 2023, twice as much as in 2022.",
         "twice", 2, "fold-increase"),
        ("Police seized 8 tonnes of cannabis in 2023, a fivefold rise on 2022.",
         "fivefold", 5, "fold-increase"),
        ("Police recorded 410 overdose deaths in 2023; the number had halved since 2019.",
         "halved", 2, "fold-decrease"),
    ],
)  # fmt: skip
def test_the_extractor_drafts_multiplier_words_as_fold_changes_of_their_figure(
    text: str, quote: str, number: int, measure: str
) -> None:
    fact = figure(text, str(number), unit="fold")
    assert fact.mention.quote.startswith(quote)  # "fivefold rise", as "a two-fold increase"
    assert fact.measure == measure
    level = [m for m in draft(TITLE + text).measurements if m.unit != "fold"]
    assert fact.change_of == level[0].id
    # what the extractor quotes, the build's reader reads to the same number
    assert read_figure(fact.mention.quote).number == fact.mention.number


def test_twice_is_a_fold_only_before_a_comparison() -> None:
    assert figure("Arrests in 2023 were twice as many as in 2022.", "2").unit == "fold"
    assert draft(TITLE + "The man was arrested twice in 2023.").measurements == []


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Overdose deaths totalled 920 in 2023, of which 610 involved heroin.", "610",
         "heroin-deaths"),
        ("Overdose deaths totalled 920 in 2023; heroin was involved in 610.", "610",
         "heroin-deaths"),
        ("Cocaine caused 2,367 deaths in 2023, and methamphetamine 1,491.", "1491",
         "methamphetamine-deaths"),
        ("Deaths caused by benzodiazepines fell by 124 to 755 in 2023.", "755",
         "benzodiazepine-deaths"),
    ],
)  # fmt: skip
def test_a_bare_number_whose_own_words_name_a_drug_keeps_that_drug(
    text: str, number: str, measure: str
) -> None:
    fact = figure(text, number)
    assert (fact.measure, fact.unit) == (measure, "person")
    assert any("a drug is named for it" in note for note in fact.review)


def test_litres_are_a_volume_unit_read_alike_by_the_reader_and_the_extractor() -> None:
    assert read_figure("2,760 liters of liquid precursors").unit == "litre"
    fact = figure("Agents recovered 2,760 liters of liquid precursors in 2023.", "2760")
    assert (fact.measure, fact.unit) == ("liquid-precursors-seized", "litre")
    assert not any(note.startswith("unit") for note in fact.review), fact.review  # stated


def test_a_draft_with_litres_and_a_multiplier_word_builds_and_validates(tmp_path: Path) -> None:
    from rdflib import Graph

    from narcokg.build.graph import build_workspace
    from narcokg.build.store import serialize_triples
    from narcokg.extract.output import draft_yaml
    from narcokg.model.workspace import init_workspace
    from narcokg.validation.reference import validate_graph

    text = (
        "Customs results\n\nIn 2023, customs officers in Yunnan seized 3 tonnes of heroin, more "
        "than triple the amount seized in 2022, and 4,500 litres of precursor chemicals.\n"
    )
    workspace = init_workspace(tmp_path / "ws")
    (workspace.sources_dir / "doc.txt").write_text(text, encoding="utf-8")
    drafted = draft_document(
        text, "doc", date(2024, 3, 1), file="doc.txt", gazetteer_file=GAZETTEER
    )
    assert {(m.measure, m.unit) for m in drafted.measurements} == {
        ("heroin-seized", "tonne"),
        ("fold-increase", "fold"),
        ("liquid-precursors-seized", "litre"),
    }
    (workspace.facts_dir / "doc.yaml").write_text(draft_yaml(drafted), encoding="utf-8")
    graph = Graph().parse(data=serialize_triples(build_workspace(workspace)), format="turtle")
    report = validate_graph(graph)
    assert report.conforms, report.to_text()


RUNNING = "a running total"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Police arrested 45 people in March 2024, bringing the total to 1,230.", "1230",
         "suspects-arrested"),
        ("Since the scheme began in 2019, police have seized 812 kilograms of heroin.", "812",
         "heroin-seized"),
        ("By the end of 2023 the line had taken 52,000 calls since it opened in 2016.", "52000",
         None),
    ],
)  # fmt: skip
def test_a_running_total_keeps_its_flow_measure_and_says_what_its_period_must_be(
    text: str, number: str, measure: str | None
) -> None:
    fact = figure(text, number)
    assert measure is None or fact.measure == measure
    assert any(note.startswith("period: " + RUNNING) for note in fact.review)
    assert not passes_rules(fact)


def test_only_the_figure_a_running_total_cue_introduces_is_one() -> None:
    text = "Police arrested 45 people in March 2024, bringing the total to 1,230."
    assert not any(RUNNING in note for note in figure(text, "45").review)
    assert any(RUNNING in note for note in figure(text, "1230").review)
    plain = "A total of 27.3 tonnes of drugs were seized in 2022."
    assert not any(RUNNING in note for note in figure(plain, "27.3").review)


@pytest.mark.parametrize(
    ("text", "number", "subgroup"),
    [
        ("Police arrested 8,200 people in 2023. Women accounted for 910 of those arrested.",
         "910", "Women"),
        ("Of the 2,300 people charged with supply in 2023, 640 were aged under 25.", "640",
         "aged under"),
        ("In 2023 the clinics tested 14,500 people for hepatitis C.", "14500", "hepatitis C"),
        ("Police detained 9,100 people in 2023, of whom 1,020 were foreign nationals.", "1020",
         "foreign nationals"),
    ],
)  # fmt: skip
def test_a_subgroup_count_names_its_subgroup_and_is_never_high(
    text: str, number: str, subgroup: str
) -> None:
    fact = figure(text, number)
    assert any(f"counts a subgroup ({subgroup!r})" in note for note in fact.review)
    assert not passes_rules(fact)


def test_an_age_limit_after_aged_is_no_figure() -> None:
    text = "Of the 2,300 people charged with supply in 2023, 640 were aged under 25."
    numbers = {m.mention.number for m in draft(TITLE + text).measurements}
    assert numbers == {Decimal(2300), Decimal(640)}


def test_a_running_total_since_a_stated_year_runs_from_that_year() -> None:
    text = "Since the task force began in 2020, officers have seized 3,100 kilograms of cocaine."
    fact = figure(text, "3100")
    assert fact.period.startswith("2020-01-01/")
    assert any(note.startswith("period: " + RUNNING) for note in fact.review)
    # "the highest level since ..." compares; it counts nothing since then
    text = (
        "Police recorded 7,400 seizures in 2023, the highest level since the series began in 2008."
    )
    compared = figure(text, "7400")
    assert compared.period == "2023"
    assert not any(RUNNING in note for note in compared.review)
