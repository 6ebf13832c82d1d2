"""Issue 14, round 13 (measures): causes that recurred across the writers of the calibration
reports, one test per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measure_classes import figure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # a rate per 100,000 named by the sentence's rate words, plural or after the figure's clause
        ("The highest burglary drug offence rates were in Elmton (310 per 100,000) and Brook "
         "(205 per 100,000).", "310", "burglary-drug-offence-rate"),
        ("The highest burglary drug offence rates were in Elmton (310 per 100,000) and Brook "
         "(205 per 100,000).", "205", "burglary-drug-offence-rate"),
        # a rate of a count after "rate of"
        ("The rate of heroin overdose deaths was 12.5 per 100,000 people, against 14.0 per "
         "100,000 the year before.", "14.0", "heroin-overdose-death-rate"),
        # no rate word in the sentence: the one the sentence before names
        ("The county's poisoning death rate rose again. Ashford had the highest, at 61.7 per "
         "100,000.", "61.7", "poisoning-death-rate"),
        # deaths per million of a drug report are drug deaths, a rate, not a share of deaths
        ("In all, 640 people died of drug poisoning, a rate of 9.4 deaths per million population.",
         "9.4", "drug-death-rate"),
    ],
)  # fmt: skip
def test_a_figure_per_100000_or_per_million_is_a_rate_named_by_its_words(
    text: str, number: str, measure: str
) -> None:
    assert figure(text, number).measure == measure


def test_a_rate_named_by_no_noun_is_not_given_a_made_up_name() -> None:
    found = figure("Harbourside stood at 44.0 per 100,000, the highest figure.", "44.0")
    assert not found.measure.endswith("-rate")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Customs officers of 14 countries joined the sweep, which ran for ten days.", "14"),
        ("The campaign, with the participation of 27 countries, ended in May.", "27"),
    ],
)
def test_a_count_of_countries_is_the_registry_countries_participating(
    text: str, number: str
) -> None:
    found = figure(text, number)
    assert (found.measure, found.unit) == ("countries-participating", "country")


def test_other_counts_near_countries_keep_their_measure() -> None:
    text = "Police in 14 countries seized 230 vehicles during the sweep."
    assert figure(text, "230").measure == "vehicles-seized"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Rangers burned 9.5 acres of khat gardens in May.", "9.5", "khat-gardens-burned"),
        ("The laboratory identified 12 kinds of novel opioids in the year.", "12",
         "novel-opioids-identified"),
    ],
)  # fmt: skip
def test_a_measure_word_before_of_is_not_the_thing_counted(
    text: str, number: str, measure: str
) -> None:
    assert figure(text, number).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Detectives charged 75 people with drug offences last year.", "75", "people-charged"),
        ("In all, 41 youths were charged after the raids.", "41", "people-charged"),
        # charged with trafficking stays the registry's trafficking arrests
        ("Detectives charged 75 people with supplying cocaine.", "75", "trafficking-arrests"),
        # arrests are not charges
        ("Detectives arrested 75 people in the raids.", "75", "suspects-arrested"),
    ],
)
def test_people_charged_are_the_registry_people_charged(
    text: str, number: str, measure: str
) -> None:
    assert figure(text, number).measure == measure


@pytest.mark.parametrize(
    ("number", "measure"),
    [("62", "share-of-referrals-ketamine"), ("25", "share-of-referrals-mdma"),
     ("8", "share-of-referrals-lsd")],
)  # fmt: skip
def test_shares_a_list_assigns_respectively_take_their_own_part(number: str, measure: str) -> None:
    text = "Ketamine, MDMA and LSD made up 62%, 25% and 8% of all referrals, respectively."
    assert figure(text, number).measure == measure


def test_a_list_without_respectively_is_not_read_item_by_item() -> None:
    text = "LSD and MDMA made up 4% and 9% of all referrals in the two years."
    assert figure(text, "9").measure != "share-of-referrals-mdma"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Customs seized 7.5 kilograms of synthetic cathinones at the airport.", "7.5",
         "synthetic-cathinones-seized"),
        ("Police seized 210 kilograms of synthetic drugs in the raids.", "210",
         "synthetic-drugs-seized"),
        # a drug the registry knows keeps its registry measure
        ("Police seized 210 kilograms of heroin in the raids.", "210", "heroin-seized"),
    ],
)  # fmt: skip
def test_a_family_of_synthetic_drugs_is_named_as_written(
    text: str, number: str, measure: str
) -> None:
    assert figure(text, number).measure == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The examiner recorded 880 drug overdose deaths, of which 512 involved "
         "xylazine.", "512", "xylazine-deaths"),
        ("Of the 880 deaths, 402 involved an opioid.", "402", "opioid-deaths"),
    ],
)  # fmt: skip
def test_a_bare_count_of_deaths_that_involved_a_drug_is_that_drugs_deaths(
    text: str, number: str, measure: str
) -> None:
    assert figure(text, number).measure == measure


def test_a_bare_count_of_deaths_naming_no_drug_stays_drug_related() -> None:
    text = "The examiner recorded 880 drug overdose deaths, of which 512 involved men."
    assert figure(text, "512").measure != "men-deaths"


def test_a_bare_mass_sharing_a_count_s_noun_keeps_its_mass_unit() -> None:
    text = "Exhibits included 90 kg and 4,000 tablets of synthetic drugs."
    assert figure(text, "90").unit == "kilogram"
