"""Round 34: defendants the words right after their count say were charged.

"In all, 1,389 defendants were charged with drug offenses", "731 defendants were charged in drug
cases", "19 defendants were charged in such cases", "64 of those defendants were charged": the
registry's role rule reads "defendants" as ``defendants-prosecuted``; round 7's verb rule reads
"charged 412 defendants" as ``people-charged`` but not the passive after the count. Keys of four
reports of four rounds (hcpo-nj dikdik94, usaosdtx vicuna76, hcdao-tx galago93, cookcountysao
zokor79) name them ``people-charged``. "Defendants charged with murder" are left as read.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement

#: The passive right after the count (its noun may follow: "64 of those defendants were charged").
_CHARGED_AFTER = re.compile(
    r"\s*(?:(?:of\s+(?:those|these|the)\s+)?(?:drug\s+)?defendants\s+)?"
    r"(?:were|had\s+been|have\s+been)\s+(?:also\s+)?charged\b"
    r"(?!\s+with\s+(?:murder|homicide|manslaughter))",
    re.I,
)


def charged_defendants(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of defendants its next words say were charged (see the module)."""
    for fact in found:
        if fact.measure != "defendants-prosecuted" or fact.unit != "person":
            continue
        if not re.search(r"\bdefendants\b", _own_words(context, fact), re.I):
            continue
        sentence = context.sentences[fact.mention.sentence]
        if _CHARGED_AFTER.match(context.text[fact.mention.end : sentence.end]):
            fact.measure = "people-charged"
            fact.review = [n for n in fact.review if not n.startswith("measure")]


def _own_words(context: DraftContext, fact: DraftMeasurement) -> str:
    """The figure's quote and the few words after it, where "of those defendants" stands."""
    return context.text[fact.mention.start : fact.mention.end + 30]
