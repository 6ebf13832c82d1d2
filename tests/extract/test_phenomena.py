"""Extraction phenomena, each parametrised over made-up sentences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from narcokg.extract.draft import Draft, draft_document
from narcokg.extract.periods import find_periods

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def draft(text: str, published: date = date(2024, 3, 1)) -> Draft:
    return draft_document(text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER)


def figures(text: str) -> list[tuple[Decimal, str, str]]:
    return [(m.mention.number, m.mention.qualifier, m.unit) for m in draft(text).measurements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 214,530 pills in 2023.", (Decimal(214530), "exact", "pill")),
        ("Police cracked 5100 cases in 2023.", (Decimal(5100), "exact", "case")),
        ("Some 2.3 million people were registered in 2023.", (Decimal(2300000), "about", "person")),
        ("Customs seized 31 tons of heroin in 2023.", (Decimal(31), "exact", "tonne")),
        ("Officers seized 18.4 tonnes of cocaine in 2023.", (Decimal("18.4"), "exact", "tonne")),
        ("Agents seized 9,120kg (20,106lbs) of cocaine.", (Decimal(9120), "exact", "kilogram")),
        ("The use rate was 1.2‰ of the population.", (Decimal("1.2"), "exact", "per-mille")),
        ("Agents found five milligrams of fentanyl.", (Decimal(5), "exact", "milligram")),
        ("Nearly 4,000 suspects were arrested.", (Decimal(4000), "nearly", "person")),
        ("Over 800 suspects were arrested.", (Decimal(800), "more-than", "person")),
    ],
)
def test_number_forms(text: str, expected: tuple[Decimal, str, str]) -> None:
    assert figures(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 period and the H5N1 outbreak were noted.",
        "Tablets of 3,4-MDMA were found.",
        "The ministry said on January 31 that work continued in 2023.",
        "Under Section 5 of the Act, possession is an offence.",
        "The city marked the 35th anniversary of the law.",
        "Offenders aged 16 to 59 were interviewed.",
        "One of the officers spoke.",
    ],
)
def test_non_statistics_are_skipped(text: str) -> None:
    assert figures(text) == []


def test_qualifier_scope_is_the_number_after_it() -> None:
    text = "In 2023, 1,200 former addicts stayed clean for more than two years."
    assert figures(text) == [(Decimal(1200), "exact", "person")]


@pytest.mark.parametrize(
    ("text", "published", "label"),
    [
        ("in 2022", date(2023, 6, 1), "2022"),
        ("as of the end of 2019", date(2020, 6, 1), "2019-12-31"),
        ("the year ending March 2022", date(2022, 11, 3), "FY2022"),
        ("in the first six months of this year", date(2023, 7, 12), "2023-H1"),
        ("last year", date(2024, 1, 31), "2023"),
        ("the 2022-23 financial year", date(2023, 8, 1), "FY2023"),
    ],
)
def test_periods_resolve_against_publication(text: str, published: date, label: str) -> None:
    assert [p.label for p in find_periods(text, published)] == [label]


def test_respectively_refers_back_with_mixed_directions() -> None:
    text = (
        "In 2023, police cracked 1,530 cases, arrested 2,090 suspects and seized 5.6 tons of "
        "drugs. Cases and suspects showed respective falls of 8.1% and 2.4%, and seizures a "
        "rise of 6%."
    )
    facts = {m.mention.quote: m for m in draft(text).measurements}
    ids = {m.mention.quote: m.id for m in facts.values()}
    assert facts["8.1%"].measure == "percentage-decrease"
    assert facts["2.4%"].measure == "percentage-decrease"
    assert facts["6%"].measure == "percentage-increase"
    assert [facts[q].change_of for q in ("8.1%", "2.4%", "6%")] == [
        ids["1,530 cases"],
        ids["2,090 suspects"],
        ids["5.6 tons of drugs"],
    ]


@pytest.mark.parametrize(
    ("text", "measure", "quote"),
    [
        ("In 2023 police cracked 4,000 cases, up 12.5% year-on-year.", "percentage-increase",
         "12.5%"),
        ("In 2023 police cracked 4,000 cases, down 3% on the previous year.",
         "percentage-decrease", "3%"),
        ("In 2023 DEA seized 58 million pills, more than a two-fold increase.", "fold-increase",
         "more than a two-fold increase"),
    ],
)  # fmt: skip
def test_changes_link_to_the_figure_they_change(text: str, measure: str, quote: str) -> None:
    facts = draft(text).measurements
    change = next(m for m in facts if m.mention.quote == quote)
    assert change.measure == measure
    assert change.change_of == facts[0].id


def test_machine_translation_garbles_are_repaired() -> None:
    text = "In 2023, the province cracked 5 cases across the provinceMore than 10,000 cases."
    (fact,) = draft(text).measurements
    assert (fact.mention.number, fact.mention.qualifier, fact.mention.repair) == (
        Decimal(51000),
        "more-than",
        "split-wan-decimal",
    )
    assert fact.review
