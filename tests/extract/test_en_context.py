"""English reports: a figure's period, region and agency, and when its confidence is high (issue
14, round 4). Made-up sentences, one behaviour per test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.extract.draft import Draft, draft_document
from narcokg.extract.drafts import DraftMeasurement

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def draft(text: str, published: date = date(2024, 3, 1)) -> Draft:
    return draft_document(text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER)


def figure(text: str, quote_start: str, published: date = date(2024, 3, 1)) -> DraftMeasurement:
    drafted = draft(text, published).measurements
    found = [m for m in drafted if m.mention.quote.startswith(quote_start)]
    assert len(found) == 1, [m.mention.quote for m in drafted]
    return found[0]


# confidence


def test_the_home_region_with_no_rival_in_the_paragraph_can_be_high() -> None:
    text = "DEA report\n\nThe Drug Enforcement Administration made 2,100 arrests in 2023."
    fact = figure(text, "2,100 arrests")
    assert fact.regions == ("United States",) and fact.confidence >= 0.9
    assert any("home region" in n for n in fact.review)


def test_a_context_region_with_a_rival_in_the_paragraph_is_not_high() -> None:
    text = (
        "DEA report\n\nThe Drug Enforcement Administration made 2,100 arrests in 2023. "
        "Agents also worked with police in Mexico."
    )
    fact = figure(text, "2,100 arrests")
    assert fact.confidence < 0.9
    assert any("the paragraph also names Mexico" in n for n in fact.review)


def test_a_paragraph_naming_two_periods_keeps_its_figures_from_high() -> None:
    text = (
        "DEA report\n\nIn the United States, the Drug Enforcement Administration made 2,100 "
        "arrests in 2023. In 2022, agents seized 40 kilograms of heroin."
    )
    fact = figure(text, "2,100 arrests")
    assert fact.confidence < 0.9
    assert any("the paragraph also names '2022'" in n for n in fact.review)


def test_a_base_year_is_not_a_rival_period() -> None:
    text = (
        "DEA report\n\nIn the United States, the Drug Enforcement Administration made 2,100 "
        "arrests in 2023, compared with 2022."
    )
    assert figure(text, "2,100 arrests").confidence >= 0.9


def test_a_period_from_the_report_not_the_paragraph_is_noted_but_can_be_high() -> None:
    text = "DEA report 2023\n\nIn 2023, agents were busy.\n\nThe DEA made 2,100 arrests."
    fact = figure(text, "2,100 arrests")
    assert fact.period == "2023" and fact.confidence >= 0.9
    assert any(n.startswith("period '2023': the report's main period") for n in fact.review)
