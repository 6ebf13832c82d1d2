"""The lenient agency figure of ``narcokg eval`` ("agency (same entity)"), on a made-up key: the
same body under another spelling, acronym or listed label counts; a sub-unit for its owner, or
the owner for its sub-unit, never does; the strict figure is unchanged."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from narcokg.extract.entity_names import entity_name, same_entity
from narcokg.extract.evalreport import field_table
from narcokg.extract.evaluate import Drafted, score_figures
from narcokg.model.facts import FactFile, load_facts

TEXT = (
    "The Harbour Division of the Northern Customs Service (NCS) seized 42 kilograms of cocaine. "
    "Across the country, the Northern Customs Service made 310 seizures.\n"
)
KEY = """document:
  id: ncs-2024-01-01-made-up
  file: ncs-2024-01-01-made-up.txt
  title: Made-up release
  published: '2024-01-02'
  publisher: northern-customs-service
agencies:
  northern-customs-service:
    label: Northern Customs Service
    alt_labels: {en: [NCS]}
  harbour-division-of-the-northern-customs-service:
    label: Harbour Division of the Northern Customs Service
    part_of: northern-customs-service
measurements:
  01-cocaine-seized:
    quote: 42 kilograms of cocaine
    measure: cocaine-seized
    number: 42
    unit: kilogram
    period: '2023'
    region: Atlantis
    agency: harbour-division-of-the-northern-customs-service
  02-drug-seizures:
    quote: 310 seizures
    measure: drug-seizures
    number: 310
    unit: seizure
    period: '2023'
    region: Atlantis
    agency: northern-customs-service
"""


@pytest.fixture
def key(tmp_path: Path) -> FactFile:
    (tmp_path / "ncs-2024-01-01-made-up.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "ncs-2024-01-01-made-up.yaml"
    path.write_text(KEY, encoding="utf-8")
    return load_facts(path)


def _draft(key: FactFile, first: tuple[str, ...], second: tuple[str, ...]) -> list[Drafted]:
    drafted = []
    for fact, names in zip(key.measurements, (first, second), strict=True):
        start = TEXT.index(fact.quote)
        drafted.append(
            Drafted(
                id=f"d-{fact.id}",
                start=start,
                end=start + len(fact.quote),
                number=fact.number,
                qualifier=fact.qualifier,
                measure=fact.measure,
                unit=fact.unit,
                period=fact.period,
                regions=fact.regions,
                agency=names[-1].lower().replace(" ", "-") if names else None,
                agency_names=names,
            )
        )
    return drafted


def _figures(key: FactFile, first: tuple[str, ...], second: tuple[str, ...]) -> tuple[int, int]:
    score = score_figures(key.document.id, TEXT, _draft(key, first, second), key)
    return score.field_counts("agency")[0], score.entity_counts()[0]


def test_an_acronym_in_brackets_or_a_listed_label_is_the_same_entity(key: FactFile) -> None:
    unit = ("harbour-division-ncs", "Harbour Division of the Northern Customs Service (NCS)")
    assert _figures(key, unit, ("ncs", "NCS")) == (0, 2)


def test_case_apostrophes_and_a_leading_article_do_not_count(key: FactFile) -> None:
    unit = ("x", "the HARBOUR DIVISION of the Northern Customs Service")
    assert _figures(key, unit, ("y", "The Northern Customs' Service")) == (0, 2)


def test_a_sub_unit_and_its_owner_are_different_entities(key: FactFile) -> None:
    owner = ("northern-customs-service", "Northern Customs Service")
    unit = ("harbour-division", "Harbour Division")
    assert _figures(key, owner, unit) == (0, 0)


def test_the_strict_figure_counts_only_the_exact_name(key: FactFile) -> None:
    exact = ("h", "Harbour Division of the Northern Customs Service")
    assert _figures(key, exact, ("n", "Northern Customs Service")) == (2, 2)
    assert _figures(key, exact, ()) == (1, 1)


def test_the_report_gives_the_strict_figure_first(key: FactFile) -> None:
    drafted = _draft(key, ("x", "Harbour Division (HD)"), ("ncs", "NCS"))
    drafted[0] = dataclasses.replace(drafted[0], number=Decimal(41))  # no longer matched
    table = field_table(score_figures(key.document.id, TEXT, drafted, key))
    lines = table.splitlines()
    strict = next(i for i, line in enumerate(lines) if line.startswith("agency "))
    assert lines[strict].split()[1:3] == ["0", "1"]
    assert lines[strict + 1].split()[:5] == ["agency", "(same", "entity)", "1", "1"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Supreme Prosecutors' Office (SPO)", "supreme-prosecutors-office", True),
        ("Drug Enforcement Commission", "Drug Enforcement Commission (DEC)", True),
        ("Coast Guard District Seven", "coast guard district 7", False),
        ("Narcotics Division", "Narcotics Division of the Supreme Prosecutors' Office", False),
        ("Ministry of Public Security", "Department of Narcotics Control", False),
    ],
)
def test_entity_names(one: str, other: str, same: bool) -> None:
    assert (entity_name(one) == entity_name(other)) is same
    assert same_entity((one,), (other,)) is same


def test_no_agency_matches_only_no_agency() -> None:
    assert same_entity((), ())
    assert not same_entity(("Northern Customs Service",), ())
    assert not same_entity((), ("Northern Customs Service",))
