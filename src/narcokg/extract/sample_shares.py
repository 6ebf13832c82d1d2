"""Round 29: a drug's share of the samples a laboratory tested is named after samples tested.

"The Crime Laboratory analyzed 540 samples … and found fentanyl in 71 percent of them", "the
Department of Forensic Sciences analyzed 268 drug exhibits … and identified fentanyl in 71
percent of them": the share's whole is the registry's ``samples-tested`` (samples, exhibits or
submissions a laboratory tested), so the share is ``share-of-samples-tested-<drug>``
(docs/facts.md: ``share-of-<whole>-<part>``), as keys of 8 calibration reports of rounds 49-77
name it; drafts named the whole by its noun (``share-of-exhibits-fentanyl``). Three older keys
(two reports) keep the noun ``samples``.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement

_SHARE = re.compile(r"^share-of-(?:drug-)?(?:samples|submissions|exhibits)-(?P<part>[a-z-]+)$")
#: The laboratory's test in the share's sentence or the sentence before.
_TESTED = re.compile(r"\b(?:test(?:ed|ing|s)?|analy[sz](?:ed|is|es)|examined|laborator)", re.I)
#: Parts that say what the test found, not a drug: their names follow other rules.
_NOT_DRUG = re.compile(r"^(?:positive|negative|failed|tested)(?:-|$)")


def sample_shares(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each drug's share of tested samples after ``samples-tested`` (see the module)."""
    for fact in found:
        share = _SHARE.match(fact.measure)
        if share is None or _NOT_DRUG.match(share["part"]):
            continue
        sentence = context.sentences[fact.mention.sentence]
        before = context.sentences[sentence.index - 1] if sentence.index else None
        near = sentence.text + (" " + before.text if before is not None else "")
        if not _TESTED.search(near):
            continue
        fact.review = [n for n in fact.review if fact.measure not in n]  # the old name's notes
        fact.measure = f"share-of-samples-tested-{share['part']}"
        fact.review.append("measure: a share of the samples a laboratory tested")
