"""English reports, round 22 (branch ms23a): figures whose key names a registry measure that the
draft proposed a name for. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2026, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Services bulletin\n\n" + text, AUTUMN)
    return {m.mention.quote: m for m in draft.measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_bare_episodes_after_treatment_episodes_are_treatment_admissions() -> None:
    found = facts(
        "In 2025-26 the island's clinics commenced 5,120 treatment episodes.\n\n"
        "The coastal and inland districts accounted for 3,410 and 1,710 episodes respectively. "
        "In the April to June 2026 quarter, the clinics closed 1,305 episodes."
    )
    for number in ("3,410", "1,710", "1,305"):
        assert figure(found, number).measure == "treatment-admissions", number
        assert figure(found, number).unit == "admission", number


def test_bare_episodes_after_treatment_episodes_commenced_are_treatment_admissions() -> None:
    found = facts(
        "In 2025-26, 8,040 treatment episodes commenced in funded services. In the last quarter, "
        "2,215 episodes commenced."
    )
    assert figure(found, "2,215").measure == "treatment-admissions"


def test_bare_episodes_with_no_treatment_episodes_before_stay_proposed() -> None:
    found = facts("Paramedics attended 1,870 episodes in the harbour district in 2025.")
    assert figure(found, "1,870").measure != "treatment-admissions"


def test_an_act_the_earlier_measure_does_not_name_is_kept() -> None:
    found = facts(
        "In 2025 the unit opened 410 narcotics investigations. It closed 220 investigations "
        "during the same year."
    )
    assert figure(found, "410").measure == "investigations-opened"
    assert figure(found, "220").measure != "investigations-opened"


def test_the_principal_drug_part_of_episodes_is_not_all_episodes() -> None:
    found = facts(
        "In 2025-26 the island's clinics commenced 5,120 treatment episodes. Alcohol was the "
        "principal drug of concern in 2,030 episodes. Counselling was the most common main "
        "treatment, provided in 1,754 episodes."
    )
    assert figure(found, "2,030").measure != "treatment-admissions"
    assert figure(found, "1,754").measure != "treatment-admissions"


def test_women_among_them_after_an_arrest_count_are_women_arrested() -> None:
    found = facts(
        "In 2025 the squads took action against 6,120 offenders under the drug law. Among them, "
        "402 were women. The Agency arrested 1,810 suspects in 2025. Out of this number, 61 were "
        "foreign nationals and 88 were women."
    )
    assert figure(found, "402").measure == "women-arrested"
    assert figure(found, "88").measure == "women-arrested"


def test_women_of_whom_among_people_treated_are_not_women_arrested() -> None:
    found = facts("In 2025 the centres admitted 2,140 people to treatment, of whom 530 were women.")
    assert figure(found, "530").measure != "women-arrested"


def test_proceedings_against_people_are_people_proceeded_against() -> None:
    found = facts(
        "In 2025, court proceedings were taken against 2,310 people. Criminal liability was "
        "brought against 1,420 persons. A total of 611 individuals were brought to criminal "
        "responsibility under the drug articles."
    )
    for number in ("2,310", "1,420", "611"):
        assert figure(found, number).measure == "people-proceeded-against", number
        assert figure(found, number).unit == "person", number


def test_proceedings_against_a_company_count_no_people() -> None:
    found = facts("In 2025, court proceedings were taken against 14 companies.")
    assert figure(found, "14").measure != "people-proceeded-against"


def test_people_arrested_after_a_long_aside_are_suspects_arrested() -> None:
    found = facts(
        "In 2025 a total of 2,046 individuals, who were found possessing, using or selling "
        "controlled substances, were apprehended by the police. In total 1,274 individuals who "
        "were suspected of producing, storing or trafficking synthetic drugs were arrested in "
        "2025. A total of 1,346 persons, against 1,221 in the same nine months of 2024, were "
        "arrested on drug-related offences."
    )
    for number in ("2,046", "1,274", "1,346"):
        assert figure(found, number).measure == "suspects-arrested", number


def test_people_with_a_relative_clause_and_no_verb_after_it_are_not_arrested() -> None:
    found = facts(
        "In 2025 some 3,050 people who were living with hepatitis C were cured, and 1,200 people "
        "who were arrested last year were released."
    )
    assert figure(found, "some 3,050").measure != "suspects-arrested"
    assert figure(found, "1,200").measure != "suspects-arrested"


def test_publicity_sessions_and_propaganda_audiences_are_the_registry_measures() -> None:
    found = facts(
        'From January to September 2026, the city\'s police carried out "drug-free campus" '
        "publicity 310 sessions. The county carried out propaganda activities 1,230 times, "
        "covering the masses over 470,000 person-times."
    )
    assert figure(found, "310").measure == "publicity-activities-organized"
    assert figure(found, "310").unit == "activity"
    assert figure(found, "over 470,000").measure == "people-covered-by-publicity"


def test_sessions_of_no_publicity_are_no_publicity_activities() -> None:
    found = facts("In 2026 the clinic held 310 sessions of group counselling for its clients.")
    assert figure(found, "310").measure != "publicity-activities-organized"


def test_students_a_campus_publicity_covered_are_not_people_covered_by_publicity() -> None:
    found = facts(
        "In 2026 the province carried out anti-drug publicity into campus activities 2,100 times, "
        "covering 1.4 million teachers and students."
    )
    assert figure(found, "2,100").measure == "publicity-activities-organized"
    assert figure(found, "1.4 million").measure != "people-covered-by-publicity"
