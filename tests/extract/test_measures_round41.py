"""Reports of round 41 (branch eng-ms42): measures the draft named by a wrong rule.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)
POLICE = "Harlan Constabulary drug enforcement results, 2025\n\n"


def facts(text: str, head: str = POLICE, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_subject_listing_places_names_its_run_of_counts() -> None:
    # hantspolice klipspringer125, dea-ne fanaloka124
    found = facts(
        "Officers seized 310 kilograms of cannabis. Of those arrested, 96 were held for "
        "supply. Arrests in Ashby, Corton and Dale numbered 41, 37 and 12 respectively."
    )
    assert figure(found, "41").measure == "suspects-arrested"
    assert figure(found, "37").measure == "suspects-arrested"
    assert figure(found, "12").measure == "suspects-arrested"


def test_a_clause_before_the_subject_is_no_list_of_places() -> None:
    found = facts(
        "Officers seized 310 kilograms of cannabis in 2025. Later, Ashby and Dale reported "
        "41 and 37 respectively."
    )
    assert figure(found, "41").measure != "suspects-arrested"


def test_a_counted_group_before_its_part_is_no_whole_of_the_later_parts() -> None:
    # srpd-nd chital122
    found = facts(
        "Of the 240 people arrested, 52 were arrested for distribution. The Ashby and Dale "
        "districts accounted for 131 and 109 of the arrests respectively."
    )
    assert figure(found, "52").measure == "trafficking-arrests"
    assert figure(found, "131").measure == "suspects-arrested"
    assert figure(found, "109").measure == "suspects-arrested"


def test_a_whole_with_its_own_supply_words_stays_the_whole() -> None:
    found = facts(
        "Officers arrested 240 people for supply. The Ashby and Dale districts accounted for "
        "131 and 109 of the arrests respectively."
    )
    assert figure(found, "131").measure == "trafficking-arrests"


def test_a_subject_listing_places_is_no_last_place_counted() -> None:
    # ostdps-sd markhor98, ncis impala64
    found = facts(
        "Officers seized 40 kilograms of cocaine. Arrests in the Ashby, Corton and Dale "
        "districts numbered 512, 187 and 143 respectively, reflecting new patrols."
    )
    assert figure(found, "512").measure == "suspects-arrested"
    assert figure(found, "143").unit == "person"


def test_a_list_that_is_the_subject_stays_its_own() -> None:
    found = facts(
        "Officers seized 40 kilograms of cocaine. Ashby, Corton and Dale districts numbered 512, "
        "187 and 143 respectively."
    )
    assert figure(found, "512").measure != "suspects-arrested"
