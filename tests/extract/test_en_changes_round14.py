"""English reports, issue 14 round 14 (change links): a multiple of another amount ("N times the
…", "N times as much") is a change of the figure it multiplies. Made-up sentences; each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2024, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Lake patrol results\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def test_a_multiple_of_an_earlier_amount_changes_the_figure_before_it() -> None:
    found = facts(
        "Wardens seized 64 kilograms of khat in 2023, nearly five times the amount seized in "
        "2022. Divers recovered 310 packages, 2.5 times the previous year's."
    )
    assert found["nearly five times"].change_of == found["64 kilograms of khat"].id
    assert found["2.5 times"].change_of == found["310 packages"].id
    assert found["2.5 times"].measure == "fold-increase"


def test_a_fraction_of_an_earlier_amount_is_a_fall() -> None:
    found = facts("Wardens seized 12 boats in 2023, 0.5 times as many as in 2022.")
    assert found["0.5 times"].change_of == found["12 boats"].id
    assert found["0.5 times"].measure == "fold-decrease"


def test_a_count_of_times_is_no_change() -> None:
    found = facts("Medics administered naloxone 3,218 times in 2023, the patrol said.")
    assert all(m.change_of is None for m in found.values())


def test_a_multiple_does_not_multiply_a_former_value_in_an_earlier_clause() -> None:
    found = facts(
        "Wardens seized 40 boats and 90 nets in 2023. Boat seizures fell from 52, while net "
        "seizures were 1.5 times the previous year's."
    )
    assert found["1.5 times"].change_of != found["52"].id
    assert found["1.5 times"].period == "2023"
