"""Issue 14, round 18 (measures, branch ms19c): proposed names of shares, causes that recurred
across the writers of the calibration reports (at least 3 reports of at least 2 rounds), one test
per cause, each with a counter-example. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # the places that open the sentence are the part, the counts before the share the whole
        ("In the first half, the province cracked 812 drug criminal cases. Among them, Alderton "
         "City and Brightwater District cracked 211 and 140 drug criminal cases respectively, "
         "accounting for 43.2% of the whole province.", "43.2",
         "share-of-drug-crime-cases-cracked-alderton-and-brightwater"),
        ("Alderton, Brightwater, Caskdale three city public security bureaus respectively cracked "
         "drug criminal cases 211, 140, 96 pieces, accounting for the whole province 55.1%.",
         "55.1", "share-of-drug-crime-cases-cracked-alderton-brightwater-and-caskdale"),
        ("Among them, Alderton and Brightwater Korean Autonomous Prefecture cracked 211 and 140 "
         "drug criminal cases respectively, accounting for 40.5% of the city's total.", "40.5",
         "share-of-drug-crime-cases-cracked-alderton-and-brightwater"),
    ],
)  # fmt: skip
def test_places_share_of_the_whole_area(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_a_share_of_a_whole_named_by_its_noun_keeps_it() -> None:
    text = (
        "Among them, Alderton City and Brightwater District cracked 211 and 140 drug criminal "
        "cases respectively, accounting for 43.2% of the cases of the summer action."
    )
    assert "alderton" not in read(text, "43.2")[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Women accounted for 34% of those who died in the year.", "share-of-deaths-female"),
        ("Men made up 68% of the people who died, as in 2022.", "share-of-deaths-male"),
    ],
)  # fmt: skip
def test_those_who_died_are_the_deaths(text: str, expected: str) -> None:
    assert read(text, text.split("%")[0].split()[-1])[0] == expected


def test_those_who_were_treated_are_not_deaths() -> None:
    assert "deaths" not in read("Women accounted for 34% of those who were treated.", "34")[0]


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Most deaths (about 61%) took place in a family home.", "61",
         "share-of-deaths-in-a-family-home"),
        ("Of the deaths in the second quarter, 57% occurred in private dwellings, often alone.",
         "57", "share-of-deaths-in-private-dwellings"),
        ("Most seizures, 72%, happened at the land border.", "72",
         "share-of-seizures-at-the-land-border"),
    ],
)  # fmt: skip
def test_where_a_share_happened_is_its_part(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_a_share_with_no_place_keeps_its_whole() -> None:
    assert read("Most deaths (61%) involved two or more drugs.", "61")[0] != (
        "share-of-deaths-in-two"
    )


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Females accounted for 31% of deaths, and people aged 40 to 49 for 29%.", "29",
         "share-of-deaths-aged-40-to-49"),
        ("People aged 18-24 years accounted for 12.5% of overdose deaths.", "12.5",
         "share-of-deaths-aged-18-to-24"),
        ("Persons aged 25 to 34 made up 41% of the arrests.", "41",
         "share-of-arrests-aged-25-to-34"),
    ],
)  # fmt: skip
def test_an_age_group_is_the_part_of_a_share(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a bare participle closing a list item or a clause is what was done to the count
        ("Results of the quarter:\n- 7 speedboats seized\n- 31 people detained", "7",
         "speedboats-seized"),
        ("Results: 12,400 rounds of ammunition recovered, 3 canoes seized.", "3",
         "canoes-seized"),
    ],
)  # fmt: skip
def test_a_bare_participle_after_the_count_names_the_act(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_a_participle_with_a_complement_is_no_act_on_the_count() -> None:
    # "used to smuggle": a tool's use, not what was done to the canoes
    assert read("In all, 14 canoes used to smuggle cannabis.", "14")[0] != "canoes-used"


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # adjectives of legal status or reach are left out of the counted thing
        ("Soldiers destroyed 41 clandestine helipads in the jungle.", "41", "helipads-destroyed"),
        ("The bureau coordinated 9 international surveillance requests.", "9",
         "surveillance-requests-coordinated"),
        ("Inspectors sealed 66 unlicensed pharmacies.", "66", "pharmacies-sealed"),
    ],
)  # fmt: skip
def test_status_adjectives_are_left_out_of_a_proposal(
    text: str, number: str, expected: str
) -> None:
    assert read(text, number)[0] == expected


def test_a_classifying_modifier_stays() -> None:
    assert read("Rangers destroyed 41 cannabis greenhouses.", "41")[0] == (
        "cannabis-greenhouses-destroyed"
    )


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Detectives broke up 17 smuggling rings last year.", "17", "smuggling-rings-broken-up"),
        ("Inspectors shut down 35 vape stores in the city.", "35", "vape-stores-shut-down"),
        ("Last year our rangers gave 412 talks in villages.", "412", "talks-given"),
        ("The outreach team has held 96 workshops since May.", "96", "workshops-held"),
        ("Officers have broken up 8 smuggling rings since 2022.", "8", "smuggling-rings-broken-up"),
    ],
)  # fmt: skip
def test_an_irregular_phrasal_verb_names_the_act(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a gapped share repeats the earlier share's frame with a subject of its own
        ("Ketamine was found in 33% of roadside samples, and opioids such as oxycodone in 12%.",
         "12", "share-of-samples-opioids"),
        ("Snorting was reported in 41% of admissions; vaping was reported in 17%.", "17",
         "share-of-admissions-vaping"),
    ],
)  # fmt: skip
def test_a_gapped_share_takes_the_earlier_whole(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


def test_a_share_with_no_earlier_share_is_not_gapped() -> None:
    # no earlier "N% of <whole>" in the sentence: nothing to borrow the whole from
    measure = read("Clinics opened in March, and snorting was reported in 17%.", "17")[0]
    assert measure != "share-of-clinics-snorting" and not measure.endswith("-snorting")


def test_a_register_that_held_people_names_no_act() -> None:
    measure = read("The clinic's register held 5,100 persons at the end of June.", "5,100")[0]
    assert not measure.endswith("-held")
