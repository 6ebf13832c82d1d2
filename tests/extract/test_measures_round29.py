"""English reports, round 29 (branch eng-ms30): measures and units the draft named by the text's
own words or by a wrong rule. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
SUMMER = date(2026, 6, 26)
POLICE = "Brookhaven Police Department drug enforcement report 2025\n\n"
BUREAU = "Lakeside City Public Security Bureau anti-drug work 2025\n\n"


def facts(text: str, head: str = POLICE, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def read(found: dict[str, DraftMeasurement], start: str) -> tuple[str, str]:
    fact = figure(found, start)
    return fact.measure, fact.unit


def test_investigations_still_open_at_a_date() -> None:
    found = facts(
        "Detectives opened 95 new investigations in 2025. As of December 31, 2025, the "
        "Narcotics Unit had 33 active drug investigations, and 21 narcotics investigations "
        "remained open at the county level. The squad also had 17 trafficking investigations "
        "under way. The team closed 44 investigations during the year."
    )
    assert read(found, "33") == ("investigations-open", "investigation")
    assert read(found, "21") == ("investigations-open", "investigation")
    assert read(found, "17") == ("investigations-open", "investigation")
    assert figure(found, "95").measure == "investigations-opened"
    assert figure(found, "44").measure != "investigations-open"


def test_an_open_count_compared_with_a_year_earlier_keeps_the_earlier_date() -> None:
    found = facts(
        "As of June 30, 2026, the unit had 141 drug investigations open, compared with 166 a "
        "year earlier.",
        day=date(2026, 8, 1),
    )
    assert figure(found, "166").measure == "investigations-open"
    assert (figure(found, "141").period, figure(found, "166").period) == (
        "2026-06-30",
        "2025-06-30",
    )


def test_hair_tests_in_person_times_are_samples() -> None:
    found = facts(
        "This year the police organized the key personnel hair drug detection 4,310 "
        "person-times, of that check out positive 52 people. The police carried out hair "
        "testing 2,870 person-times, discover positive 33 people. The city arrested 400 people.",
        BUREAU,
        SUMMER,
    )
    assert read(found, "4,310") == ("samples-tested", "sample")
    assert read(found, "52") == ("samples-tested-positive", "sample")
    assert read(found, "2,870") == ("samples-tested", "sample")
    assert read(found, "33") == ("samples-tested-positive", "sample")
    assert figure(found, "400").unit == "person"


def test_machine_translated_names_count_the_noun_before() -> None:
    found = facts(
        "This year the whole city arrested criminal suspects 528 names, newly discovered "
        "drug-taking personnel 143 names.",
        BUREAU,
        SUMMER,
    )
    assert read(found, "528") == ("suspects-arrested", "person")
    assert read(found, "143") == ("drug-users-newly-discovered", "person")


def test_premises_checked_in_household_times() -> None:
    found = facts(
        "The police checked entertainment venues, hotels and other key places 3,150 "
        "household-times; the street offices visited 820 household-times.",
        BUREAU,
        SUMMER,
    )
    assert read(found, "3,150") == ("places-inspected", "place")
    assert figure(found, "820").measure != "places-inspected"


def test_pills_a_laboratory_tested_are_samples() -> None:
    found = facts(
        "The state laboratory tested 1,840 counterfeit pills seized in 2025. The forensic "
        "centre analysed 390 pill samples submitted by detectives. Officers seized 9,600 "
        "fentanyl pills."
    )
    assert read(found, "1,840") == ("samples-tested", "sample")
    assert read(found, "390") == ("samples-tested", "sample")
    assert figure(found, "9,600").measure == "pills-seized"


def test_drug_proceeds_last_in_a_list_of_things_seized_are_cash() -> None:
    found = facts(
        "Agents seized 48 kilograms of cocaine, along with 27 firearms and $2.3 million in "
        "drug proceeds. The street value of the cocaine was put at $3.9 million."
    )
    assert figure(found, "$2.3").measure == "cash-seized"
    assert figure(found, "$3.9").measure == "value-of-drugs-seized"


def test_naloxone_given_before_medics_arrived() -> None:
    found = facts(
        "Officers administered naloxone 26 times before medics arrived. Deputies gave "
        "naloxone 9 times before an ambulance arrived. Officers made 12 trips before noon."
    )
    assert read(found, "26") == ("naloxone-administrations", "administration")
    assert read(found, "9") == ("naloxone-administrations", "administration")
    assert figure(found, "12").measure != "naloxone-administrations"


def test_overdose_calls_that_ended_in_a_death() -> None:
    found = facts(
        "Officers responded to 318 overdose calls in 2025. Of those calls, 14 ended in a "
        "death. Officers answered 90 noise calls; 6 of them ended in an arrest."
    )
    assert read(found, "14") == ("drug-related-deaths", "person")
    assert figure(found, "6").measure != "drug-related-deaths"


def test_people_a_police_force_identified_are_suspects() -> None:
    found = facts(
        "Investigators identified 212 people whom analysts linked to trafficking networks. "
        "A further 58 people were identified by officers who monitor online markets. Officers "
        "identified 140 individuals who were being used by dealers. In all, 2,300 persons "
        "were identified as having remained abstinent for three years."
    )
    assert figure(found, "212").measure == "suspects-identified"
    assert figure(found, "58").measure == "suspects-identified"
    assert figure(found, "140").measure != "suspects-identified"
    assert figure(found, "2,300").measure != "suspects-identified"


def test_a_bare_mass_takes_its_paragraphs_one_drug() -> None:
    found = facts(
        "Police seized 6.2 tonnes of cocaine in 2025. The capital accounted for 2.4 tonnes. "
        "Northern and southern districts seized 1.1 tonnes and 0.9 tonnes respectively.\n\n"
        "Officers seized 5 kilograms of heroin and 3 kilograms of cannabis. The port reported "
        "12 kilograms. In all, officers seized 40 kilograms."
    )
    assert figure(found, "1.1").measure == "cocaine-seized"
    assert figure(found, "0.9").measure == "cocaine-seized"
    assert figure(found, "12").measure == "drugs-seized"


def test_anti_drug_operations_are_operations_carried_out() -> None:
    found = facts(
        "Units carried out 1,930 anti-drug operations in 2025. Officers mounted 14 joint "
        "operations with customs."
    )
    assert read(found, "1,930") == ("operations-carried-out", "operation")
    assert figure(found, "14").measure != "operations-carried-out"


def test_a_drugs_share_of_samples_a_laboratory_tested() -> None:
    found = facts(
        "The State Crime Laboratory analyzed 620 drug exhibits submitted by officers in 2025 "
        "and identified fentanyl in 66 percent of them. Men accounted for 70 percent of the "
        "deaths."
    )
    assert figure(found, "66").measure == "share-of-samples-tested-fentanyl"
    assert figure(found, "70").measure == "share-of-deaths-male"


def test_the_arrests_after_a_part_of_those_arrested_are_all_arrests() -> None:
    found = facts(
        "Officers made 612 drug arrests in 2025. Of those arrested, 240 were booked on "
        "trafficking charges. The eastern and western districts accounted for 350 and 262 of "
        "the arrests respectively."
    )
    assert figure(found, "240").measure == "trafficking-arrests"
    assert figure(found, "350").measure == "suspects-arrested"
    assert figure(found, "262").measure == "suspects-arrested"
