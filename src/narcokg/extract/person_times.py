"""Round 29: tests counted in "person-times" are counted in samples, the registry's unit.

"The police carried out drug-taking hair testing 2,418 person-times, found positive 23 people":
a person tested twice is two tests, so the whole is ``samples-tested`` and its positive part
``samples-tested-positive``, both in the registry's unit ``sample`` (docs/facts.md: a registry
concept keeps the registry's unit), not in people. Keys of the twelve calibration reports of rounds
59-77 that count such tests name them so (24 figures), against ten reports of rounds 30-53 that
counted people (20 figures): the newer writers follow the rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftMeasurement

#: A count of tests by the people tested, each test once ("person-times", "person-time").
_PERSON_TIMES = re.compile(r"\bperson[- ]times?\b", re.I)
_TESTS = ("samples-tested", "samples-tested-positive")


def in_samples(whole: DraftMeasurement, part: DraftMeasurement) -> None:
    """Count a positive ``part`` of tests and their ``whole`` in samples when the whole counts
    person-times."""
    if not _PERSON_TIMES.search(whole.mention.quote):
        return
    for fact in (whole, part):
        if fact.measure in _TESTS and fact.unit != "sample":
            fact.unit = "sample"
            fact.review.append("unit: tests counted in person-times, each one a sample")
