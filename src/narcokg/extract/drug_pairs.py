"""Round 25: a mass of two or more drugs together is drugs seized.

"Officers seized 2.1 kilograms of crack cocaine and heroin", "874 kilograms of heroin and
methamphetamine", "2,316.4 kilograms of heroin, methamphetamine and cocaine together": the mass
is of several drugs at once, and the keys of four reports of four rounds name it `drugs-seized`,
not the first drug's seizure. Not a "respectively" list (each mass its own drug), nor two forms
of one drug ("hashish and marijuana", see ``heads.both_cannabis_forms``).
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import DRUG_WORDS
from narcokg.extract.measures import Counted, classify

_MASSES = frozenset({"tonne", "kilogram", "gram", "pound", "milligram"})
#: More drugs joined right after the figure's words: "… of crack cocaine and heroin, £96,500".
_JOINED_AFTER = re.compile(r"^(?:\s*,\s*[a-z][a-z\s-]*?)*\s+and\s+[a-z][a-z\s-]*", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_ONE_DRUG = frozenset({"cannabis-seized", "cannabis-resin-seized"})
_ANY_DRUG = frozenset({"drug", "drugs"})


def _items(words: str) -> list[str]:
    return [i.strip() for i in re.split(r"\s*,\s*|\s+and\s+", words) if i.strip()]


def _specific(item: str) -> bool:
    """Whether the item names a drug, not drugs as a class ("synthetic drugs")."""
    return any(m[0].lower() not in _ANY_DRUG for m in DRUG_WORDS.finditer(item))


def drugs_together(counted: Counted, mention: Mention, after: str) -> Counted | None:
    """``drugs-seized`` for a mass whose words name two or more drugs joined by "and" (see the
    module), else ``None``."""
    if counted.unit not in _MASSES or not counted.measure.endswith("-seized"):
        return None
    if counted.measure == "drugs-seized" or _RESPECTIVELY.search(after):
        return None
    clause = re.split(r"[;.()]", after, maxsplit=1)[0]
    joined = _JOINED_AFTER.match(clause) if mention.quote.endswith(mention.noun) else None
    tail = _items(joined[0]) if joined else []
    if not all(_specific(i) for i in tail):
        tail = []  # "6.3 tonnes of synthetic drugs, mostly mephedrone and …": examples
    items = _items(mention.noun) + tail
    if any(i.lower().startswith("other ") for i in items):
        return None  # "mephedrone and other cathinones" names the class
    named = [i for i in items if _specific(i)]
    measures = {classify(i, "", counted.unit, True).measure for i in named}
    if len(named) < 2 or len(measures) < 2 or measures <= _ONE_DRUG:
        return None
    return Counted("drugs-seized", counted.unit, True, "measure: a mass of several drugs together")
