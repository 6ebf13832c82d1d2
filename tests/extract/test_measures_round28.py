"""English reports, round 28 (branch eng-ms29): measures the draft left vague or named by a wrong
rule. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SUMMER = date(2026, 6, 26)
HEAD = "Lakeside City Public Security Bureau anti-drug work 2025\n\n"


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted(HEAD + text, SUMMER)
    return {m.mention.quote: m for m in draft.measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_machine_translated_drug_taking_personnel_are_drug_users() -> None:
    found = facts(
        "In 2025 the police cracked drug cases 240 pieces; newly discovered drug-taking "
        "personnel 377 people. As of end of 2025 year, the whole city existing drug-taking "
        "personnel 5,204 people. The city received visitors 610 people."
    )
    assert figure(found, "377").measure == "drug-users-newly-discovered"
    assert figure(found, "5,204").measure == "drug-users-registered"
    assert not figure(found, "610").measure.startswith("drug-users")


def test_a_laboratorys_submissions_are_samples_tested() -> None:
    found = facts(
        "The state crime laboratory analyzed 12,480 drug submissions in 2025. Staff answered "
        "3,100 calls from officers."
    )
    assert (figure(found, "12,480").measure, figure(found, "12,480").unit) == (
        "samples-tested",
        "sample",
    )
    assert figure(found, "3,100").measure != "samples-tested"


def test_submissions_a_drug_was_found_in_are_positive_samples() -> None:
    found = facts(
        "The laboratory analyzed 9,310 drug submissions in 2025. Heroin was identified in 1,244 "
        "of the submissions, and bromazolam was found alongside it in 302 submissions. "
        "Cannabis was found in 77 vehicles."
    )
    assert figure(found, "1,244").measure == "samples-tested-positive"
    assert (figure(found, "302").measure, figure(found, "302").unit) == (
        "samples-tested-positive",
        "sample",
    )
    assert figure(found, "77").measure != "samples-tested-positive"


def test_overdose_calls_police_responded_to() -> None:
    found = facts(
        "Officers responded to 418 overdose calls in 2025. Constables responded to 96 suspected "
        "overdose calls on the east side. Staff at the shelter recorded 31 overdose calls."
    )
    # round 38: calls, not overdoses (the keys of rounds 86-113; test_measures_round38.py)
    assert (figure(found, "418").measure, figure(found, "418").unit) == (
        "overdose-calls-responded-to",
        "call",
    )
    assert (figure(found, "96").measure, figure(found, "96").unit) == (
        "overdose-calls-responded-to",
        "call",
    )
    assert "responded" not in figure(found, "31").measure


def test_people_dealt_with_other_than_by_a_charge_are_diverted() -> None:
    found = facts(
        "Officers arrested 412 people for drug offences in 2025. A further 77 people were not "
        "charged at all: they were offered a place in the youth diversion scheme. Another "
        "25 individuals avoided a criminal record altogether."
    )
    assert figure(found, "77").measure == "people-referred-to-diversion"
    assert figure(found, "25").measure == "people-referred-to-diversion"
    assert figure(found, "412").measure != "people-referred-to-diversion"


def test_people_referred_to_treatment_services() -> None:
    found = facts(
        "Officers referred 83 people to addiction and mental health services in 2025. The "
        "outreach team connected 140 people with treatment. Officers met 2,900 people at events."
    )
    assert figure(found, "83").measure == "people-referred-to-treatment"
    assert figure(found, "140").measure == "people-referred-to-treatment"
    assert figure(found, "2,900").measure != "people-referred-to-treatment"


def test_a_referral_of_another_number_is_not_this_counts() -> None:
    found = facts("The agency screened 4,210 persons for drug use, and referred 880 to treatment.")
    assert figure(found, "4,210").measure != "people-referred-to-treatment"


def test_a_drug_and_other_drugs_or_all_kinds_of_drugs_are_drugs_seized() -> None:
    found = facts(
        "In 2025 the police seized 52 heroin and other drugs3 kilograms. This year the police "
        "seized 27 all kinds of drugs6 kilograms, in which ketamine 9.1 kilograms. Officers "
        "seized 14 kilograms of heroin."
    )
    assert figure(found, "52").measure == "drugs-seized"
    assert figure(found, "27").measure == "drugs-seized"
    assert figure(found, "14").measure == "heroin-seized"
