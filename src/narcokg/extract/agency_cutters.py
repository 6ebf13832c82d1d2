"""(round 42, issue 14) A Coast Guard cutter named as the actor of its own seizure ("The Coast Guard
Cutter Munro offloaded 64,800 pounds", "cocaine seized by the Coast Guard Cutter Steadfast") is a
unit of its own: the keys give its figures to the cutter, part of the Coast Guard, where the name
grammar kept only the service's name in front of it. A crew's deed ("the crew of the Coast Guard
Cutter Hamilton offloaded …") stays the service's, as the keys of such offload releases give it.
Internal to :mod:`.actors`."""

from __future__ import annotations

import re

#: "Coast Guard Cutter Munro" (not after "the crew of the").
_CUTTER = re.compile(r"(?<!crew of the )\b(?:U\.S\.[ ])?Coast[ ]Guard[ ]Cutter[ ][A-Z][a-z]+\b")


def named_cutters(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each cutter named as an actor; the label drops a leading "U.S."."""
    return [(m.start(), m.end(), m.group().removeprefix("U.S. ")) for m in _CUTTER.finditer(text)]
