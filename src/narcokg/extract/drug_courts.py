"""Round 33: people a drug court admitted or graduated, named as the keys name them.

"The Shelby County Drug Court admitted 264 participants in 2025 and graduated 171", "The drug
court, which serves people already charged, admitted 212 participants": a count of people right
after "admitted" (or "graduated") in a clause whose subject is a drug court is
``people-admitted-to-drug-court`` (``people-graduated-from-drug-court``), not people admitted to
treatment: keys of four reports of four rounds (lemur86, pika88, wapiti90, civet92) for the
admissions, three of two rounds (lemur86, civet92, zorilla91) for the graduates.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: The drug court as the clause's subject, then its verb right before the count (after an
#: aside: "The drug court, which serves people already charged, admitted 212").
_COURT_ACT = re.compile(
    r"\bdrug\s+court\b[^.;:]*?\b(?P<act>admitted|graduated)\s+(?:(?:a\s+total\s+of|another"
    r"|some|about|more\s+than|nearly)\s+)?$",
    re.I,
)
_MEASURES = {
    "admitted": "people-admitted-to-drug-court",
    "graduated": "people-graduated-from-drug-court",
}


def drug_court_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people a drug court admitted or graduated (see the module)."""
    for fact in found:
        if fact.unit != "person" or fact.change_of:
            continue
        start = fact.mention.start
        sentence = context.sentences[fact.mention.sentence]
        before = context.text[max(sentence.start, start - 200) : start]
        if (court := _COURT_ACT.search(before)) is None:
            continue
        measure = _MEASURES[court["act"].lower()]
        if fact.measure != measure:
            rename(fact, measure)
