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


def test_a_change_is_not_of_the_figure_it_is_compared_with() -> None:
    against = facts(
        "Wardens seized 58.1 tonnes of khat in 2023, against 20.4 tonnes in 2022, a rise of 185%."
    )
    assert against["185%"].change_of == against["58.1 tonnes of khat"].id
    assert against["185%"].period == "2023"
    when = facts(
        "Wardens seized 58.1 tonnes of khat in 2023. That is 12% more than in 2022, when 51.9 "
        "tonnes were seized."
    )
    assert when["12% more"].change_of == when["58.1 tonnes of khat"].id
    # a bracket with no period label is no base: the change is of the figure before it
    plain = facts("Wardens seized 58.1 tonnes of khat in 2023 (most of it at sea), a rise of 9%.")
    assert plain["9%"].change_of == plain["58.1 tonnes of khat"].id


def test_a_figure_in_a_bracket_labelled_with_its_period_is_a_base() -> None:
    found = facts(
        "Wardens seized 71 boats from January to June 2023 (January to June 2022: 52 boats), an "
        "increase of 37 per cent."
    )
    assert found["37 per cent"].change_of == found["71 boats"].id
    assert found["37 per cent"].period == found["71 boats"].period
