"""Reports of round 43 (branch eng-ms44): the part of people arrested or charged that faced
supply charges. Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.trafficking_faced import faced_supply
from tests.extract import sentences

SPRING = date(2026, 3, 2)
POLICE = "Harlan Constabulary drug enforcement results, 2025\n\n"


def facts(text: str, head: str = POLICE, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_part_of_people_charged_that_faced_trafficking_counts_is_trafficking_arrests() -> None:
    # brantfordps-on markhor98, burnaby-rcmp kouprey130, delcoda-pa tayra118
    found = facts(
        "Officers laid 1,310 drug charges in 2025 against 512 people. Of the 512 people charged, "
        "203 faced charges of possession for the purpose of trafficking."
    )
    fact = figure(found, "203")
    assert (fact.measure, fact.unit) == ("trafficking-arrests", "person")


def test_a_part_of_a_bare_whole_that_faced_felony_counts_is_trafficking_arrests() -> None:
    # coloradocso-tx olingo117, cpd-sc oribi116
    found = facts(
        "Deputies arrested 640 people on drug charges in 2025. Of the 640, 215 faced felony counts "
        "of possession with intent to deliver or distribution."
    )
    fact = figure(found, "215")
    assert (fact.measure, fact.unit) == ("trafficking-arrests", "person")


def test_a_part_of_arrests_that_involved_delivery_is_trafficking_arrests() -> None:
    # blackfeet-mt sifaka103, berlinpd-nh mink68, wydci nilgai69
    found = facts(
        "Officers made 430 drug arrests during the year. Of the 430 arrests, 97 involved "
        "delivery or possession with intent to distribute, and 58 involved juveniles."
    )
    assert figure(found, "97").measure == "trafficking-arrests"
    assert figure(found, "58").measure != "trafficking-arrests"


def test_a_part_charged_with_possession_alone_faced_no_supply() -> None:
    # the draft's other readings may still call it trafficking: the rule itself must not
    assert not faced_supply(
        "Of those arrested, ",
        " were charged with possession of controlled drugs and 171 with drug trafficking.",
        "Officers arrested 901 people in 2025.",
    )


def test_a_part_of_offences_for_supply_is_no_trafficking_arrests() -> None:
    found = facts(
        "Officers recorded 2,950 drug offences in 2025. Of the 2,950 offences, 811 involved "
        "supply of controlled drugs."
    )
    assert figure(found, "811").measure != "trafficking-arrests"
