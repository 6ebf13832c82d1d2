"""Round 21 (issue 14, branch ms22c): the part of a count of deaths that one sex accounted for.

"Males accounted for 3,791 of the drug poisoning deaths registered in 2024 and females for
1,774", "Men accounted for 438 of the deaths": the registry's death trigger names the whole, but
the figure is its part, which keys of two rounds (three reports) name ``<deaths measure>-male``
and ``-female``, as shares of deaths are named ``share-of-deaths-male``.
"""

from __future__ import annotations

import re

#: "Males accounted for" / "Men made up" right before the count, and the gapped later item of
#: the same sentence ("… and females for 1,774").
_LEAD = re.compile(
    r"\b(males?|men|females?|women)\s+(?:(?:accounted|account)\s+for|made\s+up)\s*$", re.I
)
_GAPPED = re.compile(r"\band\s+(males?|men|females?|women)\s+for\s*$", re.I)
_OF_WHOLE = re.compile(r"^\s*of\s+(?:the|those|these|all)\b", re.I)
_SEX = {"male": "male", "males": "male", "men": "male"}


def sex_part(measure: str, before: str, after: str) -> str | None:
    """``<measure>-male`` or ``-female`` when ``measure`` counts deaths and the words before
    the figure (its sentence up to it) say one sex accounted for it, else ``None``.

    >>> sex_part("drug-related-deaths", "Men accounted for ", " of the deaths")
    'drug-related-deaths-male'
    >>> sex_part("drug-related-deaths", "Men accounted for 9 of them and women for ", "")
    'drug-related-deaths-female'
    >>> sex_part("suspects-arrested", "Men accounted for ", " of those arrested") is None
    True
    """
    if not measure.endswith("deaths"):
        return None
    lead = _LEAD.search(before)
    if lead is not None and _OF_WHOLE.match(after):
        sex = lead[1].lower()
    elif (gapped := _GAPPED.search(before)) is not None and re.search(
        r"\baccount(?:ed)?\s+for\b", before[: gapped.start()], re.I
    ):
        sex = gapped[1].lower()
    else:
        return None
    return f"{measure}-{_SEX.get(sex, 'female')}"
