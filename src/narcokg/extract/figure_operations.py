"""The operation of each figure: the one its sentence names before it (or "as part of" after
it), the last one named earlier in its paragraph, or the report's only operation when the
paragraph refers back to "the operation" (moved out of :mod:`.context` in round 24).

(issue 14, round 24) "the Project Kestrel seizures" names the operation and is no reference back
to "the project"; "those arrested/charged" refer back only once the body named it."""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftOperation, nearest
from narcokg.extract.figures import Mention
from narcokg.extract.text import Sentence


def figure_operation(
    context: DraftContext,
    sentence: Sentence,
    mention: Mention,
    operations: list[DraftOperation],
) -> str | None:
    """The slug of the operation of the figure ``mention``, or None."""
    return _operation(context, sentence, mention, operations)


def _operation(
    context: DraftContext, sentence: Sentence, mention: Mention, operations: list[DraftOperation]
) -> str | None:
    name, _ = nearest(
        context.operations, sentence, context, mention.start, mention.end, before_only=True
    )
    later = [n for n in context.operations if mention.end <= n.start < sentence.end]
    if later and _PART_OF.search(context.text[mention.end : later[0].start]):
        name = later[0]  # "arrested 41 people ... as part of Operation Marteau"
    if name is None and len({n.key for n in context.operations}) == 1:
        paragraph = [s.text for s in context.sentences if s.paragraph == sentence.paragraph]
        if _refers_back(" ".join(paragraph), context, sentence):
            name = context.operations[0]  # the only operation, referred to as "the operation"
    if name is None:
        return None
    return next((op.slug for op in operations if op.label == name.key), None)


def _refers_back(paragraph: str, context: DraftContext, sentence: Sentence) -> bool:
    """The paragraph speaks of "the operation"; (round 24) or of "those charged" once a sentence
    of the body before ``sentence`` named it (not only the headline: "WRPS releases 2025
    year-end drug statistics and results of Project …")."""
    if _REFERS_BACK.search(paragraph):
        return True
    told = [s for s in context.sentences[: sentence.index] if s.text.endswith((".", ":"))]
    return bool(_THOSE.search(paragraph)) and any(
        s.start <= n.start < s.end for s in told for n in context.operations
    )


_PART_OF = re.compile(r"\b(?:as\s+part\s+of|under|during|in|through)\s+(?:the\s+)?$")


_REFERS_BACK = re.compile(  # (round 24) not a name ("the Project Coulee seizures")
    r"\b(?:the|an|this)\s+(?:operation|investigation|strike\s+force|project|raids?)\b"
    r"(?!\s+(?-i:[A-Z]))",
    re.I,
)
_THOSE = re.compile(r"\bthose\s+(?:arrested|charged)\b", re.I)
