"""English reports, round 22 (precision, branch ms23c): phone numbers the keys never count that
the phone rule missed. An extension after a number ("ext. 5800"), a second line offered after
"or" ("call 101 or, in an emergency, 999"), and introducers the rule lacked ("calls 911", "can be
contacted on", a short code written "#677"). Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

from tests.extract import sentences


def test_an_extension_is_no_figure() -> None:
    text = (
        "In 2024 officers seized 40 kilograms of cocaine. Anyone with information is asked to "
        "call the Vice Unit at 1-800-555-0199 ext. 4120, or Crime Stoppers."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_an_extension_after_a_comma() -> None:
    text = "In 2024 officers seized 40 kilograms of cocaine. Call the unit at 555-0101, ext. 2280."
    assert sentences.numbers(text) == [Decimal(40)]


def test_the_other_line_after_or_is_no_figure() -> None:
    text = (
        "In 2024 officers seized 40 kilograms of cocaine. If a child is at risk, call 101 or, "
        "in an emergency, 999. Tips go to the hotline at 555-TIPS or 411."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_more_introducers_of_a_phone_number() -> None:
    text = (
        "In 2024 officers seized 40 kilograms of cocaine. Anyone who calls 911 during an "
        "overdose is protected. Report drug activity by calling #555. The service can be "
        "contacted confidentially on 1300 22 4455."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_count_after_or_stays() -> None:
    text = "In 2024 police arrested 310 people or 12 more than in 2023, and called 40 witnesses."
    assert Decimal(310) in sentences.numbers(text) and Decimal(40) in sentences.numbers(text)


def test_a_bounded_quantity_a_rule_allows_is_no_seizure() -> None:
    text = (
        "In 2024 officers seized 40 kilograms of cocaine. Adults found with less than 4 grams of "
        "a controlled drug were referred to treatment. Officers issued notices, which apply to "
        "the possession of up to 50 grams of cannabis."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_someone_caught_with_a_bounded_quantity_stays_a_find() -> None:
    text = "In 2024 a courier was arrested in possession of less than 30 grams of heroin."
    assert Decimal(30) in sentences.numbers(text)


def test_where_an_offence_begins_is_a_rule() -> None:
    text = (
        "In 2024 officers seized 40 kilograms of cocaine. Trafficking in opium begins at 9 grams."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_finds_with_a_bound_stay_figures() -> None:
    text = (
        "In 2024 a courier was found with more than 2 kilograms of cocaine, and police arrested "
        "12 people for possession of more than 5 kilograms of heroin."
    )
    assert Decimal(2) in sentences.numbers(text) and Decimal(5) in sentences.numbers(text)


def test_a_count_after_calls_as_a_noun_stays() -> None:
    text = "In 2024 deputies responded to 318 overdose calls during the year, 24 of them fatal."
    assert Decimal(24) in sentences.numbers(text)
