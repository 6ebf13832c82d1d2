"""(round 30, issue 14) A laboratory's own words refer back to the laboratory unit. A crime
laboratory's figures are the unit's ("The State Bureau's Forensic Services Division received …
submissions"), and a release goes on to call it "the laboratory" or "the lab", or to name its
staff ("forensic scientists", "chemists"); the name grammar read none of these, so
the figures went to the bureau named nearest (its acronym, "the bureau") or to the publisher,
where the keys name the unit (docs/facts.md, the issuing sub-unit). Such words name the last
laboratory or forensic unit the text named before them; with none named they stay no agency.
Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention

#: "the laboratory", "the lab", "forensic scientists", "chemists", "forensic analysts" (not
#: "the laboratory system" or "the lab of …", names of their own; not bare "analysts", whom an
#: intelligence office has too).
_LAB_WORDS = re.compile(
    r"\b(?:[Tt]he\s+(?:crime\s+)?(?:laboratory|lab)(?:'s)?\b(?!\s+(?:of|for|system)\b)"
    r"|(?:[Ff]orensic\s+)?(?:[Ss]cientists|[Cc]hemists)\b|[Ff]orensic\s+analysts\b)"
)
#: The words that make a body a laboratory unit.
_LAB_NAME = re.compile(r"\b(?:Laborator(?:y|ies)|Lab|Labs|Forensic)\b")


def lab_references(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each laboratory word to the last laboratory unit named before it."""
    labs = {s for s, a in agencies.items() if _LAB_NAME.search(a.label)}
    if not labs:
        return
    for m in _LAB_WORDS.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        before = [f for f in found if f.key in labs and f.end <= m.start()]
        if before:
            found.append(Mention(m.start(), m.end(), max(before, key=lambda f: f.end).key, m[0]))
