"""English reports, round 25 (branch eng-ms): measures the draft named by a wrong rule. Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2026, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted(text, AUTUMN)
    return {m.mention.quote: m for m in draft.measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


MT_HEAD = "Source: Lishui Municipal Public Security Bureau\n\n"


def test_one_places_share_of_the_whole_province_is_named_by_its_own_clause() -> None:
    found = facts(
        MT_HEAD + "January to August 2026, the whole province public security organs cracked drug "
        "criminal cases 3,120 pieces, seized drugs 55.4 kilograms. Lishui cracked cases "
        "accounting the whole province 12.7%. According to the notification, the whole province "
        "cracked drug criminal cases 3,120 pieces, Lishui city accounting the whole province 9.6%."
    )
    assert figure(found, "12.7").measure == "share-of-drug-crime-cases-cracked-lishui"
    assert figure(found, "9.6").measure == "share-of-drug-crime-cases-cracked-lishui"


def test_our_city_share_is_named_by_the_figures_city() -> None:
    found = facts(
        MT_HEAD + "January to August 2026, the whole city cracked drug criminal cases 212 pieces. "
        "The city's drug criminal cases accounting the whole province 6.8%."
    )
    assert figure(found, "6.8").measure == "share-of-drug-crime-cases-cracked-lishui"


def test_a_share_of_the_whole_city_total_keeps_its_places_without_apostrophes() -> None:
    found = facts(
        MT_HEAD + "January to August 2026, the whole city cracked drug criminal cases 212 pieces. "
        "Among them, Ke'an District and Donglu District cracked 41 and 37 drug criminal cases "
        "respectively, accounting the whole city total 36.8%."
    )
    assert figure(found, "36.8").measure == "share-of-drug-crime-cases-cracked-kean-and-donglu"


def test_a_share_of_something_else_is_no_places_share() -> None:
    found = facts(
        "Westshire Police bulletin\n\nOfficers recorded 840 drug offences in 2025. "
        "Cannabis accounted for 61% of them."
    )
    assert not figure(found, "61").measure.startswith("share-of-drug-crime-cases-cracked")


def test_a_kind_of_drug_offence_is_the_offences_recorded() -> None:
    found = facts(
        "Westshire Police bulletin\n\nOfficers recorded 2,140 drug offences in 2025. Of these, "
        "530 were trafficking offences and 1,610 were possession offences. Dealing occurrences "
        "rose from 212 in 2024 to 260 in 2025. The force also recorded 75 drug supply crimes "
        "in December."
    )
    for start in ("530", "1,610", "212", "260", "75 drug"):
        assert figure(found, start).measure == "drug-offences-recorded", start
        assert figure(found, start).unit == "case", start


def test_offences_of_another_kind_keep_their_name() -> None:
    found = facts(
        "Westshire Police bulletin\n\nOfficers recorded 2,140 drug offences in 2025. "
        "Paramedics attended 318 overdose occurrences in 2025."
    )
    assert figure(found, "318").measure != "drug-offences-recorded"


def test_a_count_before_its_counting_word_counts_the_noun_before_it() -> None:
    found = facts(
        MT_HEAD + "January to August 2026, Lishui Customs in the mail channel seized "
        "drug-containing parcels 23 pieces, seized drugs 4.1 kilograms. The city checked "
        "delivery parcels 640,000 pieces, found drug-related parcels 7 pieces."
    )
    assert figure(found, "23").measure == "parcels-seized"
    assert figure(found, "640,000").measure == "parcels-examined"
    assert figure(found, "7").measure == "parcels-seized"
    assert figure(found, "7").unit == "parcel"


def test_a_count_before_its_noun_with_no_counting_word_keeps_its_reading() -> None:
    found = facts(
        MT_HEAD + "January to August 2026, the city police dismantled drug smuggling gangs 12, "
        "seized drugs 4.1 kilograms."
    )
    assert figure(found, "12").measure == "drug-smuggling-gangs-dismantled"


def test_pieces_cracked_are_cases_cracked() -> None:
    found = facts(
        MT_HEAD + "January to August 2026, the whole city cracked drug criminal cases 212 pieces, "
        "seized ketamine 4.1 kilograms. Among them, Ke District and Lu District police stations "
        "cracked 43 and 31 pieces respectively. "
        "Among them, Ke District, Lu District respectively cracked 17 pieces and 12 pieces."
    )
    for start in ("31", "17", "12"):
        assert figure(found, start).measure == "drug-crime-cases-cracked", start
        assert figure(found, start).unit == "case", start


def test_tests_their_own_words_call_positive_are_samples_tested_positive() -> None:
    found = facts(
        "Westshire Police bulletin\n\nTraffic officers conducted 1,940 roadside drug tests in "
        "2025, and 702 of the tests were positive. Laboratories reported 8,315 positive drug "
        "test results in 2025, compared with 612 positive tests in 2024."
    )
    for start in ("702", "8,315", "612"):
        assert figure(found, start).measure == "samples-tested-positive", start
        assert figure(found, start).unit == "sample", start


def test_tests_not_said_to_be_positive_keep_their_reading() -> None:
    found = facts(
        "Westshire Police bulletin\n\nTraffic officers conducted 1,940 roadside drug tests in "
        "2025, and 702 of the tests were carried out at night."
    )
    assert figure(found, "702").measure != "samples-tested-positive"


def test_a_mass_of_several_drugs_together_is_drugs_seized() -> None:
    found = facts(
        "Westshire Police bulletin\n\nDuring the week officers seized 1.4 kilograms of crack "
        "cocaine and heroin and 3 vehicles. The unit also seized 212 kilograms of heroin and "
        "methamphetamine in 2025."
    )
    assert figure(found, "1.4").measure == "drugs-seized"
    assert figure(found, "212").measure == "drugs-seized"


def test_masses_of_one_drug_each_keep_their_drug() -> None:
    found = facts(
        "Westshire Police bulletin\n\nOfficers seized 2.6 kilograms of cocaine and 1.2 "
        "kilograms of heroin in 2025, and 7.1 and 0.4 kilograms of cannabis and fentanyl "
        "respectively. Customs seized 3.8 tonnes of hashish and marijuana. The unit seized "
        "5.3 tonnes of synthetic drugs, mostly mephedrone and alpha-PVP, and 9.1 kilograms of "
        "mephedrone and other cathinones."
    )
    assert figure(found, "2.6").measure == "cocaine-seized"
    assert figure(found, "1.2").measure == "heroin-seized"
    assert figure(found, "0.4").measure != "drugs-seized"
    assert figure(found, "3.8").measure == "cannabis-seized"
    assert figure(found, "5.3").measure != "drugs-seized"
    assert figure(found, "9.1").measure != "drugs-seized"
