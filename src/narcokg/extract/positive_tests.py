"""Round 25: tests a count's own words say were positive are samples tested positive.

The registry's ``samples-tested-positive`` is read from "tested positive" and from the part of
an "N out of M tested" share. A count named "positive tests", "positive drug test results" or
"positive samples", or a part "of the tests" that "were positive" ("conducted 2,956 roadside drug
tests, and 1,388 of the tests were positive"), was proposed from its words (`positive-tests`,
`positive-drug-test-results`) or took the tests' own measure; the keys of three reports of three
rounds name it the registry's way, in samples.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: The count's noun: "positive tests", "positive drug test results", "positive urine samples".
_POSITIVE_NOUN = re.compile(
    r"^positive\s+(?:[a-z]+\s+){0,2}?(?:tests?|test\s+results?|results?|samples?|specimens?)$",
    re.I,
)
#: A part of the tests named after the count: "1,388 of the tests were positive".
_OF_TESTS_POSITIVE = re.compile(
    r"^\s*of\s+(?:the|these|those)\s+(?:[a-z-]+\s+){0,2}?(?:tests|samples|specimens)\s+"
    r"(?:were|was)\s+positive\b",
    re.I,
)


def positive_tests(counted: Counted, mention: Mention, after: str) -> Counted | None:
    """``samples-tested-positive`` for a count of tests its own words say were positive, else
    ``None`` (``after``: its sentence after it)."""
    if counted.measure == "samples-tested-positive" or counted.unit == "percent":
        return None
    if _POSITIVE_NOUN.match(mention.noun.strip()) or (
        not mention.quote.endswith(mention.noun or "\0") and _OF_TESTS_POSITIVE.match(after)
    ):
        note = "measure: tests its words say were positive"
        return Counted("samples-tested-positive", "sample", True, counted.note or note)
    return None
