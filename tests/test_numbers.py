"""Reading figures and repairing the machine-translation garbles."""

from __future__ import annotations

from decimal import Decimal

import pytest

from narcokg.model.numbers import (
    Figure,
    naive_readings,
    read_figure,
    repair_lost_decimal_point,
    repair_split_wan_decimal,
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("more than 2,900 related cases", Figure(Decimal(2900), "more-than")),
        ("More than 7,300 criminal suspects", Figure(Decimal(7300), "more-than")),
        ("at least 15 people", Figure(Decimal(15), "at-least")),
        ("nearly 300 kg", Figure(Decimal(300), "nearly", "kilogram")),
        ("about 1.5 million users", Figure(Decimal(1500000), "about")),
        ("up to 40 tonnes", Figure(Decimal(40), "up-to", "tonne")),
        ("fewer than 12 labs", Figure(Decimal(12), "less-than")),
        ("10 drug-related fugitives", Figure(Decimal(10), "exact")),
        ("5100 cases", Figure(Decimal(5100), "exact")),
        ("18.4 tonnes of heroin", Figure(Decimal("18.4"), "exact", "tonne")),
        # a currency between the qualifier and its number: still bounded
        ("about $1.47 billion in proceeds", Figure(Decimal("1.47E9"), "about")),
        ("more than US$ 12 million", Figure(Decimal(12000000), "more-than")),
        ("over €3.2 million in cash", Figure(Decimal(3200000), "more-than")),
        ("nearly Rp 12.7 trillion", Figure(Decimal("1.27E13"), "nearly")),
        ("some £40,000", Figure(Decimal(40000), "about")),
        ("about R1.3 billion", Figure(Decimal("1.3E9"), "about")),
        ("over KSh 2.4 million", Figure(Decimal(2400000), "more-than")),
        ("$5 million", Figure(Decimal(5000000), "exact")),
        # "above" and "exceeding" bound as "more than" does
        ("above 38%", Figure(Decimal(38), "more-than")),
        ("exceeding 5 kilograms", Figure(Decimal(5), "more-than", "kilogram")),
        ("exceeded 60 tonnes", Figure(Decimal(60), "more-than", "tonne")),
        # any sign of Unicode's currency block, not only a listed few
        ("more than ₡1,450 million", Figure(Decimal(1450000000), "more-than")),
        ("about ₺2.5 billion", Figure(Decimal("2.5E9"), "about")),
        ("about GH¢7.4 million", Figure(Decimal(7400000), "about")),
        ("over GH₵ 310,000", Figure(Decimal(310000), "more-than")),
        # an ISO 4217 code before the number, as statistics bulletins write money
        ("more than MAD 46.3 million", Figure(Decimal(46300000), "more-than")),
        ("about EUR 1.2 billion", Figure(Decimal("1.2E9"), "about")),
        ("some USD 800,000 in cash", Figure(Decimal(800000), "about")),
        # a lower-case word is no code: the qualifier does not reach over it
        ("more than the 40 cases", Figure(Decimal(40), "exact")),
        # no currency: a letter run before the number is no sign ("over 5" stays bounded)
        ("over 5 tonnes", Figure(Decimal(5), "more-than", "tonne")),
    ],
)
def test_read_figure(text: str, figure: Figure) -> None:
    assert read_figure(text) == figure


def test_read_figure_refuses_text_without_number() -> None:
    with pytest.raises(ValueError):
        read_figure("a number of major transnational drug cases")


@pytest.mark.parametrize(
    ("surface", "number"),
    [
        ("4 drug crime cases will be cracked across the countryMore than 20,000 cases", 42000),
        ("6 criminal suspects were arrestedMore than 50,000 people", 65000),
        ("3 cases were solvedMore than 250,000 cases", 32500),
    ],
)
def test_split_wan_decimal(surface: str, number: int) -> None:
    assert repair_split_wan_decimal(surface) == Figure(Decimal(number), "more-than")


def test_split_wan_decimal_refuses_a_tail_that_is_no_whole_wan() -> None:
    with pytest.raises(ValueError, match="not a whole number of 万"):
        repair_split_wan_decimal("4 cases were cracked, more than 2,500 cases")


@pytest.mark.parametrize(
    ("surface", "number"),
    [
        ("25 drugs of various types were seized9 tons", "25.9"),
        ("12 drugs were seized2 tons", "12.2"),
        ("7 drugs of various types8 tons", "7.8"),
    ],
)
def test_lost_decimal_point(surface: str, number: str) -> None:
    assert repair_lost_decimal_point(surface) == Figure(Decimal(number), "exact", "tonne")


def test_lost_decimal_point_needs_the_glue() -> None:
    with pytest.raises(ValueError):
        repair_lost_decimal_point("25 drugs of various types were seized 9 tons")


def test_naive_readings_keep_every_literal_number() -> None:
    surface = "4 drug crime cases will be cracked across the countryMore than 20,000 cases"
    assert naive_readings(surface) == (Decimal(4), Decimal(20000))
