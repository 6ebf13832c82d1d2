"""Issue 14, round 9: a number glued to an "s" is a decade or an age group, not a count (it
drafted a measure "s" with no unit, which the fact-file reader then refused). Made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.sentences import draft_of


def numbers(text: str) -> list[Decimal]:
    draft = draft_of(text)
    assert all(m.unit for m in draft.measurements)  # every figure drafted has a unit
    return [m.mention.number for m in draft.measurements]


@pytest.mark.parametrize(
    ("text", "kept", "left_out"),
    [
        ("Offenders in their 20s and 30s accounted for 61.5% of the 4,210 arrested.",
         ["61.5"], ["20", "30"]),
        ("Seizures have not been this high since the 1990s: 312 kg this year.", ["312"], ["1990"]),
        ("Users in their 40's made up 18% of admissions.", ["18"], ["40"]),
        # counter-example: a count with a space before its noun stays a count
        ("Police arrested 20 suspects and seized 30 kg of heroin.", ["20", "30"], []),
    ],
)  # fmt: skip
def test_a_number_glued_to_s_is_no_count(text: str, kept: list[str], left_out: list[str]) -> None:
    found = numbers(text)
    assert all(Decimal(n) in found for n in kept), found
    assert not any(Decimal(n) in found for n in left_out), found
