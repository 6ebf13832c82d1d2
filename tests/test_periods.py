"""One period, one label: spans of whole months that are a calendar year, half, quarter or month,
or an April-March fiscal year, take that label, so that the graph holds one period node for them
however a fact file or a draft spells them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from narcokg.extract.evaluate import Drafted, drafted_fields
from narcokg.model.periods import canonical_label, parse_period


@pytest.mark.parametrize(
    ("label", "canonical"),
    [
        ("2023-01-01/2023-12-31", "2023"),
        ("2025-01-01/2025-06-30", "2025-H1"),
        ("2024-07-01/2024-12-31", "2024-H2"),
        ("2024-10-01/2024-12-31", "2024-Q4"),
        ("2024-02-01/2024-02-29", "2024-02"),
        ("2023-04-01/2024-03-31", "FY2024"),
        # the labels themselves stay
        ("2023", "2023"), ("2025-H1", "2025-H1"), ("2024-Q4", "2024-Q4"), ("FY2024", "FY2024"),
        # spans that are none of those stay dates
        ("2024-07-01/2025-06-30", "2024-07-01/2025-06-30"),  # a July-June year
        ("2023-10-01/2024-09-30", "2023-10-01/2024-09-30"),  # a US federal year
        ("2025-02-01/2025-04-30", "2025-02-01/2025-04-30"),  # three months, not a quarter
        ("2024-04-01/2024-09-30", "2024-04-01/2024-09-30"),  # six months, not a half
        ("2024-01-01/2024-02-28", "2024-01-01/2024-02-28"),  # not the month's last day
        ("2024-03-05/2024-03-05", "2024-03-05/2024-03-05"),  # a day's flow
        ("2024-06-30", "2024-06-30"),  # a stock
        ("not a period", "not a period"),  # left for the build to name
    ],
)  # fmt: skip
def test_canonical_label(label: str, canonical: str) -> None:
    assert canonical_label(label) == canonical
    if canonical != "not a period":
        same, given = parse_period(canonical), parse_period(label)
        assert (same.start, same.end, same.kind) == (given.start, given.end, given.kind)


def test_the_scorer_compares_periods_not_spellings() -> None:
    def drafted(period: str) -> Drafted:
        figure = ("q", 0, 9, Decimal(5), "exact", "drugs-seized", "kilogram")
        return Drafted(*figure, period, ("China",))

    assert drafted_fields(drafted("2025-H1")) == drafted_fields(drafted("2025-01-01/2025-06-30"))
    assert drafted_fields(drafted("2025-H1")) != drafted_fields(drafted("2025-01-01/2025-05-31"))
