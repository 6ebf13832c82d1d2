"""Round 21 (issue 14): the positive part of the samples a sentence says were tested.

"tested 3,050 samples …; 610 of them contained heroin and 44 contained morphine", "Of 2,800
swabs examined, 1,150 (41.1%) were positive", "80 samples were collected …, 6 samples out of
which were detected positive": a count after the samples tested in its sentence whose own words
say it was positive or contained a drug is ``samples-tested-positive`` (the registry's part of
``samples-tested``), not the whole's measure its bare number borrowed. The registry's trigger
for the measure reads the same in a noun phrase ("positive samples", "samples containing
xylazine", ontology/narcokg.ttl); keys of 5 calibration reports of 5 rounds.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

_TESTED = "samples-tested"
_POSITIVE = "samples-tested-positive"
#: The one reading of a positive part's own words after its number (round 22 merged the two
#: patterns of rounds 16 and 21 here; :mod:`.parts` reads it too): its own noun (at most two
#: words), a pointer back to the whole ("out of which", "of them", "of whom"), a verb of being
#: and of finding, then positive or contained, or "found to be drug users / under the influence"
#: (round 21, translations).
POSITIVE_AFTER = re.compile(
    r"^\s*(?:(?!of\b|out\b|were\b|was\b)[a-z-]+\s+){0,2}?"
    r"(?:(?:out\s+)?of\s+(?:them|which|whom|those|these)\s+)?"
    r"(?:(?:were|was|also|have\s+been|had\s+been)\s+)*"
    r"(?:(?:tested|found|proved|returned|detected|came\s+back)\s+)?"
    r"(?:a\s+)?(?:positive\b|contained\b"
    r"|found\s+to\s+be\s+(?:drug\s+users|under\s+the\s+influence)\b)",
    re.I,
)


def positive_samples(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Rename the positive parts of the samples tested their sentence counted before them."""
    for index, fact in enumerate(found):
        if fact.measure != _TESTED or fact.change_of:
            continue
        whole = _whole(found[:index], fact)
        if whole is None or not POSITIVE_AFTER.match(_after_number(context, fact)):
            continue
        rename(fact, _POSITIVE)
        fact.review.append(f"measure: the part of {whole.id!r} its own words say was positive")
        if fact.denominator is None:
            fact.denominator = whole.mention.number


def _whole(earlier: list[DraftMeasurement], part: DraftMeasurement) -> DraftMeasurement | None:
    """The last larger count of samples tested before ``part`` in its sentence."""
    wholes = [
        f
        for f in earlier
        if f.mention.sentence == part.mention.sentence
        and f.measure == _TESTED
        and f.mention.number > part.mention.number
    ]
    return wholes[-1] if wholes else None


def _after_number(context: DraftContext, fact: DraftMeasurement) -> str:
    """The text after the part's number to the end of its clause."""
    number = re.match(r"\D{0,20}?\d[\d.,]*", fact.mention.quote)
    start = fact.mention.start + (number.end() if number else len(fact.mention.quote))
    after = _SHARE.sub("", context.text[start : start + 120])
    return re.split(r"[;.]\s|[;.]$|,\s", after, maxsplit=1)[0]


#: A share restated after the number: " (41.1%)", ", or 41.1%,".
_SHARE = re.compile(r"^\s*(?:\(\s*[\d.,]+\s*%\s*\)|,?\s*or\s+[\d.,]+\s*%\s*,?)")
