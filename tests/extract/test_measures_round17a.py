"""English reports, round 17 (branch ms18a): figures whose key names a registry measure that the
draft proposed a name for. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from narcokg.extract.drafts import DraftMeasurement
from narcokg.model.registry import registry
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Border bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        (
            "Officers took 2.6 million lempiras in cash from a stash house.",
            "2.6 million lempiras",
            "lempira",
        ),
        (
            "Cash seized in the raids amounted to 410 million colones.",
            "410 million colones",
            "colon",
        ),
        (
            "Police recovered 9.1 million leones in cash from dealers.",
            "9.1 million leones",
            "leone",
        ),
        ("Agents seized 3.3 million Czech koruna in cash.", "3.3 million Czech koruna", "koruna"),
        ("Customs seized 21 million dinars in cash at the port.", "21 million dinars", "dinar"),
        ("- 4.4 million escudos in cash seized", "4.4 million escudos", "escudo"),
        ("Cash seized: 6.2 million quetzales in all.", "6.2 million quetzales", "quetzal"),
        ("Cash of 640,000 Omani rials was confiscated.", "640,000 Omani rials", "omani-rial"),
        ("Officers seized PLN 7.5 million in cash.", "PLN 7.5 million", "zloty"),
    ],
)
def test_cash_in_a_currency_named_after_the_amount_is_cash_seized(
    text: str, quote: str, unit: str
) -> None:
    found = facts(text)[quote]
    assert (found.measure, found.unit) == ("cash-seized", unit)


def test_the_cfa_franc_is_not_the_swiss_franc() -> None:
    found = facts("The drugs seized were worth about 3.1 billion CFA francs.")
    assert found["about 3.1 billion CFA francs"].unit == "cfa-franc"
    assert (
        facts("Officers seized 900,000 Swiss francs in cash.")["900,000 Swiss francs"].unit
        == "franc"
    )


def test_a_pound_without_its_country_stays_a_mass() -> None:
    found = facts("Assets worth 52 million Egyptian pounds were frozen; 40 pounds of hashish too.")
    assert found["52 million Egyptian pounds"].unit == "egyptian-pound"
    assert found["40 pounds of hashish too"].unit == "pound"


def test_every_currency_the_extractor_names_is_a_money_unit_of_the_ontology() -> None:
    from narcokg import paths
    from narcokg.extract.proposals import MONEY_UNITS

    text = paths.ontology_file().read_text(encoding="utf-8")
    for unit in MONEY_UNITS:
        assert f'skos:notation "{unit}"' in text, unit
    assert registry().measures["cash-seized"].kind == "money"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        (
            "From January to June, the city public security organs cracked drug criminal cases "
            "2,140 pieces, year-on-year increased 5.1%.",
            "2,140",
            "drug-crime-cases-cracked",
        ),
        (
            "Two county bureaus respectively cracked drug criminal cases 502, 266 pieces.",
            "266",
            "drug-crime-cases-cracked",
        ),
        (
            "Two counties cracked drug cases 198 rises and 141 rises respectively.",
            "141",
            "drug-crime-cases-cracked",
        ),
        (
            "Among them, cracked drug trafficking cases 1,905 pieces.",
            "1,905",
            "drug-trafficking-cases-cracked",
        ),
    ],
)
def test_a_translated_measure_word_leaves_the_noun_before_the_count(
    text: str, number: str, measure: str
) -> None:
    assert sentences.figure(text, number).measure == measure


def test_pieces_of_something_are_still_counted() -> None:
    found = sentences.figure("Police seized 40 pieces of jewellery in the raid.", "40")
    assert found.measure != "drug-crime-cases-cracked"
    assert "jewellery" in found.measure


@pytest.mark.parametrize(
    ("text", "quote", "measure"),
    [
        (
            "At present, the county existing drug addicts 5,912 people, of which 3 years not "
            "found relapse 3,870 people, the ratio 65.5%.",
            "3,870 people",
            "drug-users-abstinent",
        ),
        (
            "At the end of 2024 the city's existing drug users 5,834 people; the number of people "
            "who have been abstinent for three years without relapse reached 8,217 people.",
            "8,217 people",
            "drug-users-abstinent",
        ),
        (
            "The county is implementing community drug rehabilitation and community "
            "rehabilitation 1,206 people.",
            "1,206 people",
            "drug-users-in-treatment",
        ),
        (
            "At present, 1,434 people are carrying out community drug rehabilitation in the "
            "whole county.",
            "1,434 people",
            "drug-users-in-treatment",
        ),
    ],
)
def test_the_clause_before_a_vague_count_names_its_people(
    text: str, quote: str, measure: str
) -> None:
    assert facts(text)[quote].measure == measure


def test_a_clause_before_that_names_nothing_leaves_the_proposal() -> None:
    found = facts("Volunteers held 40 talks in the county's villages, reaching 12,000 people.")
    assert found["12,000 people"].measure not in registry().measures


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        (
            "The county organised hair testing among key personnel. 31,200 people were tested, "
            "of which 53 people tested positive.",
            "31,200 people",
            "person",
        ),
        (
            "The bureau carried out hair drug testing on more than 28,000 key persons, 85 of "
            "which were positive.",
            "more than 28,000 key persons",
            "sample",
        ),
        (
            "The city organised hair drug testing of key personnel, tested 38,600 person-times, "
            "202 of which were positive.",
            "38,600 person-times",
            "sample",
        ),
    ],
)
def test_the_whole_a_positive_part_was_found_in_was_tested(
    text: str, quote: str, unit: str
) -> None:
    found = facts(text)[quote]
    assert (found.measure, found.unit) == ("samples-tested", unit)


def test_a_whole_the_registry_names_keeps_its_measure() -> None:
    found = facts("Officers conducted 8,420 roadside drug tests, and 512 of them were positive.")
    assert found["8,420 roadside drug tests"].measure == "roadside-drug-tests-conducted"


@pytest.mark.parametrize(
    ("text", "quote", "measure", "unit"),
    [
        (
            "Customs officers made 14,310 drug seizures at the border in the year ending March "
            "2024. That is 6% more than in 2022 to 2023 (13,934).",
            "13,934",
            "drug-seizures",
            "seizure",
        ),
        (
            "In the first quarter there were 29 drug toxicity deaths in the province. In the same "
            "quarter of 2025 there were 21.",
            "21",
            "drug-related-deaths",
            "person",
        ),
        ("Heroin: 19 kilograms (57). Ecstasy: 18,950 tablets.", "57", "heroin-seized", "kilogram"),
        (
            "The homicide rate fell to 14.1 per 100,000 inhabitants in the twelve months to "
            "September, from 18.7 a year earlier.",
            "18.7",
            "homicide-rate",
            "per-100000",
        ),
    ],
)
def test_a_count_nothing_named_counts_what_the_count_before_it_counts(
    text: str, quote: str, measure: str, unit: str
) -> None:
    found = facts(text)[quote]
    assert (found.measure, found.unit) == (measure, unit)


def test_a_respectively_run_nothing_named_takes_the_counts_before_in_order() -> None:
    found = facts(
        "The agency dismantled 7 clandestine laboratories and 114 drug dens this year. In the "
        "same period of 2024, the figures were 5 and 151, respectively."
    )
    assert found["5"].measure == "laboratories-dismantled"
    assert found["151"].measure == "drug-dens-dismantled"


def test_a_count_after_a_paragraph_break_borrows_nothing() -> None:
    found = facts("The unit dismantled 7 laboratories.\n\nIn 2024 it was 21.")
    assert found["21"].measure == "unknown-measure"


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, 10,582 people received treatment for drug use at the new clinics.",
        "In 2024, 10,582 people received rehabilitation services at the agency's centres.",
        "During the year 10,582 persons sought treatment at government centres.",
    ],
)
def test_people_who_received_or_sought_treatment_were_admitted(text: str) -> None:
    found = next(f for q, f in facts(text).items() if q.startswith("10,582"))
    assert found.measure == "people-admitted-to-treatment"


def test_people_who_received_fines_were_not_treated() -> None:
    found = next(f for q, f in facts("In 2024, 300 people received fines.").items())
    assert found.measure != "people-admitted-to-treatment"


@pytest.mark.parametrize(
    "text",
    [
        "During the quarter, police recorded 38,612 drug-related crimes in the province.",
        "Since January, the ministry's bodies have detected 38,612 drug-related crimes.",
    ],
)
def test_drug_related_crimes_are_offences_recorded(text: str) -> None:
    found = next(f for q, f in facts(text).items() if q.startswith("38,612"))
    assert (found.measure, found.unit) == ("drug-offences-recorded", "case")


def test_crimes_a_court_tried_are_not_drug_related_crimes() -> None:
    found = facts("Courts tried 38,612 people for drug-related crimes in 2024.")
    assert next(iter(found.values())).measure != "drug-offences-recorded"
