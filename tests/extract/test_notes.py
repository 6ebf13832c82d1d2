"""When a figure is kept from high confidence (issue 14, part 4): each rule of notes.py that the
dev high-confidence misses led to, on made-up sentences, with its counterpart that stays high."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from narcokg.extract.draft import draft_document
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.notes import passes_rules

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"


def figure(text: str, quote_start: str, published: date = date(2024, 3, 1)) -> DraftMeasurement:
    drafted = draft_document(
        text, "doc", published, file="doc.txt", gazetteer_file=GAZETTEER
    ).measurements
    found = [m for m in drafted if m.mention.quote.startswith(quote_start)]
    assert len(found) == 1, [m.mention.quote for m in drafted]
    return found[0]


def noted(fact: DraftMeasurement, words: str) -> bool:
    return any(words in note for note in fact.review)


COMMISSION = "Florida report 2023\n\nThe Florida Medical Examiners Commission released its report. "


def test_deaths_whose_clause_names_no_cause_are_not_high() -> None:
    fact = figure(COMMISSION + "Drugs were present in 1,043 deaths in 2023.", "1,043")
    assert fact.measure == "drug-related-deaths" and not passes_rules(fact)
    assert noted(fact, "deaths whose cause the figure's clause does not name")


def test_deaths_a_named_drug_was_present_in_are_that_drugs_deaths() -> None:
    # round 39: the calibration keys count "<drug> was present in N deaths" as <drug>-deaths
    # (deaths the drug was involved in, by toxicology: the registry's definition)
    fact = figure(COMMISSION + "Fentanyl was present in 1,043 deaths in 2023.", "1,043")
    assert fact.measure == "fentanyl-deaths"
    assert not noted(fact, "deaths whose cause the figure's clause does not name")


def test_deaths_of_an_overdose_can_be_high() -> None:
    fact = figure(COMMISSION + "In 2023, 1,043 people died of drug overdoses.", "1,043")
    assert fact.measure == "drug-related-deaths" and passes_rules(fact)
    assert not noted(fact, "deaths whose cause")


def test_drug_misuse_deaths_are_a_narrower_definition() -> None:
    text = "NRS report\n\nNational Records of Scotland registered 1,051 drug misuse deaths in 2022."
    fact = figure(text, "1,051")
    assert not passes_rules(fact) and noted(fact, "'drug misuse' deaths, a narrower definition")


PDEA = "PDEA annual report\n\nThe Philippine Drug Enforcement Agency reports. "


def test_cases_the_sentence_does_not_say_were_cracked_are_not_high() -> None:
    fact = figure(PDEA + "Prosecutors filed 39,870 drug cases in court in 2023.", "39,870")
    # round 8: cases a court acted on are proposed by that act, not read as cracked
    assert fact.measure == "drug-cases-filed" and not passes_rules(fact)
    assert noted(fact, "proposed")


def test_cracked_cases_can_be_high() -> None:
    fact = figure(PDEA + "Agents cracked 39,870 drug cases in 2023.", "39,870")
    assert fact.measure == "drug-crime-cases-cracked" and passes_rules(fact)


OPP = "OPP release\n\nThe Ontario Provincial Police reported on its work in 2023.\n\n"


def test_a_year_the_period_reader_did_not_take_keeps_a_context_period_from_high() -> None:
    text = (
        OPP + "By April 16, 2024, officers had executed warrants. Police seized 3.4 kilograms of "
        "heroin."
    )
    fact = figure(text, "3.4 kilograms", date(2024, 4, 25))
    assert fact.period == "2023" and not passes_rules(fact)
    assert noted(fact, "the paragraph also names 2024 in words not read as a period")


def test_a_context_period_with_no_other_year_in_the_paragraph_can_be_high() -> None:
    text = OPP + "Officers executed warrants. Police seized 3.4 kilograms of heroin."
    fact = figure(text, "3.4 kilograms", date(2024, 4, 25))
    assert fact.period == "2023" and passes_rules(fact)


def test_twelve_months_to_december_are_the_year_and_need_no_note() -> None:
    text = (
        "BOCSAR report\n\nThe NSW Bureau of Crime Statistics and Research released figures for "
        "the twelve months to December 2023.\n\n"
        "Police in New South Wales recorded 212 drug offences."
    )
    fact = figure(text, "212", date(2024, 3, 14))
    # round 7: the twelve months to December are the calendar year, so no note asks any more
    assert fact.period == "2023"
    assert not noted(fact, "the days of a whole calendar year")


def test_a_home_region_the_text_names_in_a_group_is_not_high() -> None:
    text = (
        "Justice statistics\n\nMinistry of Justice bulletin\n\n"
        "In Wales, 41,862 defendants were prosecuted in 2023.\n\n"
        "In total 38,905 offenders were convicted in 2023.\n\n"
        "Police forces in England and Wales moved to a new system."
    )
    fact = figure(text, "38,905")
    # the home: the region named most often (a group opening the lead would be the home itself,
    # test_en_context_round5.py)
    assert fact.regions == ("Wales",)
    assert not passes_rules(fact) and noted(fact, "the text names 'England and Wales'")


def test_a_home_region_named_alone_can_be_high() -> None:
    text = (
        "Justice statistics\n\nMinistry of Justice bulletin\n\n"
        "In Wales, 41,862 defendants were prosecuted in 2023.\n\n"
        "In total 38,905 offenders were convicted in 2023.\n\n"
        "Police forces in Wales moved to a new system."
    )
    fact = figure(text, "38,905")
    assert fact.regions == ("Wales",) and passes_rules(fact)


def test_a_change_of_an_unplaced_figure_says_it_has_no_region() -> None:
    """A change takes its base figure's regions and notes: an unplaced base's note too."""
    text = (
        "Annual drug statistics\n\n"
        "Officers seized 120 kilograms of heroin in 2023, an increase of 12% on 2022.\n"
    )
    gazetteer = Path(__file__).resolve().parents[2] / "graph" / "reference" / "regions.csv"
    draft = draft_document(text, "t", date(2024, 1, 31), file="t.txt", gazetteer_file=gazetteer)
    change = next(m for m in draft.measurements if m.unit == "percent")
    assert change.regions == ()
    assert any("no region" in note for note in change.review)
