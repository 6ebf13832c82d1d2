"""English reports, round 17 (the registry's coverage, branch ms18c): statistics that key writers
of several rounds named alike and that drafts proposed under other names, now registry concepts.
Made-up sentences; each concept has a case it must not take."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Agency bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def starting(found: dict[str, DraftMeasurement], number: str) -> DraftMeasurement:
    """The figure whose quote starts with ``number`` (a quote may run on into its verb)."""
    return next(m for quote, m in found.items() if quote.startswith(number))


def test_officers_trained_whatever_their_service() -> None:
    found = facts("In 2024 the academy trained 2,450 border officers.")
    assert found["2,450 border officers"].measure == "officers-trained"
    assert found["2,450 border officers"].unit == "person"


def test_officers_who_seized_drugs_are_not_trained() -> None:
    found = facts("In 2024 some 880 officers joined the operation and seized 40 kg of heroin.")
    assert all(m.measure != "officers-trained" for m in found.values())


def test_county_lines_closed_by_the_verb_before_them() -> None:
    found = facts("During 2024 detectives shut down 73 lines run from the capital.")
    assert starting(found, "73").measure == "county-lines-closed"
    assert starting(found, "73").unit == "line"


def test_lines_under_investigation_are_not_closed() -> None:
    found = facts("At the end of 2024, 61 lines were under active investigation.")
    assert all(m.measure != "county-lines-closed" for m in found.values())


def test_raids_are_conducted_whatever_the_verb() -> None:
    found = facts("In 2024 the brigade mounted 1,370 raids on dealers' homes.")
    assert found["1,370 raids"].measure == "raids-conducted"
    assert found["1,370 raids"].unit == "raid"


def test_first_time_entrants_to_treatment() -> None:
    found = facts(
        "In 2024 some 4,900 people entered treatment. Of them, 1,760 were entering treatment"
        " for the first time."
    )
    assert found["1,760"].measure == "people-admitted-to-treatment-for-the-first-time"


def test_first_time_admissions_named_after_the_count() -> None:
    found = facts("In 2024 clinics admitted 3,300 patients; 1,410 were first-time admissions.")
    assert found["1,410"].measure == "people-admitted-to-treatment-for-the-first-time"


def test_admissions_not_for_the_first_time_stay_admissions() -> None:
    found = facts("In 2024 clinics admitted 3,300 people to treatment.")
    assert found["3,300 people"].measure == "people-admitted-to-treatment"


def test_people_referred_to_treatment() -> None:
    found = facts("In 2024, 640 persons caught with small amounts were referred to treatment.")
    assert starting(found, "640").measure == "people-referred-to-treatment"


def test_people_referred_to_assessment_and_treatment() -> None:
    found = facts("In 2024 the police referred 915 adults to drug assessment and treatment.")
    assert found["915 adults"].measure == "people-referred-to-treatment"


def test_people_referred_elsewhere_are_not_referred_to_treatment() -> None:
    found = facts("In 2024 the police referred 915 adults to the youth court.")
    assert found["915 adults"].measure != "people-referred-to-treatment"
