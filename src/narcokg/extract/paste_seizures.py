"""(round 47) A seized mass of cocaine base paste, coca paste or cocaine base is a seizure of that
form, named by its own words, not of cocaine.

"6.8 tonnes of cocaine base paste", "cocaine base paste 8,945 kilograms", "Seizures of coca base
paste reached 112 tonnes", "19.2 tonnes was cocaine base", "318 kilograms of coca paste": the
drug words find cocaine (or coca) and the drafts read ``cocaine-seized`` or ``coca-seized``; the
keys name the form: ``cocaine-base-paste-seized`` (ameripol xerus53, carabineros capybara148,
dirandro caribou58, dirandro-pnp oryx70), ``coca-base-paste-seized`` (policia-co),
``coca-paste-seized`` (pfa-ar indri96), ``coca-base-seized`` (diran-co rhino73),
``cocaine-base-seized`` (felcnbolivia genet89). Only a mass drafted ``cocaine-seized`` or
``coca-seized`` is renamed, when the form is the first thing its own words name ("of cocaine
base paste"), the words right before its number in its clause ("and cocaine base paste 8,945
kilograms"), or its predicate ("was cocaine base"); cocaine hydrochloride, and a mass of paste
"and hydrochloride" together, stay cocaine.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import clause_before, rename

_READ = frozenset({"cocaine-seized", "coca-seized"})
#: the form, unless the words go on to the refined drug ("cocaine base paste and hydrochloride",
#: one mass of both: cocaine)
_FORM = (
    r"(?P<form>(?:cocaine|coca)\s+(?:base\s+paste|base(?!\s+paste)|paste))\b"
    r"(?!\s+and\s+(?:cocaine\s+)?hydrochloride)"
)
#: "6.8 tonnes of cocaine base paste": the form the mass's own words name first
_OWN = re.compile(rf"[^a-z]*[a-z]+\s+of\s+(?:the\s+)?{_FORM}", re.I)
#: "and cocaine base paste 8,945 kilograms", "Seizures of coca base paste reached 112 tonnes"
_BEFORE = re.compile(
    rf"\b{_FORM}\s+(?:(?:reached|totalled|totaled|amounted\s+to|stood\s+at|came\s+to)\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
#: "19.2 tonnes was cocaine base"
_PREDICATE = re.compile(rf"\s+(?:was|were)\s+{_FORM}", re.I)


def paste_seizures(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each cocaine or coca mass whose words name a paste or base form (see the module)."""
    for fact in found:
        if fact.measure not in _READ:
            continue
        named = (
            _OWN.match(context.text, fact.mention.start)
            or _PREDICATE.match(context.text, fact.mention.end)
            or _BEFORE.search(clause_before(context, fact))
        )
        if named is not None:
            rename(fact, "-".join(named["form"].lower().split()) + "-seized")
