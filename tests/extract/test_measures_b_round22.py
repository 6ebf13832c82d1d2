"""Issue 14, round 22 (measures, part B, branch ms23b): a figure drafted as the wrong registry
concept, or a proposed name other than docs/facts.md's, causes that recurred across the writers
of the calibration reports (at least 3 reports of at least 2 rounds), one test per cause, each
with a counter-example; and the one pattern of a positive part's own words. Every sentence is
made up."""

from __future__ import annotations

import pytest

from narcokg.extract import parts, positives
from tests.extract.test_measures_round9 import read


def test_one_pattern_reads_a_positive_parts_own_words() -> None:
    assert parts.POSITIVE_AFTER is positives.POSITIVE_AFTER
    assert not hasattr(parts, "_POSITIVE_AFTER") and not hasattr(positives, "_POSITIVE_AFTER")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the shapes of rounds 16 and 21, now read by one pattern
        ("The lab screened 7,300 urine samples; 2,015 of them were positive for cocaine.",
         "2,015"),
        ("Officers tested 940 drivers at the checkpoints, 85 of whom were found to be under the "
         "influence of cannabis.", "85"),
        ("The service analysed 1,700 pill samples, of which 360 samples had been found positive "
         "for nitazenes.", "360"),
    ],
)  # fmt: skip
def test_positive_parts_read_by_the_one_pattern(text: str, number: str) -> None:
    assert read(text, number)[0] == "samples-tested-positive"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Heroin stayed the main killer in the county. It was involved in 212 deaths, or 61% of "
         "the total.", "212", "heroin-deaths"),
        ("Cocaine use grew across the region: it was detected in 148 deaths, up from 97.", "148",
         "cocaine-deaths"),
        ("Opioids featured in most cases. They were found in 330 deaths in 2025.", "330",
         "opioid-deaths"),
    ],
)  # fmt: skip
def test_a_pronoun_subject_stands_for_the_drug_before_it(
    text: str, number: str, measure: str
) -> None:
    assert read(text, number)[0] == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # two drugs before the pronoun: which one it stands for is not said
        ("Heroin and cocaine were both common. It was involved in 212 deaths.", "212"),
        # no drug before it
        ("The coroner reviewed every file. It was involved in 212 deaths.", "212"),
    ],
)  # fmt: skip
def test_a_pronoun_with_no_single_drug_before_it_names_none(text: str, number: str) -> None:
    assert not read(text, number)[0].endswith(("heroin-deaths", "cocaine-deaths"))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Seizures of synthetic drugs totalled 74.2 kilograms in 2025.", "74.2"),
        ("Seizures of synthetic drugs reached 1.6 tonnes, against 1.1 tonnes the year before.",
         "1.1"),
        ("Customs seized 12 kg of heroin and 530 kg of synthetic drugs.", "530"),
    ],
)  # fmt: skip
def test_synthetic_drugs_seized_by_mass(text: str, number: str) -> None:
    assert read(text, number)[0] == "synthetic-drugs-seized"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # a drug the registry names stays its own
        ("Police seized 48 kilograms of methamphetamine at a synthetic drugs laboratory.", "48",
         "methamphetamine-seized"),
        ("Seizures of drugs totalled 310 kilograms in 2025.", "310", "drugs-seized"),
    ],
)  # fmt: skip
def test_other_masses_are_not_synthetic_drugs(text: str, number: str, measure: str) -> None:
    assert read(text, number)[0] == measure


_EPISODES = "Treatment services in the territory closed 5,130 treatment episodes in 2025-26. "


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        (_EPISODES + "Alcohol was the principal drug of concern in 47% of episodes, followed by "
         "cannabis (21%) and heroin (9%).", "47", "share-of-treatment-episodes-alcohol"),
        (_EPISODES + "Alcohol was the principal drug of concern in 47% of episodes, followed by "
         "cannabis (21%) and heroin (9%).", "21", "share-of-treatment-episodes-cannabis"),
        ("Clinics delivered 2,210 episodes of alcohol and other drug treatment. Cannabis remained "
         "the most common principal drug, at 33.5% of episodes.", "33.5",
         "share-of-treatment-episodes-cannabis"),
    ],
)  # fmt: skip
def test_a_share_of_episodes_is_of_the_treatment_episodes(
    text: str, number: str, measure: str
) -> None:
    assert read(text, number)[0] == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # no treatment episodes named before it: the share keeps its own noun
        ("Psychosis was reported in 12% of episodes of intoxication.", "12",
         "share-of-episodes"),
        # alcohol named only in "alcohol and other drug" is no part
        ("Alcohol and other drug services saw 38% of clients from rural areas.", "38",
         "share-of-clients"),
    ],
)  # fmt: skip
def test_other_shares_keep_their_names(text: str, number: str, measure: str) -> None:
    assert read(text, number)[0].startswith(measure)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("During the week of action, officers arrested 52 people and safeguarded 27 vulnerable "
         "adults.", "27"),
        ("The unit also safeguarded 140 children and young adults who had been exploited by "
         "dealers.", "140"),
        ("Nine vulnerable people were found in the flats, and 14 young people, 5 of them aged "
         "under 16, were safeguarded by social workers.", "14"),
    ],
)  # fmt: skip
def test_people_safeguarded_are_named_by_what_was_done_to_them(text: str, number: str) -> None:
    assert read(text, number) == ("people-safeguarded", "person")


def test_people_not_safeguarded_keep_their_measure() -> None:
    text = "Officers arrested 52 people during the week, and social workers later safeguarded 9."
    assert read(text, "52")[0] != "people-safeguarded"


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The court also ordered $4.6 million in restitution to the insurers.", "4,600,000",
         "restitution-ordered"),
        ("Magistrates imposed $61,500 in fines on the dealers.", "61,500", "fines-imposed"),
    ],
)  # fmt: skip
def test_money_a_court_ordered_is_named_by_what_and_the_order(
    text: str, number: str, measure: str
) -> None:
    assert read(text, number)[0] == measure


def test_money_with_no_order_before_it_stays_an_amount() -> None:
    text = "The scheme cost taxpayers $4.6 million in restitution claims."
    assert read(text, "4,600,000")[0] != "restitution-ordered"
