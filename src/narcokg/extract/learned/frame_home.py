"""Where the learned ranker decides the report's home region (issue 14, round 13).

:func:`learned_home` is the one call drafting makes: the candidates of :mod:`.frame_features`
ranked by the shipped model (:mod:`.frame_model`); the FRAME block's region line then reads
"learned ranker" with the runner-up. Figures whose own text names a region keep it: only the
context's home (what a figure takes when nothing nearer names one) changes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from narcokg.extract.learned.frame_features import candidates, spans_of

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.frame_answers import FrameGuess
    from narcokg.model.regions import Region

#: whether drafting takes the ranker's home region (docs/extraction.md: only where it beat the
#: rules out of fold on the calibration split)
ENABLED = False


def learned_home(
    context: DraftContext, guess: FrameGuess, known: dict[str, Region]
) -> tuple[DraftContext, FrameGuess]:
    """The context and guess with the ranker's home region (unchanged when it is off or agrees
    with the rules)."""
    if not ENABLED or not guess.region:
        return context, guess
    from narcokg.extract.learned.frame_model import shipped_model

    found = candidates(context, guess, known, spans_of(context.text, context.sentences))
    ranked = shipped_model().ranked(found)
    best = ranked[0][0].regions
    if best == guess.region:
        return context, guess
    runner = ", ".join(ranked[1][0].regions) if len(ranked) > 1 else "none"
    why = f"learned ranker (p {ranked[0][1]:.2f}; runner-up {runner})"
    return replace(context, home=best), replace(guess, region=best, region_why=why)
