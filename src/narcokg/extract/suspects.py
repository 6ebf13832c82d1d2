"""Round 18 (measures, ms19b): suspects the police counted without holding them.

Police statistics of several countries count the people they registered, reported or identified
as suspects of drug offences, whether or not anyone was arrested ("18,000 persons were registered
as suspects", "the number of suspects reported fell to …"). The registry's word "suspects" names
an arrest; when the sentence says nothing of one, the count is proposed as ``suspects-identified``.
"""

from __future__ import annotations

import re

from narcokg.extract.measures import Counted

#: Words of holding or accusing someone: with one in the sentence, suspects were arrested.
_HELD = re.compile(
    r"\b(?:arrest|detain|detention|captur|apprehen|caught|nabbed|booked|custody|netted|charg"
    r"|proceeded\s+against|remand|jail|imprison)",
    re.I,
)
_SUSPECTS = re.compile(r"\bsuspect(?:s|ed)?\b", re.I)


def unarrested(counted: Counted, sentence: str) -> Counted:
    """``counted``, or ``suspects-identified`` when it reads suspects arrested from a sentence
    that names suspects but no arrest, detention or charge."""
    if counted.measure != "suspects-arrested" or not _SUSPECTS.search(sentence):
        return counted
    if _HELD.search(sentence):
        return counted
    note = "measure: suspects with no arrest in their sentence: identified or arrested?"
    return Counted("suspects-identified", "person", False, note)
