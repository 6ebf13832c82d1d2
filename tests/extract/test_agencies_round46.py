"""English reports, issue 14 round 46 (agencies). Made-up releases, each rule with a
counter-example: a Chinese city's public security bureau keeps the "City" name its translated
release gives throughout, and takes its municipal name only where the release itself gives it;
an RCMP detachment the text names with a capitalised "Detachment" keeps that word."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 7, 12)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_city_bureau_named_city_throughout_keeps_that_name() -> None:
    text = (
        "Anshan City public security organ anti-drug work\n\n"
        "Release time: 2026-07-12 09:30 Source: Anshan City Public Security Bureau\n\n"
        "On July 10, Anshan City Public Security Bureau held a press conference. In 2025, the "
        "Anshan City Public Security Bureau cracked 312 drug criminal cases.\n"
    )
    assert agency(text, "312") == "Anshan City Public Security Bureau"


def test_a_city_bureau_the_release_also_names_municipal_takes_that_name() -> None:
    # counter-example: the municipal name the release gives is the bureau's label
    text = (
        "Anshan City public security organ anti-drug work\n\n"
        "Release time: 2026-07-12 09:30 Source: Anshan Municipal Public Security Bureau\n\n"
        "On July 10, Anshan City Public Security Bureau held a press conference. In 2025, the "
        "Anshan City Public Security Bureau cracked 312 drug criminal cases.\n"
    )
    assert agency(text, "312") == "Anshan Municipal Public Security Bureau"


def test_a_detachment_named_with_its_detachment_keeps_the_word() -> None:
    text = (
        "Penticton RCMP drug charges rise in 2025\n\n"
        "The Penticton RCMP Detachment forwarded 212 drug charges to Crown counsel in 2025.\n\n"
        "Officers also seized 46 firearms during the year.\n"
    )
    assert sentences.publisher_of(text, DAY) == "Penticton RCMP Detachment"
    assert agency(text, "46") == "Penticton RCMP Detachment"


def test_a_lowercase_detachment_is_no_part_of_the_name() -> None:
    # counter-example: "detachment" in lower case is a common noun after the unit's name
    text = (
        "Penticton RCMP drug charges rise in 2025\n\n"
        "The Penticton RCMP detachment says its officers forwarded 212 drug charges to Crown "
        "counsel in 2025.\n\n"
        "Officers also seized 46 firearms during the year.\n"
    )
    assert agency(text, "46") == "Penticton RCMP"
