"""Reports of round 34 (branch eng-ms35): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
UNIT = "Pinecrest Tribal Police narcotics unit results, fiscal 2026\n\n"


def facts(text: str, head: str = UNIT, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_cases_referred_for_federal_prosecution() -> None:
    # keys of three reports of two rounds (srst-dle, hcpo-nj dikdik94; navajopd civet92)
    found = facts(
        "Detectives served 40 warrants and referred 27 cases to the U.S. Attorney's Office"
        " for federal prosecution."
    )
    assert figure(found, "27").measure == "cases-referred-for-federal-prosecution"
    found = facts(
        "Of the 410 cases opened, 33 were referred to federal prosecutors, up from 21 a year"
        " earlier."
    )
    assert figure(found, "33").measure == "cases-referred-for-federal-prosecution"


def test_cases_referred_elsewhere_keep_the_act_alone() -> None:
    found = facts("The unit referred 27 cases to the county prosecutor.")
    assert figure(found, "27").measure == "cases-referred"


LETTERHEAD = (
    "NORTHERN OFFICE ON DRUGS AND CRIME\nRegional Office for the Coast\n\nPRESS RELEASE\n\n"
    "Coastal cocaine seizures climb as routes shift north\n\n"
    "PORTVILLE, 2 June 2026 - Authorities in the region seized 52.4 tonnes of cocaine in 2025.\n\n"
    "Ports remain the main entry point. Harbour police seized 11.8 tonnes at Portville and"
    " customs recorded 6.4 tonnes at Eastmouth."
)


def test_a_headline_under_a_letterhead_names_the_one_drug() -> None:
    # round 33's title rule read the letterhead ("… ON DRUGS AND CRIME"): keys of rowca loris97, …
    found = facts(LETTERHEAD, head="")
    assert figure(found, "11.8").measure == "cocaine-seized"
    assert figure(found, "6.4").measure == "cocaine-seized"


def test_a_headline_naming_no_drug_under_a_letterhead_keeps_drugs_seized() -> None:
    found = facts(LETTERHEAD.replace("Coastal cocaine seizures", "Coastal seizures", 1), head="")
    assert figure(found, "11.8").measure == "drugs-seized"


OFFICE = "Brookhaven County Prosecutor's Office drug case report 2025\n\n"


REGION = "Coastal Customs Liaison Office regional seizure summary 2025\n\n"


def test_seizure_cases_count_seizures() -> None:
    # keys of four reports of three rounds (hutia95 twice, kudu66, okapi29)
    found = facts("The member administrations recorded 2,814 drug seizure cases in 2025.", REGION)
    assert (figure(found, "2,814").measure, figure(found, "2,814").unit) == (
        "drug-seizures",
        "seizure",
    )
    found = facts("The agency reported 904 seizure cases during the year.", REGION)
    assert figure(found, "904").measure == "drug-seizures"


def test_other_cases_stay_cases() -> None:
    found = facts("The member administrations recorded 2,814 drug trafficking cases.", REGION)
    assert figure(found, "2,814").unit == "case"


POLICE = "Millbrook Police Department drug enforcement 2025\n\n"


def test_naloxone_given_under_a_stand_in_or_used() -> None:
    # keys of four reports of four rounds (dikdik94, galago93, takin75, zokor79)
    found = facts("Officers carry naloxone on every shift. They administered it 41 times.", POLICE)
    assert figure(found, "41").measure == "naloxone-administrations"
    found = facts("Deputies carry naloxone and used it 17 times in 2025.", POLICE)
    assert figure(found, "17").measure == "naloxone-administrations"
    found = facts(
        "All officers now carry naloxone. Officers administered the medication on 33 occasions.",
        POLICE,
    )
    assert figure(found, "33").measure == "naloxone-administrations"


def test_other_acts_on_it_are_not_naloxone_given() -> None:
    found = facts("Officers carry naloxone on every shift. They searched it 41 times.", POLICE)
    assert figure(found, "41").measure != "naloxone-administrations"


def test_people_charged_with_supply_are_trafficking_arrests() -> None:
    # docs/facts.md (round 13); keys of six reports of six rounds (hutia95, dugong82, civet92, …)
    found = facts(
        "The office charged 512 defendants with sale or transportation of drugs for sale,"
        " compared with 430 a year earlier.",
        OFFICE,
    )
    assert figure(found, "512").measure == "trafficking-arrests"
    assert figure(found, "430").measure == "trafficking-arrests"
    found = facts("Distribution charges were filed against 219 defendants in 2025.", OFFICE)
    assert figure(found, "219").measure == "trafficking-arrests"


def test_people_charged_with_other_offences_stay_charged() -> None:
    found = facts("The office charged 512 defendants with drug possession in 2025.", OFFICE)
    assert figure(found, "512").measure == "people-charged"


def test_a_mass_of_narcotics_under_a_one_drug_headline_stays_all_drugs() -> None:
    text = LETTERHEAD.replace(
        "Ports remain the main entry point. Harbour police seized 11.8 tonnes",
        "Across the country, police seized about 11.8 tonnes of narcotics",
    )
    found = facts(text, head="")
    assert figure(found, "about 11.8").measure == "drugs-seized"
