"""Round 24: people charged, and arrests, read by the offence the words right after the count
name (docs/facts.md: `people-charged` counts people charged with drug offences, those charged
with supply or trafficking stay `trafficking-arrests`).

- Arrests "for drug trafficking" or "in drug trafficking investigations" are the registry's
  `trafficking-arrests`, not all suspects arrested (the count's own noun is only "arrests").
- People charged with, or facing charges of, trafficking, supply, sale, dealing, importing or
  distribution ("212 were charged with importing a controlled drug", "of whom 84 faced
  trafficking-related charges") are `trafficking-arrests`, neither `people-charged` nor the
  charges laid.
- People who "face" a number of charges ("9 people face 54 charges") or against whom charges
  "were laid" are `people-charged`, not arrests.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted, count_unit

#: An offence of supply, whatever the word (stems, so "trafficking", "importing", "sale").
SUPPLY = r"(?:traffick|suppl(?:y|ying)\b|sale\b|sell|deal(?:ing)?\b|import|distribut)"
#: The arrests' noun, then what they were for: "arrests for drug trafficking", "arrests in drug
#: trafficking investigations".
_ARRESTS_FOR = re.compile(rf"^\s*(?:for|in)\s+(?:[a-z-]+\s+){{0,2}}?{SUPPLY}", re.I)
#: A charge of supply right after a count of people: "were charged with importing …", "faced
#: charges of trafficking …", "face trafficking-related charges", "faced trafficking counts".
_CHARGED_WITH = re.compile(
    r"\s*(?:of\s+them\s+)?(?:were\s+|was\s+)?(?:also\s+|each\s+|now\s+)?"
    rf"(?:charged\s+with\s+(?:[a-z-]+\s+){{0,3}}?{SUPPLY}"
    # round 37: "faced trafficking counts", "faced trafficking or possession-for-the-purpose
    # charges": a count is a charge, and a second offence may follow the first (5 reports)
    rf"|fac(?:e|es|ed)\s+(?:[a-z-]+\s+)?{SUPPLY}[a-z-]*(?:\s+or\s+(?:[a-z-]+\s+){{0,6}}?[a-z-]+)?"
    r"\s+(?:charges?|counts?)\b"
    rf"|fac(?:e|es|ed)\s+charges?\s+(?:of|for)\s+(?:[a-z-]+\s+){{0,2}}?{SUPPLY})",
    re.I,
)
#: People who face a number of charges: "face 54 charges", "now face a combined 96 charges".
_FACE_CHARGES = re.compile(
    r"\s*(?:now\s+)?fac(?:e|es|ed)\s+(?:a\s+(?:total|combined)\s+(?:of\s+)?)?\d[\d,]*\s+"
    r"(?:[a-z-]+\s+){0,2}?charges\b",
    re.I,
)
#: Charges laid against the count: "the charges were laid against 312 people".
_LAID_AGAINST = re.compile(r"\bcharges\s+(?:were|have\s+been|had\s+been)\s+laid\s+against\s+$")
#: Round 42: charges a prosecutor or court filed against a count of people: "filed drug charges
#: against 174 people", "filed possession charges against 208 people" (the drafts read an arrest
#: or a prosecution); police who "laid charges against" people keep the arrest (rcmp's dev key),
#: and a part of the arrested ("against 29 of those arrested") the prosecution (dea's dev key).
_FILED_AGAINST = re.compile(r"\bfiled\s+(?:[a-z-]+\s+){0,2}?charges\s+against\s+$")
_PEOPLE = re.compile(r"\b(?:people|persons|individuals)$", re.I)


def charged_people(mention: Mention, before: str, after: str) -> Counted | None:
    """The measure the offence or the charges right after a count name, else ``None``."""
    if mention.unit is not None:
        return None
    if mention.noun.lower().split()[-1:] == ["arrests"] and _ARRESTS_FOR.match(after):
        return Counted("trafficking-arrests", "person", True, "measure: arrests for supply")
    if count_unit(mention.noun) == "person" and _LAID_AGAINST.search(before):
        return Counted(
            "people-charged", "person", True, "measure: the people charges were laid against"
        )
    if _PEOPLE.search(mention.quote) and _FILED_AGAINST.search(before):
        return Counted("people-charged", "person", True, "measure: charges filed against them")
    # the noun may run on into the verb ("12 people face 87 charges": the noun "people face")
    phrase = mention.noun + after
    who = _WHO.match(phrase)
    if who is None or (who[1] and count_unit(who[1]) != "person"):
        return None
    if _CHARGED_WITH.match(phrase, who.end()):
        return Counted("trafficking-arrests", "person", True, "measure: charged with supply")
    if _FACE_CHARGES.match(phrase, who.end()):
        return Counted("people-charged", "person", True, "measure: people facing charges")
    return None


#: The people's noun (up to three words, or none) before the verb that says what they face.
_WHO = re.compile(
    r"^\s*((?:[a-z-]+\s+){0,3}?)(?=(?:of\s+them\s+)?(?:were|was|now|also|each|charged|fac(?:e|es|ed))\b)",
    re.I,
)
