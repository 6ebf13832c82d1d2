"""(round 45) A mass a machine translation's destruction ceremony burned is ``drugs-destroyed``,
not ``drugs-seized``.

"hold centralized destroy drug ceremony, destroy various drugs 1.4 ton", "destroy all kinds of
drugs 52.7 kilogram", "harmlessly destroyed seized drugs 2.3 tons": the translation puts the noun
between the verb and the mass, where round 22's ``acts_beside.destroyed`` reads a verb only right
before the number, so the drafts kept the registry's seizure (keys of chuxiong muntjac137,
dalipsb-yn bushbuck141, foshan bongo57, garze banteng134, linxia addax139, xiangxi sambar138 and
yanbian tamaraw133). Only a mass drafted ``drugs-seized`` whose own clause ends with a verb of
destroying and the word drugs is renamed.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before, rename

_SEIZED = "drugs-seized"
_DESTROYED = "drugs-destroyed"
_MASSES = {"kilogram", "tonne", "gram", "pound"}
#: "destroy various drugs", "destroy all kinds drug", "destroyed seized drugs", right before the
#: mass (no comma, semicolon or full stop between)
_DESTROY_DRUGS = re.compile(
    r"\bdestroy(?:ed|s)?\s+(?:(?:all\s+kinds?\s+(?:of\s+)?|various\s+|seized\s+|the\s+)*)"
    r"(?:drugs?|narcotics)\s+(?:about\s+|nearly\s+|over\s+)?$",
    re.I,
)


def translated_destroyed_drugs(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each seizure a clause says was destroyed (see the module)."""
    for fact in found:
        if fact.measure != _SEIZED or fact.unit not in _MASSES:
            continue
        clause = clause_before(context, fact)
        if _DESTROY_DRUGS.search(clause):
            rename(fact, _DESTROYED)
