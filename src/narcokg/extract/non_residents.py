"""Round 39: a part of the dead or the arrested who lived elsewhere is ``non-resident-deaths`` or
``non-residents-arrested``.

"Some 38 of the people who died lived outside Connecticut", "143 of the people who died were
residents of other states", "Some 318 of the individuals counted were not residents of New York
City", "Some 184 of the people who died, the report notes, lived outside the county": keyed
``non-resident-deaths`` in five calibration reports of five rounds (ocme-ct oribi116, ocme-va
tuatara114, ocme-nyc colugo115, mcome-az olingo117, omi-nm fennec113); the drafts kept the
whole's deaths or read a stray noun. The same part of people arrested ("58 out of the 97 lived
outside the city", "Sixty-one of the 378 were not county residents") is
``non-residents-arrested`` (portlandpd-me olingo117, ncso-ca fennec113, cps-pe duiker105).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The part and its whole, then where they lived: "of the people who died lived outside",
#: "out of the 97 lived outside the city", "of the individuals counted were not residents".
_ELSEWHERE = re.compile(
    r"^\s*(?:out\s+)?of\s+(?:the|those|them|these)\b(?P<whole>[^.;]{0,60}?)\s*"
    r"(?:\b(?:lived|were\s+living|resided)\s+(?:outside|in\s+other\s+(?:states|countries|counties)"
    r"|elsewhere)|\bwere\s+(?:not\s+(?:[a-z]+\s+)?residents|residents\s+of\s+other|non-residents))\b",
    re.I,
)
#: The count itself, with a hedge the quote may hold ("Some 38").
_LEAD = re.compile(r"^(?:(?:some|about|nearly|almost|roughly)\s+)?[\d,.]+", re.I)
_DEATHS = re.compile(r"\b(?:died|deaths?|decedents?|dead)\b", re.I)
_ARRESTS = re.compile(r"\barrest", re.I)


def non_residents(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each part of the dead or the arrested said to live elsewhere (see the module)."""
    for fact in found:
        if fact.change_of or fact.unit in {"percent", "per-100000", "dollar"}:
            continue
        sentence = context.sentences[fact.mention.sentence]
        after = _LEAD.sub("", context.text[fact.mention.start : sentence.end])
        if re.match(r"^[A-Z][a-z]+(?:-[a-z]+)?\b", after):  # "Sixty-one of the 378": the word
            after = re.sub(r"^[A-Za-z-]+", "", after)
        part = _ELSEWHERE.match(after)
        if part is None:
            continue
        earlier = context.text[context.sentences[max(0, sentence.index - 1)].start : sentence.end]
        if _DEATHS.search(part["whole"]) or fact.measure.endswith("deaths"):
            rename(fact, "non-resident-deaths")
        elif _ARRESTS.search(part["whole"]) or "arrest" in fact.measure:
            rename(fact, "non-residents-arrested")
        elif _DEATHS.search(earlier):  # "of the individuals counted", after the deaths
            rename(fact, "non-resident-deaths")
        elif _ARRESTS.search(earlier):
            rename(fact, "non-residents-arrested")
        else:
            continue
        fact.unit = "person"
