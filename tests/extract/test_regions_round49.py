"""Regions, issue 14 round 49 (branch eng-rg50): the province's French spelling "Québec" (a
dateline "QUÉBEC, June 18, …", "people in Québec died") names Quebec, as "Quebec" does. Made-up
releases and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SUMMER = date(2026, 6, 18)


def _region_of(text: str, quote_start: str) -> tuple[str, ...]:
    return tuple(sentences.quoted_figure(text, quote_start, SUMMER).regions)


def test_the_french_spelling_of_quebec_is_the_province() -> None:
    text = (
        "Poisoning deaths in Québec rise in 2025, institute says\n\n"
        "QUÉBEC, June 18, 2026 - A provincial public health institute today published its "
        "annual surveillance update. The data show that 611 people in Québec died of a "
        "suspected opioid or stimulant poisoning in 2025.\n"
    )
    assert _region_of(text, "611") == ("Quebec",)


def test_a_national_report_naming_quebec_in_passing_stays_national() -> None:
    # counter-example: a country's total beside one province's named in passing
    text = (
        "Opioid deaths in Canada fall in 2025, agency says\n\n"
        "OTTAWA, June 18, 2026 - A federal health agency today published its annual update. "
        "Across Canada, 6,120 people died of an apparent opioid toxicity in 2025. In Québec, "
        "612 people died.\n"
    )
    assert _region_of(text, "6,120") == ("Canada",)
    assert _region_of(text, "612") == ("Quebec",)
