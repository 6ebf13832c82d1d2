"""A figure as a text states it, shared by the English and the Chinese number readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

#: The mass units a figure's unit word can name (what ``numbers.MASS_UNITS`` maps words to).
MASS_UNIT_NAMES = frozenset({"tonne", "kilogram", "gram", "milligram", "pound"})
#: The volume units a unit word can name (``numbers.VOLUME_UNITS``): liquids are not weighed.
VOLUME_UNIT_NAMES = frozenset({"litre"})


@dataclass(frozen=True)
class Figure:
    """A number as a text states it: the number, its qualifier and its unit word (if any)."""

    number: Decimal
    qualifier: str = "exact"
    unit: str | None = None
    # a range's lower end ("3 to 5 tonnes", qualifier between): `number` is its upper end
    low: Decimal | None = field(default=None, repr=False)
