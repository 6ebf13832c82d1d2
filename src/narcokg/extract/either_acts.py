"""Round 32: a count after two acts joined by "or" ("disrupted or dismantled 274 drug trafficking
organizations"): the keys of six rounds name both acts, in the HIDTA programme's fixed order
(``drug-trafficking-organizations-disrupted-or-dismantled``, whichever the text puts first),
where the proposal took only the nearer verb."""

from __future__ import annotations

import re

from narcokg.extract.heads import proposed_measure

#: The pair, either way round, then the count and its noun (filled in by :func:`either_act`).
_PAIR = r"\b(?:disrupted\s+or\s+dismantled|dismantled\s+or\s+disrupted)\s+"
_HEDGE = r"(?:(?:more\s+than|over|about|some|nearly)\s+)?"


def either_act(sentence: str, noun: str, verb: str) -> str | None:
    """The proposal of a count ``noun`` right after "disrupted or dismantled" (or the reverse),
    else ``None`` (the caller's proposal stands)."""
    if not noun or verb.strip().lower() not in {"disrupted", "dismantled"}:
        return None
    count = rf"{_HEDGE}\d[\d,]*\s+{re.escape(noun)}"
    if not re.search(_PAIR + count, sentence, re.I):
        return None
    return f"{proposed_measure(noun, 'disrupted')}-or-dismantled"
