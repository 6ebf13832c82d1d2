"""Round 24 (issue 14): counts that describe a body or a place rather than report what was done,
which no key counts: the population a force serves or a place has ("serves a city of about
70,000 residents", "a population of about 560,000", "The island has about 84,000 residents"),
a body's own staff and members ("which has nearly 2,000 members", "a crew of about 150"), the
parts it is made of, in the present tense ("has 25 field divisions", "operates more than 300
task forces", "brings together 42 member states"), and the members that sent a regional body
their data ("Fourteen member states submitted their reports"). Figures of what a body did stay:
"employed 1,150 staff" in the year (a past tense), "7 of the 14 member states" that took part
in an operation, "lost 17 residents".

:func:`body_size` says why a figure is one of them, or returns ``None``.
"""

from __future__ import annotations

import re

#: Words that may stand between the verb and a number the figure reader did not take as its
#: qualifier ("serves some 700,000", "has well over 300").
_VAGUE = (
    r"(?:(?:about|around|some|roughly|nearly|almost|over|under|approximately|just|well|more"
    r"|less|fewer|than|an\s+estimated)\s+)*"
)

#: A population: "a population of about 560,000", "Yukon's population is about 45,500", "a
#: combined population of about 300 million people".
_POPULATION = re.compile(
    rf"\bpopulations?\s+(?:of|is|was|stands\s+at|totals|numbers)\s+{_VAGUE}$", re.I
)
#: Residents a body serves or a place holds: "serves a city of about 106,000 residents", "The
#: Island has about 84,000 residents", "counties with more than 50,000 residents".
_HOLDS = re.compile(
    r"\b(?:serves?|serving|has|have|with|home\s+to|(?:city|town|island|county|municipality"
    r"|community|state|province|territory|country|nation|region)\s+of)\s+" + _VAGUE + "$",
    re.I,
)
_RESIDENTS = re.compile(r"\s+(?:residents|inhabitants|citizens)\b", re.I)

#: A body's own people: "which has nearly 2,000 members", "with more than 5,700 operational
#: staff", "a standing corps of 10,000 officers", "employs more than 60,000 people" (the present
#: tense: "employed 1,150 staff" in a year is a figure).
_STAFF_BEFORE = re.compile(
    # the last item of a list after the verb: "with 16 regions and more than 5,700 staff"
    rf"\b(?:has|have|with)\s+(?:[^.;]{{0,80}}?\band\s+)?{_VAGUE}$"
    rf"|\b(?:crew|corps|workforce|staff)\s+of\s+{_VAGUE}$",
    re.I,
)
_STAFF = re.compile(
    r"\s+(?:(?:sworn|operational|civilian|uniformed|full-time|permanent|active|serving)\s+)?"
    r"(?:staff|employees|personnel|members|officers|troopers|agents|workers)\b(?!\s+(?:of|who|were))",
    re.I,
)
#: A crew or a corps, whatever noun follows ("a crew of about 150"). Not the people a body
#: "employs": a key counts "The service employs 17,000 officers, of whom …" (douane).
_CREW = re.compile(rf"\b(?:crew|corps|workforce)\s+of\s+{_VAGUE}$", re.I)

#: The parts a body is made of, after a present-tense verb of make-up: "has 25 field divisions",
#: "CI's special agents work out of 20 field offices", "operates in 14 Areas", "funds more than
#: 150 community providers", "brings together 58 partner countries".
_MAKE_UP = re.compile(
    r"\b(?:has|have|operates?|funds|runs|comprises|comprising|brings\s+together|bringing"
    r"\s+together|works?\s+out\s+of|employs\s+\w+\s+in)\s+(?:(?:in|across|through)\s+)?"
    + _VAGUE
    + "$",
    re.I,
)
_PARTS = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?i:divisions|offices|stations|troops|task\s+forces|areas|regions"
    r"|providers|services|member\s+states|member\s+countries|partner\s+countries|countries"
    # not centres: "Nepal currently has 211 registered rehabilitation centres" is a key's stock
    r"|institutions|units|branches|detachments|districts|islands|tribes"
    r"|partners|members)\b"
)

#: Members that sent a regional body their data: "Fourteen member states submitted their
#: reports", "the figures that ten member countries reported for 2025".
_MEMBERS = re.compile(r"\s+(?:member|partner)\s+(?:states|countries)\b", re.I)
_SENT = re.compile(r"\s+(?:submitted|reported|sent|provided|returned)\b", re.I)
_SENT_BEFORE = re.compile(r"\b(?:figures|data|reports|returns)\s+that\s+$", re.I)


def body_size(ahead: str, rest: str) -> str | None:
    """Why a bare count (``ahead`` its sentence before it, ``rest`` after it) describes a body
    or a place, or ``None``."""
    if _POPULATION.search(ahead) or (_HOLDS.search(ahead) and _RESIDENTS.match(rest)):
        return "a population a body serves or a place has, not a count of events"
    if _CREW.search(ahead) or (_STAFF_BEFORE.search(ahead) and _STAFF.match(rest)):
        return "a body's own staff or members ('has 2,000 members'), not a count of events"
    if _MAKE_UP.search(ahead) and _PARTS.match(rest):
        return "the parts a body is made of ('has 25 field divisions'), not a count of events"
    members = _MEMBERS.match(rest)
    if members and (_SENT.match(rest, members.end()) or _SENT_BEFORE.search(ahead)):
        return "the members that sent a body their data, not a count of events"
    return None
