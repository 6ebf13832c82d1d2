"""Round 37: "N such <things>" counts what an earlier figure counted, not a thing named "such".

"such" points back: "SPS officers attended 1,284 overdose calls in 2025. … show 1,566 such calls in
2024", "During the year the CRU dismantled 6 dial-a-dope lines. Since …, it has shut down 29 such
lines", "Compared with 2023, when 5,412 such crimes were detected": the drafts proposed
``such-calls``, ``such-lines-shut-down``, ``such-crimes-detected`` (nine calibration reports of
eight rounds: surreyps-bc and mvd-by hyrax63, reddeer-rcmp gaur100, berlinpd-nh and lebanonpd-oh
mink68, portland-me dhole59, cnd-cu sitatunga109, bjs numbat36, wps-on quokka46); their keys
name the earlier figure's measure. The figure takes the measure of the nearest earlier figure of
its sentence or the two before, in its own unit, whose measure or sentence names the same thing
(its head's stem), a part ("31 of them fatal") aside; with none, "such" is only left out of the
proposal ("1,204 such packages" after kilograms seized → ``packages-located``).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

_SUCH = re.compile(r"^such\s+(?:[a-z-]+\s+)*?([a-z-]+)$", re.I)
#: A part right at the figure: "22 of them fatal", "31 of those".
_PART = re.compile(r"^[\w,.-]+\s+of\s+(?:them|those|these|whom|which)\b", re.I)


def such_referents(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each "N such <things>" after the figure it points back to (see the module)."""
    for fact in found:
        such = _SUCH.match(" ".join(fact.mention.noun.split()))
        if such is None or not fact.measure.startswith("such-") or fact.change_of:
            continue
        stem = such[1].lower()[:5]
        referent = _referent(context, fact, found, stem)
        if referent is None:
            rename(fact, fact.measure.removeprefix("such-"))
        else:
            rename(fact, referent.measure)


def _referent(
    context: DraftContext, fact: DraftMeasurement, found: list[DraftMeasurement], stem: str
) -> DraftMeasurement | None:
    """The nearest earlier figure, in the figure's sentence or the two before, that counts the
    same thing: its measure or its sentence holds the stem of the figure's head."""
    here = fact.mention.sentence
    earlier = [
        f
        for f in found
        if here - 2 <= f.mention.sentence <= here
        and f.mention.start < fact.mention.start
        and not f.change_of
        and not f.measure.startswith("such-")
        and f.unit == fact.unit  # "1,204 such packages" after kilograms seized: no referent
    ]
    for other in sorted(earlier, key=lambda f: f.mention.start, reverse=True):
        sentence = context.sentences[other.mention.sentence]
        words = context.text[other.mention.start : sentence.end]
        if _PART.match(words):
            continue  # "31 of them fatal": a part, not the thing counted before
        said = context.text[sentence.start : sentence.end].lower()
        if stem in other.measure or stem in said:
            return other
    return None
