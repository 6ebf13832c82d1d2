"""Reports of round 39 (branch eng-ms40): measures the draft named by a wrong rule.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)
SHERIFF = "Harlan County Sheriff's Office narcotics report, 2025\n\n"
EXAMINER = "Harlan State Medical Examiner annual report, 2025\n\n"
POLICE = "Harlan District Police drug results, 2025\n\n"


def facts(text: str, head: str = SHERIFF, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_jail_that_books_people_books_them() -> None:
    # iowacso-wi and ohiocso-ky oribi116, tcso-mo colugo115, wycso-ny tuatara114
    found = facts(
        "The Harlan County Jail booked 1,204 people in 2025, 311 of them on at least one drug "
        "charge. The detention center, which the county runs, booked 880 people during 2025, of "
        "whom 140 were booked on drug charges."
    )
    assert figure(found, "1,204").measure == "people-booked"
    assert figure(found, "311").measure == "people-booked"
    assert figure(found, "880").measure == "people-booked"
    assert figure(found, "140").measure == "people-booked"


def test_people_booked_on_such_charges() -> None:
    # wcso-tn olingo117: the charges named in the sentence before
    found = facts(
        "Deputies booked 905 people into the jail on drug-related charges during 2025. In the "
        "third quarter alone, 276 people were booked on such charges."
    )
    assert figure(found, "276").measure == "people-booked"


def test_a_part_of_arrests_on_drug_charges_stays_arrests() -> None:
    found = facts("Deputies arrested 512 people in 2025, 133 of them on drug charges.")
    assert figure(found, "133").measure != "people-booked"


def test_a_jails_inmates_and_those_held_on_drug_charges() -> None:
    # coloradocso-tx and wcso-tn olingo117, iowacso-wi and ohiocso-ky oribi116, dcso-oh tenrec110
    found = facts(
        "At the end of December, the county jail held 143 inmates, 52 of them on drug charges. "
        "On December 31, 2025, the detention center held 266 inmates. Of those, 91 were in "
        "custody on drug charges, either awaiting trial or serving a sentence."
    )
    assert figure(found, "143").measure == "inmates-held"
    assert figure(found, "52").measure == "inmates-held-on-drug-charges"
    assert figure(found, "266").measure == "inmates-held"
    assert figure(found, "91").measure == "inmates-held-on-drug-charges"


def test_prisons_still_hold_people_in_prison() -> None:
    found = facts("State prisons held 23,400 persons at the end of 2025.")
    assert figure(found, "23,400").measure == "people-held-in-prison"


def test_deaths_a_drug_was_involved_in_however_worded() -> None:
    # ocme-va and rochesterpd-mn tuatara114, iowacso-wi oribi116
    found = facts(
        "The county recorded 41 overdose deaths in 2025, 30 of which involved fentanyl. "
        "Methamphetamine, alone or with other drugs, caused or contributed to 17 deaths. "
        "Provisional data show 19 overdose deaths in the first half of 2026. Fentanyl was "
        "involved in 12 of the provisional 2026 deaths.",
        EXAMINER,
    )
    assert figure(found, "30").measure == "fentanyl-deaths"
    assert figure(found, "17").measure == "methamphetamine-deaths"
    assert figure(found, "12").measure == "fentanyl-deaths"


def test_deaths_drugs_in_general_were_involved_in_stay_deaths() -> None:
    found = facts("Drugs were involved in 64 deaths during 2025.", EXAMINER)
    assert figure(found, "64").measure == "drug-related-deaths"


def test_prescription_pills_are_pills() -> None:
    # iowacso-wi and ohiocso-ky oribi116, wycso-ny tuatara114 (and five older reports)
    found = facts("Detectives seized 2.2 pounds of cocaine and 915 counterfeit prescription pills.")
    assert figure(found, "915").measure == "pills-seized"
    assert figure(found, "915").unit == "pill"


def test_prescriptions_stay_prescriptions() -> None:
    found = facts("Pharmacies in the county dispensed 48,000 opioid prescriptions in 2025.")
    assert figure(found, "48,000").measure == "prescriptions-dispensed"


def test_people_dealt_with_for_possession() -> None:
    # nzp-ec oribi116, nzp-tm olingo117, nzp-acd colugo115 (and four older nzp reports)
    found = facts(
        "A further 745 people were dealt with for possession or use of drugs. Another 212 "
        "people came to Police attention for possession or use.",
        POLICE,
    )
    assert figure(found, "745").measure == "people-dealt-with-for-possession"
    assert figure(found, "212").measure == "people-dealt-with-for-possession"


def test_people_dealt_with_for_another_offence_are_not() -> None:
    found = facts("The court dealt with 430 people for theft in 2025.", POLICE)
    assert figure(found, "430").measure != "people-dealt-with-for-possession"


def test_the_dead_and_the_arrested_who_lived_elsewhere() -> None:
    # ocme-ct oribi116, ocme-va tuatara114, ocme-nyc colugo115, mcome-az olingo117, omi-nm
    # fennec113; portlandpd-me olingo117, ncso-ca fennec113, cps-pe duiker105
    dead = facts(
        "In 2025, 912 people died of drug overdoses. Some 77 of the people who died lived "
        "outside the state. Some 65 of the individuals counted were not residents of the county.",
        EXAMINER,
    )
    assert figure(dead, "Some 77").measure == "non-resident-deaths"
    assert figure(dead, "Some 65").measure == "non-resident-deaths"
    arrested = facts(
        "Deputies arrested 264 people on drug charges. Forty-two of the 264 were not county "
        "residents."
    )
    assert figure(arrested, "Forty-two").measure == "non-residents-arrested"


def test_people_elsewhere_of_no_death_or_arrest_are_left() -> None:
    found = facts("Of the 300 students surveyed, 40 of them lived outside the district.")
    assert "non-resident" not in figure(found, "40").measure


def test_a_named_part_share_of_an_earlier_total() -> None:
    # nzp-ec oribi116, nzp-tm olingo117, nzp-wn and unodc-potj tuatara114, dea-sea colugo115
    found = facts(
        "Nationally, Police seized 2,140 kilograms of methamphetamine and charged 5,100 people "
        "with supply offences. Harbour District's seizures were about 2.3 per cent of the "
        "national total. The four provinces together seized 41 tonnes of drugs, including 6 "
        "tonnes of heroin. Freedonia accounted for about 12 per cent of that total.",
        POLICE,
    )
    assert figure(found, "about 2.3").measure == "share-of-methamphetamine-seized-harbour-district"
    assert figure(found, "about 12").measure == "share-of-drugs-seized-freedonia"


def test_a_share_of_no_named_part_is_left() -> None:
    found = facts(
        "Officers seized 310 kilograms of cannabis. It was about 4 per cent of the total.", POLICE
    )
    assert figure(found, "about 4").measure == "share"


def test_seized_weapons_are_weapons() -> None:
    # surreypolice tuatara114, northwalespolice oribi116, norfolkpolice kiang112 (nine keys)
    found = facts(
        "Officers seized 3.2 kilograms of cocaine, £88,000 in cash and 41 weapons, 6 of which "
        "were firearms. Detectives also recovered 12 firearms.",
        POLICE,
    )
    assert figure(found, "41").measure == "weapons-seized"
    assert figure(found, "41").unit == "weapon"
    assert figure(found, "6").measure == "firearms-seized"
    assert figure(found, "12").measure == "firearms-seized"


def test_deaths_an_examiner_investigated_are_its_caseload() -> None:
    # ocme-ct oribi116, mcome-az olingo117, omi-nm fennec113
    found = facts(
        "In 2025 the office investigated 5,318 deaths and performed 2,204 autopsies. It also "
        "investigated 377 overdose deaths in prisons.",
        EXAMINER,
    )
    assert figure(found, "5,318").measure == "deaths-investigated"
    assert figure(found, "5,318").unit == "death"
    assert figure(found, "377").measure != "deaths-investigated"
    # no caseload marks: the drug deaths of a place (skcoroners, dev)
    found = facts("Coroners investigated 88 deaths in Harbour City last year.", EXAMINER)
    assert figure(found, "88").measure != "deaths-investigated"


def test_a_part_of_cases_a_drug_was_found_in_stays_cases() -> None:
    found = facts(
        "The laboratory analysed 1,930 drug cases in 2025. Fentanyl was identified in 412 of them.",
        EXAMINER,
    )
    assert not figure(found, "412").measure.endswith("-deaths")
