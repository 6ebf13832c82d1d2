"""Reports of round 33 (branch eng-ms34): measures the draft named by a wrong rule or by none.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2026, 2, 10)
OFFICE = "Brookhaven County Prosecutor's Office drug case report 2025\n\n"
HIDTA = "Lakeland High Intensity Drug Trafficking Area annual results 2025\n\n"


def facts(text: str, head: str = OFFICE, day: date = WINTER) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_a_case_counts_own_verb_names_its_act() -> None:
    # "referred 684 cases …, and detectives generated a further 377 cases": not the last count's
    found = facts(
        "The Northport Police Department referred 512 cases to the office's narcotics unit,"
        " and county detectives generated a further 240 cases through their own work."
    )
    assert figure(found, "512").measure == "cases-referred"
    found = facts("The city police registered 412 cases in 2025, and the courts heard 300 cases.")
    assert figure(found, "412").measure == "drug-offences-recorded"


def test_a_case_count_without_a_verb_of_its_own_keeps_the_later_act() -> None:
    found = facts("The Office filed 2,318 drug cases in 2025.")
    assert figure(found, "2,318").measure == "drug-cases-filed"


def test_a_part_right_after_its_verb_counts_what_the_verb_did() -> None:
    # keys of six reports of five rounds: "disrupted or dismantled 187 of the 264 …"
    found = facts(
        "Task forces disrupted or dismantled 96 of the 150 drug trafficking organizations they"
        " targeted during the year.",
        HIDTA,
    )
    assert figure(found, "96").measure == "drug-trafficking-organizations-disrupted-or-dismantled"
    assert figure(found, "96").unit == "organization"
    found = facts("The western delegation alone recorded 52 of the 610 cases in 2025.")
    assert figure(found, "52").measure == "drug-offences-recorded"


def test_a_part_with_no_verb_before_it_stays_a_share() -> None:
    found = facts("Heroin featured in 259 of the 486 cases.")
    assert figure(found, "259").measure.startswith("share-of-cases")
    found = facts("Laboratories found fentanyl in 600 out of 1,200 samples.")
    assert figure(found, "600").measure == "samples-tested-positive"


def test_a_count_after_a_forfeiture_orders_amount_is_forfeited() -> None:
    # keys of six reports of six rounds: "forfeiture orders for $6.3 million … and 213 vehicles"
    found = facts(
        "Its prosecutors obtained forfeiture orders for $2.1 million in drug proceeds and 37"
        " vehicles."
    )
    assert figure(found, "37").measure == "vehicles-forfeited"
    found = facts(
        "The unit obtained forfeiture of $3.4 million in cash and property linked to drug sales,"
        " along with 44 vehicles and 12 vessels."
    )
    assert figure(found, "44").measure == "vehicles-forfeited"
    assert figure(found, "12").measure == "vessels-forfeited"


def test_a_count_after_a_seizure_stays_seized() -> None:
    found = facts("Officers seized $2 million in cash and 40 vehicles.")
    assert figure(found, "40").measure == "vehicles-seized"


TITLED = (
    "Cocaine seizures at the ports rise again\n\nThe Hague, 24 June 2026\n\n"
    "Authorities seized a record 431 tonnes of cocaine in 2025.\n\n"
    "Ports remain the main entry point. Northern authorities seized 118 tonnes at the port of"
    " Antwerp, while southern authorities recorded 64 tonnes at Valencia."
)


def test_a_bare_mass_opening_a_paragraph_takes_the_titles_one_drug() -> None:
    # keys of three reports of three rounds (pika88, aardwolf80, jerboa85)
    found = facts(TITLED, head="")
    assert figure(found, "118").measure == "cocaine-seized"
    assert figure(found, "64").measure == "cocaine-seized"


def test_a_title_naming_drugs_in_general_keeps_drugs_seized() -> None:
    found = facts(TITLED.replace("Cocaine seizures", "Drug seizures", 1), head="")
    assert figure(found, "118").measure == "drugs-seized"


LINES = "Lakeshire Police county lines report 2025/26\n\n"


def test_a_part_of_those_closures_counts_the_lines_closed() -> None:
    # keys of three reports of three rounds (serval48, vole51, nyala87)
    found = facts(
        "Officers closed 84 county lines, up from 69 the year before. Teams based in Northtown"
        " and Southtown accounted for 31 and 22 of those closures respectively.",
        LINES,
    )
    assert figure(found, "31").measure == "county-lines-closed"
    assert figure(found, "31").unit == "line"


def test_a_part_of_those_arrests_keeps_its_whole_of_the_same_unit() -> None:
    found = facts(
        "Officers arrested 310 people on supply charges. The two units accounted for 120 and 95"
        " of those arrests respectively.",
        LINES,
    )
    assert figure(found, "120").measure == "trafficking-arrests"


def test_money_forfeited_in_drug_proceeds_names_the_proceeds() -> None:
    # keys of five reports of five rounds: "forfeiture of $9.6 million in drug proceeds"
    found = facts("Courts also ordered the forfeiture of $3.1 million in drug proceeds.")
    assert figure(found, "$3.1").measure == "drug-proceeds-forfeited"


def test_money_forfeited_in_cash_and_assets_stays_assets() -> None:
    found = facts("The court ordered the forfeiture of $1.7 million in cash and assets.")
    assert figure(found, "$1.7").measure == "assets-forfeited"
    found = facts("The court ordered $2.8 million in restitution.")
    assert figure(found, "$2.8").measure == "restitution-ordered"


def test_people_a_drug_court_admitted_or_graduated() -> None:
    # keys of four reports of four rounds: "The … Drug Court admitted 264 participants"
    found = facts("The Brookhaven Drug Court admitted 318 participants in 2025 and graduated 207.")
    assert figure(found, "318").measure == "people-admitted-to-drug-court"
    assert figure(found, "207").measure == "people-graduated-from-drug-court"


def test_people_a_treatment_centre_admitted_stay_admitted_to_treatment() -> None:
    found = facts("The Eastside Treatment Centre admitted 412 people in 2025.")
    assert figure(found, "412").measure == "people-admitted-to-treatment"


MINISTRY = "Ministry of Interior drug control report 2025\n\n"


def test_a_local_name_beside_its_drug_is_one_drug() -> None:
    # keys of three reports of three rounds (ocelot44, pika88, fossa83)
    found = facts(
        "Seizures of crystal methamphetamine, known locally as shabu, went from 131 kilograms in"
        " 2024 to 214 kilograms in 2025.",
        MINISTRY,
    )
    assert figure(found, "214").measure == "methamphetamine-seized"


def test_two_drugs_in_the_clause_keep_the_old_reading() -> None:
    found = facts("Seizures of heroin and cannabis rose. Customs seized 131 kilograms.", MINISTRY)
    assert figure(found, "131").measure == "drugs-seized"


PTCCC = "Pacific Transnational Crime Coordination Centre report 2025\n\n"


def test_a_bare_part_of_drug_seizures_that_involved_one_drug() -> None:
    # keys of three reports of three rounds (wapiti90, yak54, fossa83)
    found = facts(
        "Of the 2,046 drug seizures made during the year, 1,190 involved methamphetamine.", PTCCC
    )
    assert figure(found, "1,190").measure == "methamphetamine-seizures"
    found = facts("Units recorded 2,310 drug seizures, 1,340 of them involving cocaine.", PTCCC)
    assert figure(found, "1,340").measure == "cocaine-seizures"


def test_a_part_of_drug_seizures_with_no_drug_stays_drug_seizures() -> None:
    found = facts(
        "Of the 2,046 drug seizures made during the year, 1,190 involved more than one drug.",
        PTCCC,
    )
    assert figure(found, "1,190").measure == "drug-seizures"
