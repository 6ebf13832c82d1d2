"""(round 49) What a machine translation's "seize" clause names: all drugs, or the assets of drug
crime, not the drug or the drugs' value the sentence's other words suggest.

"crack drug criminal case 412 pieces …; seize various drug 27 item83 kilograms": the verb
"crack" (破获, of cases) reads as the drug crack, so the drafts named the total ``crack-seized``
(keys of bijie wisent144, dandong huemul149, hechi argali154, yueyang blesbok155, zhaoqing
chinkara156: ``drugs-seized``). "Seize drug-involved asset 3.74 million yuan", "seized the
drug-related assets and cash of a value of more than 3.6 million yuan": a sum in yuan beside a
seizure reads as ``value-of-drugs-seized``, where the keys of guiyang tapir49, hechi, yueyang and
zhaoqing name the assets (``assets-seized``). "Among seized drug, …, ketamine 3.47 kilograms,
other new type drug 1.86 kilograms": the list's last item took the drug before it, where the
keys of dandong, yueyang and zhaoqing name new type drugs (新型毒品) ``synthetic-drugs-seized``.
Only a mass drafted ``crack-seized`` whose own clause ends with "seize (various / all kinds of)
drug(s)", a sum drafted ``value-of-drugs-seized`` whose own clause seizes drug-involved or
drug-related assets or property, and a drug's seized mass whose own clause is "other new type
drug(s)" are renamed (a bare "other drug" is left: the keys split it).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before, rename

_CRACK = "crack-seized"
_ALL_DRUGS = "drugs-seized"
_VALUE = "value-of-drugs-seized"
_MASSES = {"kilogram", "tonne", "gram"}
_ASSETS = "assets-seized"
_SYNTHETIC = "synthetic-drugs-seized"
#: "seize various drug", "seize all kinds of drugs", "seized drugs", right before the mass
_SEIZE_DRUGS = re.compile(
    r"\bseiz(?:e|ed|es)\s+(?:various\s+|all\s+kinds?\s+(?:of\s+)?)?drugs?\s+"
    r"(?:about\s+|nearly\s+|over\s+)?$",
    re.I,
)
#: "seize drug-involved asset", "seized the drug-related assets and cash of a value of"
_SEIZE_ASSETS = re.compile(
    r"\bseiz(?:e|ed|es)\s+(?:the\s+)?drug[\s-]+(?:involved|related)\s+"
    r"(?:assets?|property|properties)\b",
    re.I,
)
#: "other new type drug", "other new-type drugs and "drug-involved snack"", the whole clause
_OTHER_NEW_TYPE = re.compile(
    r"^\s*other\s+new[\s-]+types?\s+drugs?(?:\s+and\s+\"[^\"]{1,40}\")?\s+$", re.I
)


def translated_seizures(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each translated seizure of all drugs, of new type drugs or of assets (see the
    module)."""
    for fact in found:
        if measure := _seized(fact, clause_before(context, fact)):
            rename(fact, measure)


def _seized(fact: DraftMeasurement, clause: str) -> str | None:
    """What the seizure's own clause says was seized, where it overrules the draft."""
    mass = fact.unit in _MASSES
    if mass and fact.measure.endswith("-seized") and _OTHER_NEW_TYPE.search(clause):
        return _SYNTHETIC
    if mass and fact.measure == _CRACK and _SEIZE_DRUGS.search(clause):
        return _ALL_DRUGS
    if fact.measure == _VALUE and _SEIZE_ASSETS.search(clause):
        return _ASSETS
    return None
