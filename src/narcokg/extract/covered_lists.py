"""(round 23, issue 14) The area a unit covers, listed in a relative clause before a figure ("The
DEA's Omaha Division, which covers Nebraska, Iowa and western Kansas, seized …", "In the Omaha
metropolitan area, which reaches into Nebraska and Iowa, a task force … seized …"): the figure
is of the whole list, a set as docs/facts.md ("Sets") keys it, not of its last member or of a
place named between the list and the figure ("the bureau's Western Kansas unit"). Two such
lists before a "respectively" run go one to each figure ("Region A, which covers A and B, and
Region B, which covers C and D, accounted for 604 and 511 … respectively"). Used by
:mod:`.placing`."""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.text import Sentence


def covered_list(
    text: str, sentence: Sentence, names: list[Name], mention: Mention, figures: list[Mention]
) -> tuple[str, ...]:
    """The regions of the covering list(s) before ``mention`` in its sentence, or nothing: also
    nothing when a place after the figure locates it ("seized 40 kilograms in Tulsa")."""
    lists = [
        found
        for cue in _COVERING.finditer(text, sentence.start, mention.start)
        if (found := _members(text, cue.end(), names)) and found[1] <= mention.start
    ]
    if not lists or any(_located_after(text, n, mention) for n in names):
        return ()
    if len(lists) > 1 and "respectively" in text[lists[-1][1] : sentence.end]:
        run = [f for f in figures if lists[-1][1] <= f.start < sentence.end][: len(lists)]
        if len(run) == len(lists) and mention in run:
            return lists[run.index(mention)][0]
    return lists[-1][0]


def _members(text: str, start: int, names: list[Name]) -> tuple[tuple[str, ...], int] | None:
    """The regions a list opening at ``start`` names, two or more, and where its clause closes
    (the comma after its last member); None when it is no such list."""
    members: list[Name] = []
    at = start
    for name in sorted((n for n in names if n.start >= start), key=lambda n: n.start):
        gap = _FIRST if not members else _NEXT
        if name.start < at or not gap.fullmatch(text, at, name.start):
            if name.start < at:
                continue  # a set's next member at the same span ("Great Britain")
            break
        members.append(name)
        at = name.end
    keys = tuple(dict.fromkeys(n.key for n in members))
    closes = _CLOSE.match(text, at)
    return (keys, at) if len(keys) >= 2 and closes else None


def _located_after(text: str, name: Name, mention: Mention) -> bool:
    gap = text[mention.end : name.start]
    return name.start >= mention.end and "," not in gap and bool(_IN.search(gap))


#: A relative clause that says what a unit or an area covers.
_COVERING = re.compile(
    r",\s*(?:(?:which|that)\s+(?:covers|serves|spans|encompasses|reaches\s+into)"
    r"|covering|serving|spanning)\s+",
    re.I,
)
#: A direction before a member ("western Kansas", "north Iowa"): part of that member.
_PART = (
    r"(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|central"
    r"|(?:north|south)-?(?:east|west)(?:ern)?)?\s*"
)
_FIRST = re.compile(_PART)
_NEXT = re.compile(r"\s*,\s*(?:and\s+)?" + _PART + r"|\s+and\s+" + _PART)
_CLOSE = re.compile(r"\s*,")
_IN = re.compile(r"\b(?:in|at|across|throughout|within)\s+(?:the\s+)?$")
