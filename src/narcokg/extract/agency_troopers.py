"""(round 51) Troopers are their patrol's: "Troopers with the Oklahoma Highway Patrol (OHP) took
…, according to figures released by the Oklahoma Department of Public Safety. Troopers seized
412,600 pills …", or a heading "Utah Highway Patrol" over "Troopers seized 96 pounds …". A
sentence that names no agency took the last one named, the department that announced the
figures, while the keys give the troopers' figures to the patrol (or to the patrol's unit the
text last named: "Troopers assigned to the … Patrol (GSP) Criminal Interdiction Unit … The
unit's …"). A bare "troopers" in a sentence naming no agency becomes a mention of the last
patrol named before it, or of a patrol's unit the text says troopers serve in ("CIU
troopers"). Internal to :mod:`.agency_late_names`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention

#: Not "its troopers" (the unit "its" names) nor "troopers assigned to it".
_TROOPERS = re.compile(r"(?<!its[ ])(?<!their[ ])\btroopers\b(?![ ]+(?:with|assigned|of)\b)", re.I)
_NONE = Agency("", "", None)
_CREW = re.compile(r"[ ]+troopers\b", re.I)  # "CIU troopers seized …"
_TITLE = re.compile(r"\bof[ ]+the[ ]+$")  # "the Colonel of the Florida Highway Patrol"
#: "Troopers assigned to the … Patrol (GSP) Criminal Interdiction Unit": the patrol's unit they
#: serve in (a laboratory division of the patrol is no trooper's).
_SERVING = re.compile(r"\btroopers[ ]+(?:with|assigned[ ]+to)[ ]+(?:the[ ]+)?", re.I)


def troopers(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each bare "troopers" of a sentence naming no agency to the last patrol before it."""
    patrols = {s for s, a in agencies.items() if a.label.endswith("Patrol")}
    if not patrols:
        return
    serving = [m.end() for m in _SERVING.finditer(text)]
    units = {
        f.key for f in found
        if agencies.get(f.key, _NONE).part_of in patrols
        and (any(0 <= f.start - e <= 45 for e in serving) or _CREW.match(text, f.end))
    }  # fmt: skip
    added = []
    for m in _TROOPERS.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min(
            i for i in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if i >= 0
        )
        if any(start <= f.start < end for f in found):
            continue  # the sentence names its agency (or a body whose troopers they are)
        before = [
            f for f in found
            if f.end <= m.start() and f.key in patrols | units
            and not _TITLE.search(text, max(0, f.start - 8), f.start)
        ]  # fmt: skip
        if before:
            added.append(Mention(m.start(), m.end(), before[-1].key, m.group()))
    found.extend(added)
    found.sort(key=lambda f: f.start)
