"""Machine-translated city reports, issue 14 round 48 (branch eng-rg49): the province's totals a
city bureau quotes with an article-less "whole province" ("2025 year whole province public
security organs crack …"; "whole region" of an autonomous region) are the province's, not the
city's. Made-up releases and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

WINTER = date(2026, 1, 20)


def _city_release(province_sentence: str) -> str:
    return (
        "Shaoguan City Public Security Bureau hold anti-drug work news conference\n\n"
        "Source: Shaoguan City Public Security Bureau   Release time: 2026-01-20 10:00\n\n"
        "2025 year, Shaoguan City public security organs crack drug criminal cases 842 pieces, "
        "arrest criminal suspect 1,096 people. Wengyuan County crack drug criminal cases 57 "
        f"pieces.\n\n{province_sentence}\n"
    )


def _region_of(text: str, quote_start: str) -> tuple[str, ...]:
    found = sentences.by_quote(text, WINTER)
    return tuple(sentences.starting(found, quote_start).regions)


def test_the_provinces_totals_after_a_year_are_the_provinces() -> None:
    text = _city_release(
        "According to Provincial Public Security Department notified, 2025 year whole province "
        "public security organs crack drug criminal cases 9,314 pieces."
    )
    assert _region_of(text, "9,314") == ("Guangdong",)
    assert _region_of(text, "842") == ("Shaoguan",)


def test_the_provinces_totals_after_a_comma_are_the_provinces() -> None:
    text = _city_release(
        "According to province public security department notified, whole province public "
        "security organs 2025 year crack drug criminal cases 9,314 pieces."
    )
    assert _region_of(text, "9,314") == ("Guangdong",)


def test_a_whole_region_of_an_autonomous_region_is_the_region() -> None:
    text = (
        "Wuzhou City Public Security Bureau hold anti-drug news conference\n\n"
        "Source: Wuzhou City Public Security Bureau   Release time: 2026-01-22 10:00\n\n"
        "2025 year, Wuzhou City public security organs crack drug criminal cases 402 pieces.\n\n"
        "According to autonomous region Public Security Department notified, 2025 year whole "
        "region public security organs crack drug criminal cases 5,118 pieces.\n"
    )
    assert _region_of(text, "5,118") == ("Guangxi",)


def test_a_share_of_the_whole_province_stays_the_citys() -> None:
    # counter-example: "account whole province" is the whole of a share, not the figure's place
    text = _city_release(
        "Shaoguan City crack case number account whole province 9.0%, rank whole province "
        "front row."
    )
    assert _region_of(text, "9.0%") == ("Shaoguan",)


def test_a_whole_region_of_a_province_is_not_read() -> None:
    # counter-example: "whole region" names no province's whole where the province is none
    text = _city_release("2025 year whole region checked vehicles 41,200 vehicle-times.")
    assert _region_of(text, "41,200") == ("Shaoguan",)
