"""Reports of round 36 (branch eng-ms37): measures the draft named by a wrong rule.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2026, 10, 2)
SURVEY = "UNODC Country Office in Ecuador\nPress release\n\n"


def facts(text: str, head: str = SURVEY, day: date = AUTUMN) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_area_under_cultivation_takes_the_crop_before() -> None:
    # colobus102 ("the area under cultivation is 8 per cent larger"), cuscus104 ("of national
    # cultivation, or 37,700 hectares"): no "under-cultivation" nor "national-cultivation"
    found = facts(
        "QUITO, 2 October 2026 - The area under coca bush cultivation in Ecuador reached 4,120 "
        "hectares in 2025, an increase of 6 per cent on the 3,880 hectares measured in 2024.\n\n"
        "Compared with 2021, when the survey measured 3,870 hectares, the area under "
        "cultivation is 6 per cent larger."
    )
    assert figure(found, "3,870").measure == "coca-cultivation"
    found = facts(
        "QUITO, 2 October 2026 - The survey estimates that 4,120 hectares were under poppy in "
        "2025.\n\nThe northern district accounted for 71 per cent of national cultivation, or "
        "2,210 hectares."
    )
    assert figure(found, "2,210").measure == "opium-cultivation"


def test_crop_before_cultivation_stays_as_written() -> None:
    found = facts("In 2025 coca bush cultivation covered 4,120 hectares across the valley.")
    assert figure(found, "4,120").measure == "coca-cultivation"
    found = facts("In 2025 ganja cultivation on 95 hectares was recorded in the hills.")
    assert figure(found, "95").measure == "ganja-cultivation"


CONSTABULARY = "Harlow Police Service drug enforcement, 2025\n\n"


def test_compared_times_are_the_same_act() -> None:
    # ccps-on sifaka103, ssmps-on cuscus104, gsps-on galago93, cambridgepd-ma lynx67
    found = facts(
        "Officers administered naloxone 52 times during the year, compared with 37 times in 2024.",
        CONSTABULARY,
    )
    assert figure(found, "37").measure == "naloxone-administrations"


def test_compared_times_of_no_act_stay_unread() -> None:
    found = facts(
        "The hotline rang 52 times during the year, compared with 37 times in 2024.", CONSTABULARY
    )
    assert figure(found, "37").measure != "naloxone-administrations"


def test_overdose_calls_attended_are_calls() -> None:
    # nanaimo-rcmp colobus102, surreyps-bc hyrax63, sps-bc ocelot44
    found = facts("Officers attended 418 overdose calls in 2025.", CONSTABULARY)
    assert figure(found, "418").measure == "overdose-calls-attended"
    assert figure(found, "418").unit == "call"


def test_overdose_calls_responded_to_are_calls_since_round_38() -> None:
    # round 36 kept them overdoses (a key split then); the keys of rounds 86-113 name them all
    # calls (docs/extraction.md, round 38): test_measures_round38.py
    found = facts("Officers responded to 418 overdose calls in 2025.", CONSTABULARY)
    assert figure(found, "418").measure == "overdose-calls-responded-to"
