"""English reports, issue 14 round 15 second iteration (figure regions): a currency's country
is no figure's region however the sign is spaced ("US$ 2.3 million" as well as "US$2.3
million"). Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract import sentences

SPRING = date(2025, 6, 2)


def _release(money: str) -> str:
    return (
        "Drug Enforcement Commission annual statement\n\n"
        "In 2024 the Commission arrested 3,120 people across Zambia for drug offences.\n\n"
        f"At a ceremony in Lusaka, the Commission burned seized drugs worth {money} million."
    )


@pytest.mark.parametrize("money", ["US$ 7.4", "US$7.4"])
def test_a_dollar_sign_after_a_countrys_initials_names_no_region(money: str) -> None:
    made = sentences.quoted_figure(_release(money), "US", SPRING)
    assert made.regions == ("Zambia",), money


def test_a_country_named_before_a_figure_without_a_sign_still_places_it() -> None:
    text = (
        "Drug Enforcement Commission annual statement\n\n"
        "In 2024 the Commission arrested 3,120 people across Zambia for drug offences.\n\n"
        "Officers posted in the US seized 7.4 kilograms of heroin at an airport."
    )
    assert sentences.quoted_figure(text, "7.4", SPRING).regions == ("United States",)
