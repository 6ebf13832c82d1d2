"""Round 29: pills a laboratory tested are samples tested, not pills seized.

"The DEA reported that its laboratories tested 2,150 fentanyl pills seized across the country",
"Laboratory testing of 1,206 seized pills found fentanyl in 842 of them", "analysed 455 pill
samples", "examined 1,932 submissions of tablets": keys of 5 calibration reports of 5 rounds name
the count ``samples-tested`` (unit ``sample``, the registry's), and its positive part in samples;
drafts read the pills as seized (the registry's pill rule, or the word "seized" in the phrase).
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

#: Pills or tablets counted, or samples or submissions of them.
_PILLS = re.compile(
    r"^(?:[a-z-]+\s+){0,2}?(?:pills?|tablets?)(?:\s+samples)?$|^(?:submissions|samples)\s+of\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:pills|tablets)\b",
    re.I,
)
#: A laboratory's act right before the count ("tested", "laboratory testing of", "analysed").
_TESTED_BEFORE = re.compile(
    r"\b(?:tested|analy[sz]ed|examined|screened|(?:testing|analysis|examination)\s+of)"
    r"\s+(?:the\s+|a\s+total\s+of\s+)?$",
    re.I,
)


def tested_pills(mention: Mention, before: str) -> Counted | None:
    """``samples-tested`` for pills or pill samples a laboratory tested, else ``None``
    (``before``: the sentence's text before the figure)."""
    if mention.unit is not None or not _PILLS.match(mention.noun.strip()):
        return None
    sampled = re.search(r"\b(?:samples|submissions)\b", mention.noun, re.I)
    if not (sampled or _TESTED_BEFORE.search(before)):
        return None
    note = "measure: pills a laboratory tested, counted as samples"
    return Counted("samples-tested", "sample", True, note)
