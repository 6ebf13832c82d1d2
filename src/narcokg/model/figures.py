"""The check at the heart of the build: the figure a quote states is the figure its fact claims.

Read literally when the fact records no repair, or through the named repair rule when it does, so a
repaired value is never typed in by hand: it is a mechanical, auditable reading of the surface text.
"""

from __future__ import annotations

from narcokg.errors import FactError
from narcokg.model.facts import MeasurementFact
from narcokg.model.numbers import REPAIR_RULES, read_figure
from narcokg.model.quantities import Figure


def check_figure(fact: MeasurementFact, where: str) -> None:
    """The figure the text states must be the figure the fact claims."""
    if fact.repair is None:
        try:
            stated = read_figure(fact.quote)
        except ValueError:
            raise FactError(
                f"{where}: the quote states no number; quote the figure's words"
            ) from None
        how = "reads"
    else:
        rule = REPAIR_RULES.get(fact.repair.rule)
        if rule is None:
            raise FactError(
                f"{where}: unknown repair rule {fact.repair.rule!r} "
                f"(known: {', '.join(REPAIR_RULES)})"
            )
        try:
            stated = rule(fact.quote)
        except ValueError as error:
            raise FactError(
                f"{where}: repair {fact.repair.rule!r} does not apply: {error}"
            ) from None
        how = f"repaired by {fact.repair.rule!r} reads"
    claimed = Figure(fact.number, fact.qualifier, stated.unit)
    if (stated.number, stated.qualifier) != (claimed.number, claimed.qualifier):
        raise FactError(
            f"{where}: the quote {how} {stated.qualifier} {stated.number} but the fact says "
            f"{fact.qualifier} {fact.number}; fix the fact, "
            "or record a repair if the text is garbled"
        )
    if stated.low != fact.lower:
        raise FactError(
            f"{where}: the quote's range starts at {stated.low} but the fact's `lower` is "
            f"{fact.lower}; fix the fact"
        )
    if stated.unit is not None and stated.unit != fact.unit:
        raise FactError(
            f"{where}: the quote's unit is {stated.unit!r} but the fact says {fact.unit!r}"
        )
