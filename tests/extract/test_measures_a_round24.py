"""English reports, round 24 (branch ms25a): figures whose key names a registry measure that the
draft missed. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2026, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Health bulletin\n\n" + text, AUTUMN)
    return {m.mention.quote: m for m in draft.measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_a_rate_named_by_a_place_after_overdose_deaths_is_the_overdose_death_rate() -> None:
    found = facts(
        "A total of 1,310 residents of Westshire died of a drug overdose in 2025. "
        "Harbour County accounted for 402 of the deaths, and the county's death rate was "
        "31.7 per 100,000. Lakeside County's rate of 27.2 per 100,000 was the next highest. "
        "The statewide age-adjusted rate fell to 22.6 deaths per 100,000 residents."
    )
    assert figure(found, "31.7").measure == "overdose-death-rate"
    assert figure(found, "27.2").measure == "overdose-death-rate"
    assert figure(found, "22.6").measure == "overdose-death-rate"


def test_a_rate_named_by_a_place_after_drug_deaths_is_the_drug_death_rate() -> None:
    found = facts(
        "The registry recorded 412 drug-induced deaths in 2025. "
        "Rates were highest in the City of Northport, at 19.4 per 100,000."
    )
    assert figure(found, "19.4").measure == "drug-death-rate"


def test_the_national_rate_beside_an_overdose_death_rate_is_the_overdose_death_rate() -> None:
    found = facts(
        "In 2025, 2,904 residents died of a drug overdose. The statewide overdose death rate "
        "fell to 21.3 deaths per 100,000 residents, from 25.0 the year before, but remained "
        "above the national rate of 18.9 per 100,000."
    )
    assert figure(found, "18.9").measure == "overdose-death-rate"


def test_a_rate_named_by_a_place_after_offences_is_not_a_death_rate() -> None:
    found = facts(
        "Two people died in custody in 2025. Police recorded 5,120 drug offences, and the "
        "county's rate was 402.6 per 100,000."
    )
    assert "death" not in figure(found, "402.6").measure


def test_a_drug_induced_or_intoxication_death_rate_is_the_drug_death_rate() -> None:
    found = facts(
        "The drug-induced death rate was 7.9 per 100,000 population in 2025. "
        "The state's intoxication death rate rose to 24.1 per 100,000 residents."
    )
    assert figure(found, "7.9").measure == "drug-death-rate"
    assert figure(found, "24.1").measure == "drug-death-rate"


def test_a_death_rate_of_one_drug_keeps_its_own_name() -> None:
    found = facts("The heroin-induced death rate was 2.2 per 100,000 population in 2025.")
    assert figure(found, "2.2").measure != "drug-death-rate"


def test_translated_hair_drug_detection_and_its_positive_part_are_samples_tested() -> None:
    found = facts(
        "The city organized key personnel to carry out hair drug detection 3,120 person-times, "
        "found positive 14 people, all dealt with according to law. The county organized hair "
        "drug detection 2,710 person-times, checked positive 8 people. The district organized "
        "key industry staff hair drug testing 9,200 people, of which test result positive 12 "
        "people."
    )
    assert figure(found, "3,120").measure == "samples-tested"
    # round 29: tests counted in person-times are counted in samples, the registry's unit
    assert (figure(found, "14").measure, figure(found, "14").unit) == (
        "samples-tested-positive",
        "sample",
    )
    assert figure(found, "2,710").measure == "samples-tested"
    assert figure(found, "8 people").measure == "samples-tested-positive"
    assert figure(found, "9,200").measure == "samples-tested"
    assert figure(found, "12 people").measure == "samples-tested-positive"


def test_hair_drug_detection_with_no_positive_part_is_left_alone() -> None:
    found = facts(
        "The city carried out hair drug detection 3,120 person-times; 14 people were sent to "
        "compulsory isolation and rehabilitation."
    )
    assert "tested" not in figure(found, "14").measure


def test_a_mass_of_the_drug_is_of_the_one_drug_the_sentence_before_names() -> None:
    found = facts(
        "Ketamine seizures doubled in the port in 2025. In the last quarter alone, customs "
        "officers recovered 61.5 kilograms of the drug, most of it in air cargo."
    )
    assert figure(found, "61.5").measure == "ketamine-seized"


def test_a_mass_beside_the_drug_squad_or_of_drugs_keeps_the_catch_all() -> None:
    found = facts(
        "Heroin use is rising in the north. The drug squad seized 73 kilograms in March. "
        "Officers also seized 12 kilograms of drugs in April."
    )
    assert figure(found, "73").measure == "drugs-seized"
    assert figure(found, "12").measure == "drugs-seized"


def test_people_on_a_register_of_drug_users_are_registered_or_newly_discovered() -> None:
    found = facts(
        "The register of drug users kept by the provincial narcology clinic is updated monthly. "
        "The clinic's register listed 9,412 persons at 31 December 2025, against 9,870 a year "
        "earlier. During the year, 806 persons identified as using drugs were placed on the "
        "register. The national drug user database held 51,300 people at the end of 2025. During "
        "the year, 4,120 people were newly registered."
    )
    assert figure(found, "9,412").measure == "drug-users-registered"
    assert figure(found, "9,870").measure == "drug-users-registered"
    assert figure(found, "806").measure == "drug-users-newly-discovered"
    assert figure(found, "51,300").measure == "drug-users-registered"
    assert figure(found, "4,120").measure == "drug-users-newly-discovered"


def test_a_register_of_something_else_counts_no_drug_users() -> None:
    found = facts(
        "The special registry of drug-induced deaths recorded 31 deaths in 2025. "
        "The register of volunteers listed 412 people."
    )
    assert figure(found, "412").measure != "drug-users-registered"
    assert figure(found, "31").measure != "drug-users-registered"


def test_investigations_initiated_or_commenced_are_investigations_opened() -> None:
    found = facts(
        "The tax agency initiated 2,140 criminal investigations in fiscal year 2026. "
        "The crime commission commenced 27 investigations into money laundering networks."
    )
    assert figure(found, "2,140").measure == "investigations-opened"
    assert figure(found, "27").measure == "investigations-opened"


def test_investigations_closed_or_prosecutions_initiated_keep_their_act() -> None:
    found = facts(
        "The tax agency closed 1,870 investigations in fiscal year 2026. "
        "Prosecutors initiated 412 prosecutions."
    )
    assert figure(found, "1,870").measure == "investigations-closed"
    assert figure(found, "412").measure == "prosecutions-initiated"


def test_a_pill_brand_with_its_strength_is_part_of_the_noun() -> None:
    found = facts(
        "Officers seized 1,240 Erimin-5 tablets and, in a later raid, 860 Erimin 5 tablets."
    )
    assert (figure(found, "1,240").measure, figure(found, "1,240").unit) == ("pills-seized", "pill")
    assert figure(found, "860").mention.quote == "860 Erimin 5 tablets"
    assert not any(quote.startswith("5 tablets") for quote in found)


def test_a_small_count_of_pills_after_and_stays_a_figure() -> None:
    found = facts("Police seized 7 tablets and 12 pills in the raid.")
    assert figure(found, "7").mention.quote == "7 tablets"
    assert figure(found, "12").measure == "pills-seized"
