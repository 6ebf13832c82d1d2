"""(round 44) People a prison system admitted are ``people-admitted-to-prison``, not people
admitted to treatment.

"During the year, 5,120 people were admitted to state custody with a drug offense as their most
serious charge", "The department admitted 3,300 people for drug offenses", "state prisons
admitted 61,000 persons whose most serious offense was a drug offense", "the agency admitted
19,400 people to prison": the registry reads "admitted" as treatment's word, so the drafts name
these ``people-admitted-to-treatment``; the keys of bjs numbat36, cdcr-ca bontebok132, kydoc
chevrotain135 and adcrr-az muntjac137 name them ``people-admitted-to-prison``. Only a count
drafted as admitted to treatment is renamed, and only when its sentence admits people to custody,
prison or jail, or for an offence, and names no treatment of any kind.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

_TREATMENT_DRAFT = "people-admitted-to-treatment"
_PRISON_MEASURE = "people-admitted-to-prison"
#: An admission the sentence names ("admitted", "admissions").
_ADMITTED = re.compile(r"\badmi(?:tted|ssions?)\b", re.I)
#: What the people were admitted to or for: custody, a prison or jail, or an offence.
_TO_PRISON = re.compile(
    r"\b(?:custody|prisons?|jails?|incarcerat\w*|correctional|offen(?:[cs]es?|ders?))\b", re.I
)
#: Any word of treatment or care: the count stays the registry's.
_CARE = re.compile(
    r"\b(?:treatment|rehabilitat\w*|detox\w*|clinics?|hospitals?|programs?|programmes?"
    r"|services?|drug\s+courts?|therap\w*|medication)\b",
    re.I,
)


def prison_admissions(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename each count of people a prison system admitted (see the module)."""
    for fact in found:
        if fact.measure != _TREATMENT_DRAFT or fact.unit != "person":
            continue
        sentence = context.sentences[fact.mention.sentence]
        words = context.text[sentence.start : sentence.end]
        if _ADMITTED.search(words) and _TO_PRISON.search(words) and not _CARE.search(words):
            rename(fact, _PRISON_MEASURE)
