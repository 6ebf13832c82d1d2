"""Round 37: people a count's own verb says were booked into a jail are ``people-booked``.

A booking is the jail's intake, not the arrest: "241 were booked into the county detention
center; the rest were issued a summons", "129 people were booked.", "booked 1,247 people into the
correctional facility on drug-related offenses, compared with 1,118 in 2024". Keys of four
calibration reports of four rounds name them by the booking (``people-booked``: pcso-co paca106,
wcso-ut sitatunga109; ``people-booked-on-drug-charges`` wcso-nv sifaka103,
``people-booked-while-on-probation`` hennepinsheriff gerenuk84); the drafts read
``suspects-arrested`` (the verb rule of round 9 takes "booked" for an arrest). People "booked on
charges of distribution" stay ``trafficking-arrests`` (their keys; ``trafficking_charged`` and the
charge rules read them), as do people booked at a station "and then charged" (the charge is the
act) and people "booked into the jail" whose own finite verb comes after ("612 people booked into
the jail were referred to treatment"). An earlier level the sentence compares is named alike.

Round 38: people booked "on drug(-related) charges" or "on drug offenses", no offence named, are
bookings too ("deputies booked 281 people on drug offenses"; "the detention center booked 1,984
people on drug-related charges"): dcso-oh tenrec110 and jcso-mo kiang112, drafted arrests, and
the same words after "into the jail" in wcso-ut sitatunga109 and hennepinsheriff gerenuk84; a
named offence ("booked on trafficking charges", "on possession charges only") stays as read.

Round 39: a jail that books them is the intake whatever follows ("The Iowa County Jail booked 914
people in 2025", "the detention center booked 1,406 people in 2025"), charges may be counted ("on
at least one drug charge") or named before ("on such charges"), and a part of a booked whole may
drop its verb ("booked 914 people, 188 of them on at least one drug charge"): iowacso-wi and
ohiocso-ky oribi116, tcso-mo colugo115, wycso-ny tuatara114, wcso-tn olingo117 (keyed
``people-booked``, drafted arrests).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import (
    EARLIER_LEVEL,
    rename_with_earlier_level,
    words_around,
)

_MEASURE = "people-booked"
#: What the drafts read for such a count: the arrest the verb rule takes it for.
_READ = frozenset({"suspects-arrested", "people", "persons", "individuals"})
#: The verb right before the count: "booked 1,247 people", "booked another 60".
_BEFORE = re.compile(r"(?<!never\s)(?<!not\s)\bbooked\s+(?:another\s+|a\s+further\s+)?$", re.I)
#: The verb right after the count (and its noun): "241 were booked", "129 people were booked".
_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}(?:were|was|had\s+been|have\s+been)\s+(?:also\s+|later\s+)?booked\b",
    re.I,
)
#: Where the booking sends them, or its clause's end: "booked into (the) …", "were booked."
_INTAKE = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}(?:into|in\s+(?:the|a)\s+(?:[a-z]+\s+){0,3}"
    r"(?:jail|detention|correctional|prison))\b|^\s*(?:[.;]|$)"
    # round 38: a booking on drug charges of no named offence
    r"|^\s*(?:[a-z]+\s+){0,2}on\s+(?:at\s+least\s+one\s+|one\s+or\s+more\s+)?"
    r"(?:(?:illegal\s+|illicit\s+)?drugs?|drug-related|narcotics?|such)"
    r"(?:\s+|-)(?:related\s+)?(?:charges?|offen[cs]es?|counts?)\b",
    re.I,
)

#: Round 39: a jail as the subject of "booked" ("The County Jail in Houston booked", "the
#: detention center booked", "The County Jail, which the Sheriff's Office operates, booked").
_JAIL_BOOKED = re.compile(
    r"\b(?:jail|detention\s+(?:center|centre|facility)|correctional\s+(?:facility|center|centre))"
    r"(?:\s+in\s+[A-Z][a-z]+|\s*,[^,.;]{1,60},)?\s+(?:also\s+)?booked\s+$",
    re.I,
)
#: Round 39: a part of a booked whole with no verb of its own: "188 of them on … drug charge".
_PART_ON = re.compile(r"^\s*of\s+(?:them|whom|those)\s+(?=on\b)", re.I)


def booked_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people booked into a jail ``people-booked`` (see the module)."""
    for fact in found:
        if fact.measure not in _READ or fact.unit != "person" or fact.change_of:
            continue
        if _booked(context, fact):
            earlier = frozenset({fact.measure})
            rename_with_earlier_level(context, found, fact, _MEASURE, earlier, EARLIER_LEVEL)


def _booked(context: DraftContext, fact: DraftMeasurement) -> bool:
    """Whether the count's own verb is "booked" and what follows is the intake (a jail, or the
    clause's end), not a charge ("booked on charges of distribution")."""
    before, after = words_around(context, fact)
    if _BEFORE.search(before):
        if _JAIL_BOOKED.search(before):
            return True
        rest = re.sub(r"^\s*(?:[a-z]+\s+){0,3}?(?=into\b)", "", after, count=1, flags=re.I)
        return bool(_INTAKE.match(rest))
    if (part := _PART_ON.match(after)) and _booked_earlier(context, fact):
        return bool(_INTAKE.match(after[part.end() :]))
    verb = _AFTER.match(after)
    return bool(verb and _INTAKE.match(after[verb.end() :]))


def _booked_earlier(context: DraftContext, fact: DraftMeasurement) -> bool:
    """Whether the sentence books people before the part ("booked 914 people in 2025, 188 …")."""
    sentence = context.sentences[fact.mention.sentence]
    return bool(re.search(r"\bbooked\b", context.text[sentence.start : fact.mention.start]))
