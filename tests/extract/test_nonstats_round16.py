"""Round 16: one rule for phone numbers, short codes and hotlines (:func:`unkeyed.not_keyed`) and
one for the amount a law names (:func:`legal_amounts.rule_amount`), where rounds 6, 7 and 14 each
had their own. Each way in of the old copies is pinned on the merged rule itself, with a
counter-example it must not fire on. Made-up sentences."""

from __future__ import annotations

import re

import pytest

from narcokg.extract.figures import FIGURE
from narcokg.extract.legal_amounts import rule_amount
from narcokg.extract.unkeyed import not_keyed
from narcokg.model.numbers import UNIT_WORDS


def _match(text: str, number: str) -> re.Match[str]:
    found = [m for m in FIGURE.finditer(text) if m["num"] == number]
    assert len(found) == 1, [m.group() for m in FIGURE.finditer(text)]
    return found[0]


def phone(text: str, number: str) -> bool:
    match = _match(text, number)
    start, end = match.span("num")
    return not_keyed(match, text[:start], text[end:]) is not None


def law_amount(text: str, number: str) -> bool:
    match = _match(text, number)
    unit = UNIT_WORDS.get(match["unit"].lower()) if match["unit"] else None
    rest = text[match.end() :]
    return rule_amount(match, text, text[: match.start()], rest, unit) is not None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a group between two others, with no word for a phone before it (round 7)
        ("Worried parents can ring 1300 660 118 at any time.", "660"),
        # after a group with a leading zero (round 6)
        ("Advice: 0800 30 300, free of charge.", "300"),
        # a word that introduces it (rounds 6, 7 and 14)
        ("Anyone in distress can call or text 741 for help.", "741"),
        ("Residents can text the word SAFE to 47711.", "47711"),
        ("Residents can call the duty desk at 3100.", "3100"),
        ("Worried users can reach the state helpline, 211.", "211"),
        ("The public may phone the free line 1444.", "1444"),
        ("Tips can be given to Crime Watch on 0700 222 431.", "222"),
        # a line's name after it (round 14)
        ("The 155 alarm telephone stays open.", "155"),
        ("Callers to the 988 Suicide & Crisis Lifeline were helped.", "988"),
    ],
)
def test_phone_numbers_short_codes_and_lines_have_one_rule(text: str, number: str) -> None:
    assert phone(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # counted nouns after a word that could introduce a phone number or a group
        ("Prosecutors will call 40 witnesses at the trial.", "40"),
        ("Officers can call on 300 volunteers.", "300"),
        ("Volunteers call or text 12 families a day.", "12"),
        # no leading zero, no word before, no line after
        ("Advice: 1800 30 300, free of charge.", "300"),
        ("Officers made 660 arrests in 2023.", "660"),
        ("The 155 officers stayed on duty.", "155"),
    ],
)
def test_counted_nouns_and_plain_numbers_are_no_phone_numbers(text: str, number: str) -> None:
    assert not phone(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a penalty after it: any amount with a qualifier (round 7) ...
        ("Possession of more than 50 tablets can be punished with death.", "50"),
        # ... and a mass without one
        ("Anyone importing 2 kilograms of heroin will be sentenced to death.", "2"),
        # a rule's words anywhere in the sentence, for a mass (round 14)
        ("Adults may carry up to 15 grams of cannabis.", "15"),
        ("Possession of 40 grams of hashish is presumed to be for sale under the act.", "40"),
    ],
)
def test_an_amount_a_law_names_has_one_rule(text: str, number: str) -> None:
    assert law_amount(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a count needs its qualifier; a rule's words alone name no count
        ("Possession of 50 tablets can be punished with death.", "50"),
        ("Possession of more than 50 tablets is an offence under the act.", "50"),
        # no act before it, or an enforcement act in its clause
        ("Police found 2 kilograms of heroin, which can be punished with death.", "2"),
        ("Officers seized a man carrying over 2 kilograms of heroin; it can be punished.", "2"),
        # a mass with neither a penalty after it nor a rule's words
        ("A courier was arrested in possession of more than 50 grams of heroin.", "50"),
    ],
)
def test_amounts_no_law_names_stay_figures(text: str, number: str) -> None:
    assert not law_amount(text, number)
