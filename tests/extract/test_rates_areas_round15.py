"""Issue 14, round 15 (branch ms15a): rates and crop areas named as the writers of many blind
rounds name them, and the statistics they named alike added to the registry. Every sentence is
made up; each rule has a counter-example."""

from __future__ import annotations

from pathlib import Path

import pytest

from narcokg import paths
from narcokg.model.registry import registry
from narcokg.model.vocabulary import load_vocabulary
from tests.extract.sentences import figure
from tests.extract.test_measures_round9 import read


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # a death rate with no drug of its own, whatever adjustment it names
        ("Toxic drug deaths kept rising. The death rate reached 51.2 per 100,000 residents in "
         "2024.", "51.2", "drug-death-rate"),
        ("The annualised death rate fell to 14.3 deaths per 100,000 population.", "14.3",
         "drug-death-rate"),
        ("Some 212 residents died of drug poisoning, a rate of 3.7 per 100,000 inhabitants.",
         "3.7", "drug-death-rate"),
        # an offence rate with no drug or kind of its own
        ("Police recorded 8,120 narcotics offences in 2024, or 842 offences per 100,000 people.",
         "842", "drug-offence-rate"),
        ("The rate of recorded drug offences was 377.5 per 100,000 population.", "377.5",
         "drug-offence-rate"),
        # a bare rate after the count it is a rate of
        ("Coroners counted 640 deaths in 2024, a rate of 12.2 per 100,000 residents.", "12.2",
         "drug-death-rate"),
        ("The capital accounted for 3,010 of the offences, a rate of 512.6 per 100,000.",
         "512.6", "drug-offence-rate"),
        # "drug overdose deaths" are overdose deaths
        ("Final figures show a rate of 27.9 drug overdose deaths per 100,000 population.", "27.9",
         "overdose-death-rate"),
    ],
)  # fmt: skip
def test_a_rate_says_what_it_is_a_rate_of(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # counter-examples: a rate naming its own drug, kind or qualifier keeps it
        ("The rate of heroin possession offences dropped to 6 incidents per 100,000 population.",
         "6", "heroin-possession-offence-rate"),
        ("The rate of unintentional drug-induced deaths was 18.8 per 100,000 people.", "18.8",
         "unintentional-drug-induced-death-rate"),
        ("The rate of cocaine overdose deaths was 4.1 per 100,000 people.", "4.1",
         "cocaine-overdose-death-rate"),
    ],
)  # fmt: skip
def test_a_rate_with_its_own_kind_keeps_it(text: str, number: str, expected: str) -> None:
    assert read(text, number)[0] == expected


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Soldiers destroyed 412 hectares of cannabis fields in the hills.", "412",
         ("cannabis-eradicated", "hectare")),
        ("The brigade uprooted marijuana farms covering 95 acres.", "95",
         ("cannabis-eradicated", "acre")),
        ("Eradication teams removed coca crops from 7,450 hectares last year.", "7,450",
         ("coca-eradicated", "hectare")),
        # no act: the crop's cultivation, also when the sentence before names the crop
        ("Coca was grown across the south. The main valley held 12,300 hectares.", "12,300",
         ("coca-cultivation", "hectare")),
    ],
)  # fmt: skip
def test_a_crops_area_is_the_crops_measure(
    text: str, number: str, expected: tuple[str, str]
) -> None:
    assert read(text, number) == expected


def test_an_area_of_no_crop_is_not_a_crops() -> None:
    # counter-example: land that is no crop keeps whatever the other rules name
    measure, unit = read("Rangers burned 300 hectares of forest near the camp.", "300")
    assert unit == "hectare" and not measure.endswith(("-eradicated", "-cultivation"))


@pytest.mark.parametrize(
    ("notation", "kind"),
    [
        ("drug-death-rate", "dimensionless"), ("overdose-death-rate", "dimensionless"),
        ("drug-offence-rate", "dimensionless"), ("cannabis-eradicated", "area"),
        ("coca-eradicated", "area"), ("coca-cultivation", "area"), ("cash-seized", "money"),
        ("value-of-drugs-seized", "money"), ("assets-seized", "money"),
        ("assets-restrained", "money"), ("assets-frozen", "money"),
        ("synthetic-drugs-seized", "mass"), ("synthetic-cannabinoids-seized", "mass"),
        ("schools-reached", "count"),
        ("investigations-opened", "count"), ("operations-carried-out", "count"),
        ("suspects-identified", "count"), ("people-proceeded-against", "count"),
    ],
)  # fmt: skip
def test_statistics_writers_named_alike_are_in_the_registry(notation: str, kind: str) -> None:
    entry = registry().measures[notation]
    # a survey's cultivated area is keyed at its day or for its year alike: no nature
    assert entry.kind == kind
    assert entry.nature == (None if notation == "coca-cultivation" else "flow")


def test_a_count_writers_named_alike_has_its_count_unit() -> None:
    measures = registry().measures
    assert measures["suspects-identified"].count_unit == "person"
    assert measures["schools-reached"].count_unit == "school"
    assert measures["operations-carried-out"].count_unit == "operation"


def test_money_and_area_units_are_units_of_their_kind() -> None:
    units = load_vocabulary(Path(paths.ontology_file())).units
    for label in ("dollar", "euro", "pound-sterling", "rupiah", "real"):
        assert units[label][1].endswith("#MoneyUnit")
    for label in ("hectare", "acre"):
        assert units[label][1].endswith("#AreaUnit")
    assert units["per-million"][1].endswith("#DimensionlessUnit")


def test_an_area_no_crop_names_is_the_crop_of_the_area_before_it() -> None:
    text = (
        "Troops destroyed 905 hectares of marijuana crops in the north.\n\nBy district, the "
        "three border districts accounted for 402, 311 and 192 hectares respectively."
    )
    assert figure(text, "311").measure == "cannabis-eradicated"
    # counter-example: with no crop's area before it, the area stays unnamed by a crop
    lone = "By district, the three border districts accounted for 402, 311 and 192 hectares."
    assert not figure(lone, "311").measure.startswith("cannabis")
