"""English reports: where and when a figure was counted (issue 14, round 2). Made-up sentences,
one behaviour per test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.extract.draft import Draft, draft_document
from narcokg.extract.drafts import DraftMeasurement

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def draft(text: str, published: date = date(2024, 3, 1)) -> Draft:
    return draft_document(text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER)


def figure(text: str, quote_start: str, published: date = date(2024, 3, 1)) -> DraftMeasurement:
    found = [
        m for m in draft(text, published).measurements if m.mention.quote.startswith(quote_start)
    ]
    assert len(found) == 1, [m.mention.quote for m in draft(text, published).measurements]
    return found[0]


def test_a_foreign_country_named_in_passing_is_not_the_region() -> None:
    text = (
        "DEA results\n\nThe Drug Enforcement Administration seized 310 pounds of cocaine in "
        "2023. Most of it came from Colombia, and Colombia remains the main source.\n\n"
        "Colombia also destroyed labs, according to officials."
    )
    assert figure(text, "310 pounds").regions == ("United States",)


def test_a_later_clause_naming_a_foreign_country_does_not_place_the_figure() -> None:
    text = (
        "The Royal Canadian Mounted Police seized 42 kilograms of fentanyl "
        "in 2023 and traced the supply to brokers in Mexico."
    )
    assert figure(text, "42 kilograms").regions == ("Canada",)


def test_a_compound_jurisdiction_in_the_title_is_both_regions() -> None:
    text = (
        "Drug offences, England and Wales, 2023\n\nThe Home Office "
        "said police recorded 181,200 drug offences in 2023."
    )
    assert figure(text, "181,200").regions == ("England", "Wales")


def test_a_worldwide_figure_is_the_worlds() -> None:
    text = (
        "UNODC summary\n\nThe United Nations Office on Drugs and Crime "
        "said that globally, 296 million people used drugs in 2021."
    )
    assert figure(text, "296 million").regions == ("World",)


def test_a_share_of_a_global_total_belongs_to_the_country_named() -> None:
    text = (
        "UNODC summary\n\nThe UNODC said Peru accounted for 24% of global coca cultivation in 2022."
    )
    assert figure(text, "24%").regions == ("Peru",)


def test_a_report_title_year_names_no_period() -> None:
    text = (
        "World Drug Report 2025\n\nThe UNODC said cocaine seizures "
        "reached 2,100 tons worldwide, up from the year before."
    )
    fact = figure(text, "2,100 tons", date(2025, 6, 26))
    assert fact.period != "2025"


def test_a_state_fiscal_year_runs_july_to_june() -> None:
    text = (
        "The California Department of Justice said agents seized "
        "900 pounds of fentanyl in fiscal year 2022-23."
    )
    assert figure(text, "900 pounds").period == "2022-07-01/2023-06-30"


def test_texas_state_fiscal_year_runs_september_to_august() -> None:
    text = (
        "The Texas Department of Public Safety seized 1,300 "
        "pounds of methamphetamine in state fiscal year 2023."
    )
    assert figure(text, "1,300 pounds").period == "2022-09-01/2023-08-31"


def test_a_federal_fiscal_year_runs_october_to_september() -> None:
    text = "U.S. Customs and Border Protection seized 11,000 pounds of fentanyl in FY2021."
    assert figure(text, "11,000 pounds").period == "2020-10-01/2021-09-30"


def test_the_earlier_figure_of_from_to_keeps_its_own_year() -> None:
    text = (
        "The Home Office said seizures fell from 5,400 in the year "
        "ending March 2019 to 4,100 in the year ending March 2023."
    )
    assert figure(text, "5,400").period == "FY2019"


def test_a_change_from_a_base_year_takes_the_current_period() -> None:
    text = (
        "The Drug Enforcement Administration seized 8,800 pounds "
        "of fentanyl in 2023, up 12% from 2019."
    )
    assert figure(text, "12%").period == "2023"


def test_a_million_before_in_is_not_a_base_year() -> None:
    text = "The UNODC said the number of people who used drugs rose to 310 million in 2022."
    assert figure(text, "310 million").period == "2022"


def test_a_split_year_with_an_en_dash_is_a_financial_year() -> None:
    text = "The Australian Federal Police seized 4.1 tonnes of cocaine in 2021\u201322."
    assert figure(text, "4.1 tonnes").period == "2021-07-01/2022-06-30"


def test_an_international_report_on_one_country_is_that_countrys() -> None:
    text = (
        "Myanmar opium survey 2024\n\nThe UNODC said opium production reached 1,000 tons.\n\n"
        "Globally, production fell."
    )
    assert figure(text, "1,000 tons", date(2024, 12, 1)).regions == ("Myanmar",)
