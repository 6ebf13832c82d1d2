"""Round 39: the deaths a medical examiner "investigated" are its caseload,
``deaths-investigated`` (unit ``death``), not drug deaths.

"In 2025 the office investigated 6,214 deaths and performed 2,540 autopsies", "the OME
investigated 8,940 deaths reported to it", "it investigated 7,812 deaths from all causes": keyed
so in ocme-ct oribi116, mcome-az olingo117 and omi-nm fennec113 (three rounds); the drafts read
``drug-related-deaths``. Deaths a drug word names ("investigated 212 overdose deaths") stay as
read, as are deaths a sentence counts without the caseload's marks (autopsies, "all causes",
"reported to"): "Coroners investigated 121 deaths in Saskatoon" in a drug-death report is its
drug deaths (skcoroners, dev).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The verb right before the count.
_INVESTIGATED = re.compile(r"\binvestigated\s+(?:about\s+|some\s+|nearly\s+)?$", re.I)
#: The bare noun right after it: "deaths", not "overdose deaths".
_DEATHS = re.compile(r"^[\d,.]+\s+deaths\b", re.I)

#: What marks the whole caseload in the sentence: its autopsies, or deaths of every cause.
_CASELOAD = re.compile(r"\bautops(?:y|ies)\b|\ball\s+causes\b|\breported\s+to\s+(?:it|the)\b", re.I)


def deaths_investigated(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of deaths an examiner investigated ``deaths-investigated``."""
    for fact in found:
        if fact.measure != "drug-related-deaths" or fact.change_of:
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[sentence.start : fact.mention.start]
        clause = context.text[sentence.start : sentence.end]
        if not _CASELOAD.search(clause):
            continue
        if _INVESTIGATED.search(before) and _DEATHS.match(context.text[fact.mention.start :]):
            rename(fact, "deaths-investigated")
            fact.unit = "death"
