"""Round 28: people a police service dealt with other than by a charge are diverted.

"A further 6,940 people were not charged at all: they were offered the Police Drug Diversion
Program", "Another 34 people were not arrested at all", "officers referred 1,804 persons to a
diversion scheme", "156 people avoided a criminal record altogether": keys of 24 calibration
reports of 19 rounds name such people ``people-referred-to-diversion``; drafts read them as
arrested or charged (the verb the sentence denies) or as bare "people". Only the one count of
people in its sentence is read so ("Of the 900 arrested, 120 were referred to a diversion
scheme" names the arrested too).

People its sentence says were referred to treatment or addiction services ("officers referred
97 people to addiction and mental health services", "214 people accepted a referral to
treatment", "connected 402 people with treatment") are ``people-referred-to-treatment``, also
through a diversion programme (the registry's definition): keys of 20 calibration reports of 18
rounds, drafted as people met, encountered, charged or in treatment.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.heads import count_unit
from narcokg.extract.measures import Counted

#: What says people went another way than a charge, an arrest or a court.
_DIVERTED = re.compile(
    r"\bdiversion\s+(?:program(?:me)?s?|schemes?|track|protocol|measures?|to\b)"
    r"|\bdiverted\b"
    r"|\bnot\s+(?:charged|arrested|prosecuted|booked)\s+at\s+all\b"
    r"|\bnever\s+(?:booked|taken\s+to|charged|arrested)\b"
    r"|\bavoided\s+(?:a\s+)?(?:criminal\s+record|jail\s+booking|charge|prosecution)"
    r"|\bin\s+place\s+of\s+(?:a\s+)?(?:[a-z]+\s+)?(?:charge|court|prosecution)\b"
    r"|\baway\s+from\s+the\s+courts?\b"
    r"|\binstead\s+of\s+(?:going\s+to\s+court|receiving\s+a\s+charge|facing\s+charges?)",
    re.I,
)
#: What says people were sent on to treatment.
_TO_TREATMENT = re.compile(
    r"\breferr(?:ed|als?)\b[^.;]{0,80}?\bto\s+(?:[a-z-]+\s+){0,5}?"
    r"(?:treatment|addiction|detox|withdrawal\s+management)\b"
    r"|\bconnected\b[^.;]{0,40}?\bwith\s+(?:a\s+)?treatment\b",
    re.I,
)
#: A count of people: a number, up to three words, a plural of people.
_PEOPLE_COUNT = re.compile(
    r"\d[\d,.]*\s+(?:[a-z-]+\s+){0,3}?(?:people|persons|individuals|adults|youths|offenders)\b",
    re.I,
)


def diverted_people(mention: Mention, sentence: str) -> Counted | None:
    """``people-referred-to-treatment`` or ``-diversion`` for the one count of people of a
    sentence that says they were referred to treatment or diverted, else ``None``."""
    if mention.unit is not None or count_unit(mention.noun) != "person":
        return None
    if len(_PEOPLE_COUNT.findall(sentence)) != 1:
        return None
    if (sent := _TO_TREATMENT.search(sentence)) is not None and _own_act(sent[0], mention):
        note = "measure: people its sentence says were referred to treatment"
        return Counted("people-referred-to-treatment", "person", True, note)
    if not _DIVERTED.search(sentence):
        return None
    note = "measure: people dealt with other than by a charge"
    return Counted("people-referred-to-diversion", "person", True, note)


def _own_act(act: str, mention: Mention) -> bool:
    """Whether the referral is of this count, not of another number it names ("screened 6,540
    persons, and referred 1,905 to treatment")."""
    own = re.search(r"\d[\d,.]*", mention.quote)
    named = re.findall(r"\d[\d,.]*", act)
    return not named or (own is not None and own[0] in named)
