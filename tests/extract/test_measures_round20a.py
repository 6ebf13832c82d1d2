"""English reports, round 20 (branch ms21a): figures whose key names a registry measure that the
draft proposed a name for or gave the wrong unit. Made-up sentences; each rule has a case it must
not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2025, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Survey bulletin\n\n" + text, AUTUMN)
    return {m.mention.quote: m for m in draft.measurements}


def measure_of(found: dict[str, DraftMeasurement], start: str) -> str:
    return next(f.measure for q, f in found.items() if q.startswith(start))


def unit_of(found: dict[str, DraftMeasurement], start: str) -> str:
    return next(f.unit for q, f in found.items() if q.startswith(start))


def test_a_percentage_under_a_subject_of_use_is_its_prevalence() -> None:
    found = facts(
        "Across the state, recent heroin use fell from 2.6% in 2021 to 1.9% in 2024. Recent "
        "heroin use was lowest in the coastal towns (0.7%), while the valley and the plateau "
        "recorded 2.2% and 2.8% respectively."
    )
    for number in ("2.6%", "1.9%", "0.7%", "2.2%", "2.8%"):
        assert measure_of(found, number) == "drug-use-prevalence", number


def test_use_reported_by_a_share_of_a_population_is_a_prevalence() -> None:
    found = facts(
        "Lifetime use of inhalants was reported by 5.1%, 7.4% and 8.9% of first-, second- and "
        "third-year students respectively."
    )
    assert measure_of(found, "5.1%") == "drug-use-prevalence"
    found = facts("Recent amphetamine use was reported by 27% of participants.")
    assert measure_of(found, "27%") == "drug-use-prevalence"
    found = facts(
        "Weekly kratom use, defined as use on at least four days a month, was reported by 3.4% of "
        "respondents."
    )
    assert measure_of(found, "3.4%") == "drug-use-prevalence"


def test_a_subject_of_prescription_misuse_keeps_its_own_prevalence() -> None:
    found = facts(
        "Misuse of prescription sedatives among seniors rose to 2.9% in 2025, against 1.1% in 2010."
    )
    assert measure_of(found, "1.1%") == "prescription-drug-misuse-prevalence"


def test_a_share_of_something_else_or_a_change_is_no_prevalence() -> None:
    found = facts("Heroin use was a factor in 38% of the fatal crashes.")
    assert measure_of(found, "38%") != "drug-use-prevalence"
    found = facts("Naloxone use rose 14% in 2025.")
    assert measure_of(found, "14%") != "drug-use-prevalence"
    found = facts(
        "Ketamine use was highest in the capital, where 29% and 24% of arrestees tested were "
        "positive."
    )
    assert measure_of(found, "29%") != "drug-use-prevalence"


def test_the_earlier_level_of_a_registry_rate_is_the_same_rate() -> None:
    found = facts(
        "Overall, 11.2% of Ruritanians aged 18 and over reported past-year illicit drug use in "
        "2024-25, up from 9.6% in 2020."
    )
    assert measure_of(found, "11.2%") == "drug-use-prevalence"
    assert measure_of(found, "9.6%") == "drug-use-prevalence"


def test_the_earlier_level_of_a_change_stays_a_bare_share() -> None:
    found = facts("Overdose deaths rose 9% in 2025, compared with 6% in 2024.")
    assert measure_of(found, "6%") == "share"


def test_times_compared_with_a_base_right_after_it_is_a_fold() -> None:
    found = facts(
        "Border units seized 61.3 kilograms of drugs in the first half, increase 2.1 times "
        "year-on-year."
    )
    assert measure_of(found, "2.1 times") == "fold-increase"
    assert unit_of(found, "2.1 times") == "fold"
    found = facts(
        "Up to the end of June, the campaign cracked 418 drug cases, is 1.6 times of the same "
        "period last year, and arrested 522 suspects."
    )
    assert measure_of(found, "1.6 times") == "fold-increase"


def test_times_alone_after_a_change_from_a_to_b_is_a_fold() -> None:
    found = facts(
        "Cannabis resin seizures climbed from 3.1 tonnes in 2022 to 9.8 tonnes in 2025, about 3.2 "
        "times, mostly at the northern ports."
    )
    assert unit_of(found, "about 3.2 times") == "fold"


def test_times_that_count_events_stay_counts() -> None:
    found = facts("Paramedics gave naloxone 2,904 times in 2025, and were called out 57 times.")
    assert unit_of(found, "57 times") != "fold"
    assert unit_of(found, "2,904 times") != "fold"


def test_entrants_and_people_entering_a_programme_are_admitted_to_treatment() -> None:
    found = facts(
        "In 2025, 3,880 prisoners entered the Intensive Recovery Program, up from 3,410 who "
        "entered the program in 2024. The western region reported 1,150 IRP entrants."
    )
    assert measure_of(found, "3,880") == "people-admitted-to-treatment"
    assert measure_of(found, "1,150") == "people-admitted-to-treatment"


def test_people_entering_a_country_are_not_admitted_to_treatment() -> None:
    found = facts("In 2025, 640 people entered the country on forged passports.")
    assert measure_of(found, "640") != "people-admitted-to-treatment"


def test_a_bare_count_takes_the_subject_a_verb_of_amount_links_to_it() -> None:
    found = facts("Seizures at the northern airport and the river port numbered 410 and 1,260.")
    assert measure_of(found, "410") == "drug-seizures"
    assert measure_of(found, "1,260") == "drug-seizures"
    found = facts("Drug offenders apprehended from January to June total 8,402.")
    assert measure_of(found, "8,402") == "suspects-arrested"
    found = facts(
        "The total amount of ecstasy tablets seized by the Bureau this year now stands at more "
        "than 12 million, the director said."
    )
    assert measure_of(found, "more than 12 million") == "pills-seized"


def test_a_subject_the_registry_does_not_know_names_nothing() -> None:
    found = facts("The hotline's calls in 2025 numbered 310.")
    assert measure_of(found, "310") == "unknown-measure"
