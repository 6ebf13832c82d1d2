"""Round 23: people counted where they are held, or by what they wait for, on a date (a stock,
not an act of the period): "48 children were held in custody", "State prisons held 180,800
persons", "9 of the 23 accused remain in custody", "312 people were held on remand", "148 people
were awaiting trial", "214 people were waiting for a place in residential rehabilitation". As
docs/facts.md names people (by what was done to them, then where), whatever role noun counts
them: ``people-held-in-<place>``, ``people-remanded-in-custody``, ``people-awaiting-<what>``.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted, count_unit

#: The figure's own predicate: what follows it up to the end of its clause, with no other
#: number before the verb (", compared with 61 a year earlier" is another figure's).
_PREDICATE = re.compile(r"^[^.;:\d]{0,90}")
#: Where people are held, by the words the keys keep (state and federal prisons are prison).
_HELD_IN = re.compile(
    r"\b(?:held|detained)\s+in\s+(?:(?:state|federal|and|the|its)\s+)*"
    r"(?P<place>custody|pre-?trial\s+detention|prisons?)\b",
    re.I,
)
_REMANDED = re.compile(
    r"\bheld\s+on\s+remand\b|\bin\s+remand\s+custody\b|\bremanded\s+in\s+custody\b", re.I
)
#: Another act said of the count before where it is held ("31 were charged … and remain in
#: custody"): the act names them, as the keys have it.
_OTHER_ACT = re.compile(
    r"\b(?:were|was|are|is|have\s+been|had\s+been)\s+"
    r"(?!held\b|detained\b|being\b|still\b)[a-z]+ed\b",
    re.I,
)
_REMAIN = re.compile(r"\bremain(?:s|ed)?\s+in\s+custody\b", re.I)
_AWAITING_TRIAL = re.compile(r"\b(?:awaiting|waiting\s+for)\s+(?:their\s+)?trial\b", re.I)
_AWAITING_PLACE = re.compile(
    r"\bwaiting\s+(?:list\s+)?for\s+an?\s+(?:place|bed)\b|\bon\s+(?:a|the)\s+waiting\s+list\b"
    r"|\bawaiting\s+treatment\b",
    re.I,
)
#: The active form: "State prisons held 180,800 persons", "correctional centres held".
_PRISONS_HELD = re.compile(
    r"\b(?:prisons?|jails?|detention\s+(?:center|centre)|correctional\s+(?:centres|centers|facilities))"
    r"\s+held\s+"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$",
    re.I,
)
#: Round 39: one jail or detention center ("the county jail held 97 inmates").
_ONE_JAIL = re.compile(r"(?:jail|detention\s+(?:center|centre))\s", re.I)
_OWN_VERB = re.compile(r"\bremain(?:s|ed)?$", re.I)
#: A part of people counted before ("9 of the 23 accused", "8 of them"): no noun of its own.
_PART_OF_PEOPLE = re.compile(r"^(?:of\s+)?(?:them|those|whom)?$", re.I)


def held_people(mention: Mention, before: str, after: str) -> Counted | None:
    """The stock of people a count's own predicate says are held somewhere or wait for
    something, or ``None``; a count of anything but people ("61 cases were awaiting trial")
    is left to its own noun."""
    if mention.unit is not None or not _people(mention):
        return None
    if held := _PRISONS_HELD.search(before):
        # round 39: one jail's count on a day is its inmates (five keys of rounds 110-117)
        return _named("inmates-held" if _ONE_JAIL.match(held[0]) else "people-held-in-prison")
    verb = _OWN_VERB.search(mention.noun)  # "9 of the 23 accused remain": in the noun read
    predicate = _PREDICATE.match((verb[0] if verb else "") + after)
    clause = predicate[0] if predicate else ""
    if act := _OTHER_ACT.search(clause):
        clause = clause[: act.start()]  # only the words before that act can say where
    if _REMANDED.search(clause):
        return _named("people-remanded-in-custody")  # (before "held in", which it contains)
    if held := _HELD_IN.search(clause):
        place = "-".join(held["place"].lower().replace("pretrial", "pre-trial").split())
        return _named(f"people-held-in-{place.removesuffix('s')}")
    if _REMAIN.search(clause):
        return _named("people-held-in-custody")
    if _AWAITING_TRIAL.search(clause):
        return _named("people-awaiting-trial")
    if _AWAITING_PLACE.search(clause):
        return _named("people-awaiting-treatment")
    return None


def _people(mention: Mention) -> bool:
    """People by any role noun ("children", "inmates", "the accused"), or a part of them."""
    noun = _OWN_VERB.sub("", mention.noun).strip()
    return count_unit(noun) == "person" or bool(_PART_OF_PEOPLE.match(noun))


def _named(measure: str) -> Counted:
    return Counted(measure, "person", False)
