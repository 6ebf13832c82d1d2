"""Round 39: seized "weapons" are ``weapons-seized`` (unit ``weapon``), not firearms.

Weapons hold knives and other arms as well as guns, so a count of weapons is not a count of
firearms: "officers seized … 29 weapons, 8 of which were firearms", "seized 47 weapons". Nine
calibration reports of nine rounds key such counts ``weapons-seized`` (surreypolice tuatara114,
northwalespolice oribi116, norfolkpolice kiang112, derbyspolice gaur100, glosconstab gundi108,
northyorks sifaka103, sussexpolice wapiti90, tvp ocelot44, westyorkspolice aardwolf80) against
three keying ``firearms-seized`` (iran-anp yapok78, ngb-cd serval48, spvm serval34's "prohibited
weapons"); the registry's firearms trigger reads "weapon". Firearms, guns and rifles stay
``firearms-seized``.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.renamed_levels import rename

_WEAPONS = re.compile(r"\bweapons?\b", re.I)
_GUNS = re.compile(r"\b(?:firearms?|guns?|handguns?|rifles?|pistols?|shotguns?)\b", re.I)


def seized_weapons(found: list[DraftMeasurement]) -> None:
    """Name each count of seized weapons ``weapons-seized`` (see the module)."""
    for fact in found:
        quote = fact.mention.quote
        if fact.measure != "firearms-seized" or fact.change_of:
            continue
        if _WEAPONS.search(quote) and not _GUNS.search(quote):
            rename(fact, "weapons-seized")
            fact.unit = "weapon"
