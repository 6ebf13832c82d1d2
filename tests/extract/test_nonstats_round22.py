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
