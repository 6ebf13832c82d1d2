"""(round 25) A unit named after its owner's possessive ("data from CDC's National Center for
Health Statistics", "the Ministry's Observatory on Crime and Violence", "the Bureau of Criminal
Investigation's Drug Law Enforcement Division") is named alone, the owner left out (docs/facts.md,
"Agency: the issuing sub-unit"), at its own place in the text: the span used to be counted from
the owner's start, so the unit overlapped the owner's name and was dropped. A register the owner
keeps is the owner's. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

#: An owner's possessive opening a name: initials or a body's head ("CDC's", "the Agency's"), not
#: an office named for a person's title ("Harris County Sheriff's Office").
_OWNER_FIRST = re.compile(
    # round 25: an owner named with "of"/"for" ("Bureau of Criminal Investigation's", "Centers for
    # Disease Control and Prevention's"), the Treasury, a directorate; a unit whose first word is
    # hyphenated or followed by "on" ("Anti-Narcotics Division", "Observatory on Crime …")
    r"^(?:[A-Z][\w.]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,5}(?:[A-Z]{2,6}|Police|Force|Service"
    r"|Agency|Administration|Ministry|Department|Bureau|Commission|Guard|Treasury|Authority"
    r"|Directorate|Investigation|Prevention)'s\s+"
    r"(?=[A-Z][\w-]*\s+(?:(?:on|of|for|and)\s+(?:the\s+)?)?[A-Z])"
)
#: Round 25: a register, not a body ("the Social Welfare Bureau's Central Registration System").
_REGISTER = re.compile(r"\b(?:System|Register|Registry|Database)\b")


def unit_after_owner(whole: str, cut: str) -> tuple[str, int]:
    """The name ``cut`` (a prefix of ``whole``) less an owner's possessive opening it, and how
    many characters of ``whole`` come before it; for a register, the owner itself."""
    owned = _OWNER_FIRST.sub("", cut)
    front = len(cut) - len(owned)
    if front and _REGISTER.search(owned):  # a register a body keeps is the body's
        return whole[:front].rstrip().removesuffix("'s"), 0
    return owned, front
