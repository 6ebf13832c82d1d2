"""English reports, round 23 (branch ms24a): figures whose key names a registry measure that the
draft missed. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import Draft
from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.earlier_wholes import earlier_whole
from tests.extract import sentences

AUTUMN = date(2026, 10, 1)


def drafted(text: str) -> Draft:
    return sentences.drafted("Services bulletin\n\n" + text, AUTUMN)


def context_of(draft: Draft) -> DraftContext:
    """The little of a draft's context that :func:`earlier_whole` reads: its text."""
    return DraftContext(draft.text, [], AUTUMN, [], None, (), [], "", [], [])


def facts(text: str) -> dict[str, DraftMeasurement]:
    return {m.mention.quote: m for m in drafted(text).measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_the_whole_an_earlier_registry_count_named_is_that_count() -> None:
    draft = drafted(
        "The island's clinics closed 4,210 treatment episodes in 2025-26. "
        "Of the 4,210, counselling was the main treatment in 40% of episodes."
    )
    share = next(m for m in draft.measurements if m.mention.quote.startswith("40%"))
    whole = earlier_whole(context_of(draft), draft.measurements, share, "episodes")
    assert whole is not None and whole.measure == "treatment-admissions"
    assert whole.figure is not None and whole.figure.mention.quote.startswith("4,210")


def test_a_share_of_episodes_after_episodes_of_treatment_named_in_words() -> None:
    found = facts(
        "This bulletin describes episodes of alcohol and other drug treatment in 2025-26. "
        "Alcohol was the principal drug of concern in 41% of episodes."
    )
    assert figure(found, "41%").measure == "share-of-treatment-episodes-alcohol"


def test_a_share_of_episodes_with_no_earlier_whole_keeps_its_name() -> None:
    found = facts("Alcohol was the principal drug of concern in 41% of episodes in 2025-26.")
    assert figure(found, "41%").measure == "share-of-episodes-alcohol"


def test_naloxone_given_past_an_aside_by_pronoun_or_in_doses_is_administrations() -> None:
    found = facts(
        "Crews administered naloxone, the drug that reverses an opioid overdose, 2,910 times in "
        "2025-26. Patrol officers who carry naloxone administered it on 63 occasions in 2025. "
        "Paramedics administered 2,140 doses of naloxone in 2025-26."
    )
    for number in ("2,910", "63", "2,140"):
        assert figure(found, number).measure == "naloxone-administrations", number
        assert figure(found, number).unit == "administration", number


def test_occasions_of_no_act_on_a_named_object_are_not_administrations() -> None:
    found = facts("Officers attended the harbour on 12 occasions in 2025.")
    assert figure(found, "12").measure != "naloxone-administrations"


def test_the_street_value_of_drugs_put_at_an_amount_is_the_value_of_drugs_seized() -> None:
    found = facts(
        "Officers seized 14 kilograms of cocaine. Police put the street value of the drugs at "
        "$2.7 million."
    )
    assert figure(found, "$2.7 million").measure == "value-of-drugs-seized"


def test_the_value_of_other_things_put_at_an_amount_is_not_drugs() -> None:
    found = facts("Police put the street value of the stolen cars at $2.7 million.")
    assert figure(found, "$2.7 million").measure != "value-of-drugs-seized"


def test_money_seized_in_drug_proceeds_is_cash_seized() -> None:
    found = facts(
        "Troopers seized $2.4 million in suspected drug proceeds during traffic stops in 2025."
    )
    assert figure(found, "$2.4 million").measure == "cash-seized"


def test_drug_proceeds_forfeited_are_not_cash_seized() -> None:
    found = facts("The court forfeited $2.4 million in drug proceeds in 2025.")
    assert figure(found, "$2.4 million").measure != "cash-seized"


def test_people_identified_who_committed_or_are_suspected_of_crimes_are_suspects() -> None:
    found = facts(
        "Border police identified 2,310 persons who had committed drug-related crimes in 2025. "
        "The police identified 940 individuals who are suspected of having committed them."
    )
    for number in ("2,310", "940"):
        assert figure(found, number).measure == "suspects-identified", number


def test_people_identified_for_treatment_are_not_suspects() -> None:
    found = facts("The police identified 310 people who were referred to treatment in 2025.")
    assert figure(found, "310").measure != "suspects-identified"


def test_expiation_and_drug_offence_notices_are_infringement_notices() -> None:
    found = facts(
        "Officers issued 3,906 Cannabis Expiation Notices in 2025-26. In 2025-26, 486 simple "
        "drug offence notices were issued."
    )
    for number in ("3,906", "486"):
        assert figure(found, number).measure == "infringement-notices-issued", number
        assert figure(found, number).unit == "notice", number


def test_drug_offences_are_still_offences_recorded() -> None:
    found = facts("Officers recorded 3,906 drug offences in 2025-26.")
    assert figure(found, "3,906").measure == "drug-offences-recorded"
