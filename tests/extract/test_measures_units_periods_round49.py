"""Issue 14 round 49 (measures, units and periods, branch eng-pm50): a bare quarter in a report of
one calendar year is that year's; a machine translation's drug users dealt with, seizures of all
drugs, of new type drugs and of drug-involved assets. Made-up releases; each rule test fails
without its rule, and each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

figure = sentences.starting

# --- "deaths fell from 288 in the first quarter to 214 in the fourth quarter" ------------------

SUMMER = date(2031, 8, 12)


def year_report(text: str) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(
        "Overdose deaths in 2030\n\n"
        "The Harlan County Health Department today released its report on overdose deaths in "
        "2030. A total of 1,046 residents died of an overdose in 2030.\n\n" + text,
        SUMMER,
    )


def test_a_bare_quarter_in_a_report_of_an_earlier_year_is_that_years() -> None:
    # dhss-mo argali154, cnld-cm gundi108, inspq blesbok155
    found = year_report(
        "Deaths were highest in the third quarter, with 301 deaths, against 243 in the first "
        "quarter.\n\nIn the first quarter alone, officers seized 4.6 tonnes of cannabis resin.\n"
    )
    assert figure(found, "1,046").period == "2030"
    assert figure(found, "243").period == "2030-Q1"
    assert figure(found, "4.6 tonnes").period == "2030-Q1"


def test_a_quarter_with_its_year_or_in_a_report_of_no_one_year_stays() -> None:
    found = year_report("In the first quarter of 2031, 262 residents died of an overdose.\n")
    assert figure(found, "262").period == "2031-Q1"
    spring = sentences.by_quote(
        "Overdose deaths, January to June 2031\n\n"
        "The Harlan County Health Department today released its report on overdose deaths "
        "from January to June 2031.\n\nIn the first quarter, 262 residents died of an overdose.\n",
        SUMMER,
    )
    assert figure(spring, "262").period == "2031-Q1"


# --- "investigate and deal with drug-taking personnel 1,208 person times" -----------------------

translated = sentences.translated


def test_drug_users_dealt_with_in_person_times_are_drug_users_dealt_with() -> None:
    # dandong huemul149, heihe chamois145, hechi argali154, yueyang blesbok155, zhaoqing
    # chinkara156, jiujiang tsessebe157
    found = translated(
        "Drug-taking personnel control aspect, whole year investigate and deal with drug-taking "
        "personnel 947 person times, of which new discovered drug-taking personnel 126 people.\n"
    )
    dealt = figure(found, "947")
    assert (dealt.measure, dealt.unit) == ("drug-users-dealt-with", "person")


def test_person_times_covered_by_publicity_stay() -> None:
    found = translated(
        "Anti-drug propaganda aspect, whole city organize activity 318 times, cover masses "
        "205,000 person times.\n"
    )
    assert figure(found, "205,000").measure != "drug-users-dealt-with"


# --- "crack drug criminal case 412 pieces; seize various drug 27 item83 kilograms" -------------


def test_a_translated_seizure_of_various_drugs_is_drugs_seized() -> None:
    # bijie wisent144, dandong huemul149, hechi argali154, yueyang blesbok155, zhaoqing chinkara156
    found = translated(
        "Whole year crack drug criminal case 356 pieces, year-on-year rise 4.2%; capture drug "
        "criminal suspect 471 people; seize various drug 31 item64 kilograms.\n"
    )
    assert figure(found, "356").measure == "drug-crime-cases-cracked"
    assert figure(found, "31 item64").measure == "drugs-seized"


def test_a_seizure_of_crack_stays_crack() -> None:
    found = translated("Whole year seize crack drug 2.3 kilograms, heroin 1.2 kilograms.\n")
    assert figure(found, "2.3").measure == "crack-seized"
    found = sentences.by_quote(
        "Drug results 2030\n\nCrack seizures reached 3.4 kilograms in 2030, the police said "
        "today.\n",
        date(2031, 1, 20),
    )
    assert figure(found, "3.4 kilograms").measure == "crack-seized"


def test_other_new_type_drugs_in_a_translated_list_are_synthetic_drugs_seized() -> None:
    # dandong huemul149, yueyang blesbok155, zhaoqing chinkara156
    found = translated(
        "Seized drug in, methamphetamine (ice drug) 12.41 kilograms, heroin 3.08 kilograms, "
        "ketamine 2.76 kilograms, other new type drug 0.94 kilograms.\n"
    )
    assert figure(found, "2.76").measure == "ketamine-seized"
    assert figure(found, "0.94").measure == "synthetic-drugs-seized"


def test_seized_drug_involved_assets_are_assets_seized() -> None:
    # guiyang tapir49, hechi argali154, yueyang blesbok155, zhaoqing chinkara156
    found = translated(
        "Whole year crack drug criminal case 356 pieces, seize drug 31.64 kilograms. Seize "
        "drug-involved asset 4.27 million yuan.\n"
    )
    assert figure(found, "4.27 million").measure == "assets-seized"


def test_the_value_of_seized_drugs_stays() -> None:
    found = sentences.by_quote(
        "Drug results 2030\n\nOfficers in Harlan seized 41 kilograms of heroin worth an "
        "estimated $2.6 million in 2030, the police said today.\n",
        date(2031, 1, 20),
    )
    assert figure(found, "$2.6 million").measure == "value-of-drugs-seized"
