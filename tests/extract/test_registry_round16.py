"""Issue 14, round 16 (branch ms17a): statistics the writers of blind rounds 3-23 keyed alike,
added to the registry with the words the extractor names them by. Every sentence is made up; each
rule has a counter-example."""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg import paths
from narcokg.model.registry import registry
from narcokg.model.vocabulary import load_vocabulary
from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # publicity work and the people it reached, counted as events or as times held
        ("During the awareness month the county organized 640 publicity activities, covering "
         "210,000 people.", "640", ("publicity-activities-organized", "activity")),
        ("During the awareness month the county organized 640 publicity activities, covering "
         "210,000 people.", "210,000", ("people-covered-by-publicity", "person")),
        ("The county held publicity activities 1,150 times and covered the masses 3.2 million "
         "people.", "1,150", ("publicity-activities-organized", "activity")),
        ("The county held publicity activities 1,150 times and covered the masses 3.2 million "
         "people.", "3200000", ("people-covered-by-publicity", "person")),
        # a share of the registered users who stayed abstinent
        ("The county has 8,400 registered drug users, of which 5,120 have been abstinent for "
         "three years, accounting for 61.0%.", "61.0", ("share-of-drug-users-registered-abstinent",
                                                        "percent")),
        ("The county has 8,400 registered drug users, of which 5,120 people have abstained for "
         "three years.", "5,120", ("drug-users-abstinent", "person")),
        # things seized, frozen or tested by their own words
        ("Customs seized 1,900 kilograms of khat at the land border.", "1,900",
         ("khat-seized", "kilogram")),
        ("Agents seized 27 kilograms of mephedrone and other cathinones.", "27",
         ("synthetic-cathinones-seized", "kilogram")),
        ("The court froze 45 properties bought with drug money.", "45",
         ("properties-frozen", "property")),
        ("Traffic police carried out 18,300 roadside drug screening tests.", "18,300",
         ("roadside-drug-tests-conducted", "test")),
        ("The navy intercepted 23 go-fast boats off the coast.", "23",
         ("go-fast-boats-intercepted", "boat")),
        ("Officers taught drug prevention lessons in 310 schools.", "310",
         ("schools-reached", "school")),
    ],
)  # fmt: skip
def test_a_statistic_writers_keyed_alike_is_named_by_the_registry(
    text: str, number: str, expected: tuple[str, str]
) -> None:
    assert read(text, number) == expected


@pytest.mark.parametrize(
    ("text", "number", "unexpected"),
    [
        # counter-examples: the same words in another statistic
        ("The county recorded 210,000 people in drug treatment.", "210,000",
         "people-covered-by-publicity"),
        ("Of the 8,400 users, 2,100 relapsed, accounting for 25.0%.", "25.0",
         "share-of-drug-users-registered-abstinent"),
        ("The navy intercepted 23 fishing trawlers off the coast.", "23",
         "go-fast-boats-intercepted"),
        ("The court heard 45 cases about properties used for drug dealing.", "45",
         "properties-frozen"),
        ("Inspectors visited 310 schools to check their drug prevention plans.", "310",
         "schools-reached"),
    ],
)  # fmt: skip
def test_the_same_words_in_another_statistic_are_not_it(
    text: str, number: str, unexpected: str
) -> None:
    assert read(text, number)[0] != unexpected


@pytest.mark.parametrize(
    ("notation", "kind", "unit"),
    [
        ("publicity-activities-organized", "count", "activity"),
        ("people-covered-by-publicity", "count", "person"),
        ("share-of-drug-users-registered-abstinent", "dimensionless", None),
        ("homicide-rate", "dimensionless", None), ("conviction-rate", "dimensionless", None),
        ("minors-arrested", "count", "person"), ("juveniles-arrested", "count", "person"),
        ("khat-seized", "mass", None), ("synthetic-cathinones-seized", "mass", None),
        ("vessels-intercepted", "count", "vessel"), ("go-fast-boats-intercepted", "count", "boat"),
        ("boats-seized", "count", "boat"), ("properties-frozen", "count", "property"),
        ("roadside-drug-tests-conducted", "count", "test"),
        ("methamphetamine-deaths", "count", "person"), ("benzodiazepine-deaths", "count", "person"),
    ],
)  # fmt: skip
def test_statistics_writers_keyed_alike_are_in_the_registry(
    notation: str, kind: str, unit: str | None
) -> None:
    entry = registry().measures[notation]
    assert (entry.kind, entry.count_unit) == (kind, unit)


def test_the_new_count_units_are_count_units() -> None:
    units = load_vocabulary(Path(paths.ontology_file())).units
    for label in ("activity", "vessel", "boat", "property", "test"):
        assert units[label][1].endswith("#CountUnit")


def test_chinese_triggers_name_the_new_concepts() -> None:
    rules = {r.measure for r in registry("zh").rules}
    assert {"publicity-activities-organized", "khat-seized", "minors-arrested"} <= rules
