"""Reports of round 38 (branch eng-ms39): measures the draft named by a wrong rule.
Made-up sentences; each test fails without its rule."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2026, 3, 2)
SHERIFF = "Harlan County Sheriff's Office narcotics report, 2025\n\n"
OFFICE = "Harlan Regional Drug Office annual report, 2025\n\n"


def facts(text: str, head: str = SHERIFF, day: date = SPRING) -> dict[str, DraftMeasurement]:
    return sentences.by_quote(head + text, day)


figure = sentences.starting


def test_overdose_calls_are_calls_whatever_the_verb() -> None:
    # keys of rounds 86-113: mcso-or and srmtpd-ny tahr111, bangorpd-me indri96, lnpd-wa gundi108
    found = facts(
        "Deputies Answer 318 Overdose Calls\n\nDeputies responded to 318 overdose calls in 2025. "
        "Officers answered 77 overdose calls in the fourth quarter."
    )
    assert figure(found, "318 Overdose").measure == "overdose-calls-responded-to"
    assert figure(found, "318 overdose").measure == "overdose-calls-responded-to"
    assert figure(found, "318 overdose").unit == "call"
    assert figure(found, "77").measure == "overdose-calls-responded-to"


def test_overdoses_responded_to_stay_overdoses() -> None:
    found = facts("Deputies responded to 96 overdoses in 2025.")
    assert figure(found, "96").measure == "overdoses-responded-to"
    assert figure(found, "96").unit == "overdose"


def test_people_booked_on_drug_charges_are_bookings() -> None:
    # dcso-oh tenrec110, jcso-mo kiang112 (and wcso-ut sitatunga109, hennepinsheriff gerenuk84)
    found = facts(
        "In the third quarter, deputies booked 202 people on drug offenses. The county jail "
        "booked 1,530 people on drug-related charges during 2025, compared with 1,402 in 2024."
    )
    assert figure(found, "202").measure == "people-booked"
    assert figure(found, "1,530").measure == "people-booked"
    assert figure(found, "1,402").measure == "people-booked"


def test_people_booked_on_a_named_offence_stay_as_read() -> None:
    found = facts("Deputies booked 202 people on trafficking charges in 2025.")
    assert figure(found, "202").measure == "trafficking-arrests"


def test_a_mass_of_the_drug_is_the_drug_named_before_it() -> None:
    # unodc-covn tenrec110, unodc-coidn fennec113, cbp-lrd cuscus104 (gddc-kw tarsier20)
    found = facts(
        "Heroin led the year's seizures. Police seized 9.2 tonnes of the drug in powder and "
        "block form, up 12 per cent from 8.2 tonnes in 2024, the year the Office began its "
        "synthetic drug reviews. Hashish is spreading. Officers found 4.4 tonnes of the drug, "
        "along with 2.1 tonnes of cannabis. Heroin has grown fast. In 2020, seizures of the "
        "drug stood at 1.65 tonnes.",
        OFFICE,
    )
    assert figure(found, "9.2").measure == "heroin-seized"
    assert figure(found, "8.2").measure == "heroin-seized"
    assert figure(found, "4.4").measure == "cannabis-resin-seized"
    assert figure(found, "2.1").measure == "cannabis-seized"
    assert figure(found, "1.65").measure == "heroin-seized"


def test_the_drug_trade_names_no_drug() -> None:
    found = facts(
        "Heroin use is falling. Ports of the drug trade saw 2 tonnes of narcotics seized.", OFFICE
    )
    assert figure(found, "2 tonnes").measure == "drugs-seized"


def test_a_mass_of_narcotics_is_the_total_whatever_it_includes() -> None:
    # cbp-det paca106, cbp-bos fennec113, cbp-sea tahr111
    found = facts(
        "Nationwide, officers seized more than 412,000 pounds of narcotics during the year, "
        "including about 8,100 pounds of fentanyl.",
        OFFICE,
    )
    assert figure(found, "more than 412,000").measure == "drugs-seized"
    assert figure(found, "about 8,100").measure == "fentanyl-seized"


def test_a_mass_of_the_drug_is_no_total() -> None:
    found = facts("Cocaine led the year. Officers seized 1,200 pounds of the drug.", OFFICE)
    assert figure(found, "1,200").measure == "cocaine-seized"


def test_overdose_calls_are_calls_whoever_took_them() -> None:
    # crstpd-sd paca106, brantfordps-on markhor98; attended: surreyps-bc hyrax63, sps-bc ocelot44
    found = facts(
        "Dispatch logged 131 overdose calls in 2025. County Paramedic Services responded to 522 "
        "suspected overdose calls in the city. The Harlan RCMP attended 1,408 overdose calls."
    )
    assert figure(found, "131").measure == "overdose-calls-responded-to"
    assert figure(found, "522").measure == "overdose-calls-responded-to"
    assert figure(found, "1,408").measure == "overdose-calls-attended"


def test_overdoses_paramedics_responded_to_are_no_police_calls() -> None:
    found = facts("County Paramedic Services responded to 522 overdoses in the city.")
    assert figure(found, "522").measure != "overdoses-responded-to"


BUREAU = "Harlan City Public Security Bureau 2025 anti-drug work\n\n"


def test_translated_noun_first_counts_with_present_verbs_and_places() -> None:
    # zhuzhou fennec113, zhaotong tahr111, shantou tenrec110
    found = facts(
        "Last year, the city's public security organs cracked drug criminal cases 214 pieces, "
        "arrested drug crime suspects 318 people. Destroyed drug trafficking groups 9 pieces, "
        "destroyed drug-taking dens 12 places. Crack drug trafficking cases 205 pieces, destroy "
        "drug trafficking groups 17 pieces. Destroyed drug manufacturing dens 3 places.",
        BUREAU,
    )
    assert figure(found, "9").measure == "drug-trafficking-groups-destroyed"
    assert figure(found, "12").measure == "drug-dens-dismantled"
    assert figure(found, "17").measure == "drug-trafficking-groups-destroyed"
    assert figure(found, "3 places").measure == "laboratories-dismantled"


def test_places_with_no_noun_first_stay_places() -> None:
    found = facts("Officers searched premises at 14 places across the county.", BUREAU)
    assert figure(found, "14").measure != "laboratories-dismantled"
    assert figure(found, "14").unit == "place"


def test_drug_trafficking_suspects_among_the_arrested_are_trafficking_arrests() -> None:
    # changchun zorilla91, ganzhou hutia95, weifang gaur100, henan pangolin
    found = facts(
        "Last year, the city cracked drug criminal cases 214 pieces; arrested criminal suspects "
        "318 people, among them drug trafficking suspects 142 people; seized various drugs 41.2 "
        "kilograms. Police arrested 77 suspects of drug trafficking in May.",
        BUREAU,
    )
    assert figure(found, "318").measure == "suspects-arrested"
    assert figure(found, "142").measure == "trafficking-arrests"
    assert figure(found, "77").measure == "trafficking-arrests"


def test_suspects_of_other_offences_stay_arrests() -> None:
    found = facts(
        "Arrested criminal suspects 318 people, among them drug-taking suspects 96 people.", BUREAU
    )
    assert figure(found, "96").measure != "trafficking-arrests"


def test_parts_of_arrests_for_delivery_or_held_on_sale_charges_are_trafficking() -> None:
    # hennepinsheriff gerenuk84, mcso-or tahr111, srpmic-az colobus102
    found = facts(
        "Deputies made 840 drug arrests in 2025. Of the 840, 203 were for delivery or manufacture "
        "of a controlled substance. Of those arrests, 158 were for first- or second-degree sale "
        "offences. Of the 388 people arrested, 64 were held on sale or transport charges."
    )
    assert figure(found, "203").measure == "trafficking-arrests"
    assert figure(found, "158").measure == "trafficking-arrests"
    assert figure(found, "64").measure == "trafficking-arrests"


def test_parts_of_arrests_held_on_possession_charges_stay_unread() -> None:
    found = facts("Of the 388 people arrested, 64 were held on possession charges.")
    assert figure(found, "64").measure != "trafficking-arrests"


POLICE_NZ = "Harlow District Police drug results, year to June 2026\n\n"


def test_sums_restrained_are_assets_restrained_whatever_they_were_held_in() -> None:
    # nzp-bop tenrec110, nzp-cb kiang112, nzp-wk sitatunga109, nzp-cm cuscus104, ncauk quagga72
    found = facts(
        "Police restrained $4.1 million in cash, vehicles and property under criminal proceeds "
        "legislation. The operations resulted in 61 arrests and the restraint of $2.7 million in "
        "cash and property. Courts granted orders restraining $8.8 million of criminal assets.",
        POLICE_NZ,
    )
    assert figure(found, "$4.1 million").measure == "assets-restrained"
    assert figure(found, "$2.7 million").measure == "assets-restrained"
    assert figure(found, "$8.8 million").measure == "assets-restrained"


def test_cash_seized_beside_a_restraint_stays_seized() -> None:
    found = facts(
        "Police restrained $4.1 million in property, and seized $1.3 million in cash.", POLICE_NZ
    )
    assert figure(found, "$1.3 million").measure == "cash-seized"
