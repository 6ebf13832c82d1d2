"""English reports, round 27 (branch eng-ms28): measures the draft named by a wrong rule. Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.narrower_siblings import narrower
from tests.extract import sentences

WINTER = date(2026, 2, 12)
HEAD = "Harbourside Police drug results 2025\n\n"


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted(HEAD + text, WINTER)
    return {m.mention.quote: m for m in draft.measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_a_bare_base_counts_its_siblings_narrower_measure() -> None:
    found = facts(
        "Detectives made 733 arrests for drug trafficking last year, up from 618 the year before. "
        "The squad logged 955 arrests for supplying drugs, against 870 a year earlier."
    )
    assert figure(found, "733").measure == "trafficking-arrests"
    assert figure(found, "618").measure == "trafficking-arrests"
    assert figure(found, "870").measure == "trafficking-arrests"


def test_a_bare_number_keeps_its_own_measure_beside_a_broader_sibling() -> None:
    found = facts("Officers made 1,412 drug arrests in 2025, up from 1,290 the year before.")
    assert figure(found, "1,290").measure == "suspects-arrested"
    assert narrower("trafficking-arrests", "suspects-arrested")
    assert not narrower("suspects-arrested", "trafficking-arrests")


def test_a_part_after_its_whole_keeps_its_own_measure() -> None:
    found = facts("Officers held 6,120 people on drug charges, of whom 977 were foreign nationals.")
    assert figure(found, "6,120").measure != "foreign-nationals-arrested"


def test_overdoses_police_responded_to_are_counted_as_responded_to() -> None:
    found = facts(
        "Our officers were dispatched to 87 overdoses last year, down from 95 in 2024. "
        "Deputies attended 46 suspected overdoses in the county."
    )
    assert figure(found, "87").measure == "overdoses-responded-to"
    assert figure(found, "87").unit == "overdose"
    assert figure(found, "95").measure == "overdoses-responded-to"
    assert figure(found, "46").measure == "overdoses-responded-to"


def test_overdoses_a_supervised_site_responded_to_stay_non_fatal() -> None:
    found = facts("Nurses at the consumption room responded to 131 overdoses, none of them fatal.")
    assert figure(found, "131").measure == "non-fatal-overdoses"


def test_overdoses_said_fatal_are_drug_related_deaths() -> None:
    found = facts(
        "Constables attended 87 overdoses over the winter, 6 of them fatal. Crews answered 140 "
        "suspected overdoses, of which 11 were fatal. The coroner's office logged 205 fatal "
        "drug overdoses last year, compared with 231 the year before."
    )
    for start in ("6", "11", "205", "231"):
        assert figure(found, start).measure == "drug-related-deaths", start
        assert figure(found, start).unit == "person", start


def test_non_fatal_overdoses_stay_non_fatal() -> None:
    found = facts("Emergency departments treated 512 non-fatal overdoses in 2025.")
    assert figure(found, "512").measure == "non-fatal-overdoses"


def test_opioid_related_deaths_of_a_health_unit_are_drug_related_deaths() -> None:
    found = facts(
        "Last year 64 opioid-related deaths were logged by the district health unit, against 70 "
        "the year before. Public health officials counted 19 deaths linked to opioids or other "
        "drugs in the valley."
    )
    assert figure(found, "64").measure == "drug-related-deaths"
    assert figure(found, "70").measure == "drug-related-deaths"
    assert figure(found, "19").measure == "drug-related-deaths"


def test_deaths_involving_opioids_stay_opioid_deaths() -> None:
    found = facts("The coroner found that opioids were involved in 52 deaths in 2025.")
    assert figure(found, "52").measure == "opioid-deaths"
