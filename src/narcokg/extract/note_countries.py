"""(round 43, issue 14) An editors' note saying whose figures a programme's or an international
operation's release gives, before the list of those countries: "Note: Seizure figures are those
reported by the offices of A, B and C.", "Figures in this release are those the partner police of
A, B and C reported", "The countries taking part in Operation X were A, B and C.", "Partner
countries reporting to the programme in 2025: A, B, C." Such a release is datelined at its seat
(Vienna, Madrid, Suva) and names one partner more than the others in its body, but its totals
are the set's (docs/facts.md "Sets"); rounds 40 and 42 read only "… cover N countries:" and
"partner countries of X are …" (`noted_countries`), so the seat's or the busiest partner's
country stood, or none. Only a note's sentences count: a body's "countries taking part" may be a
part of the whole.
"""

from __future__ import annotations

import re

#: A note's opening at a line's start: "Note:", "Notes:", "Note to editors", "Notes for editors";
#: (round 44) or a heading line of its own: "Notes", "Note on partner countries", "Background".
_NOTE = re.compile(
    r"^Notes?(?:\s*:|\s+(?:to|for)\s+editors\b)"
    r"|^(?:Notes?(?:\s+on\s+[^\n.:]{1,60})?|Background)[ \t]*$",
    re.I | re.M,
)
#: What a note's sentence says before its list for the list to be the figures' countries: whose
#: figures they are, or which countries took part or report.
_CUE = re.compile(
    r"\bfigures\b[^.\n]{0,60}?\b(?:are|were)\s+those\b"
    r"|\bcountries\s+(?:taking|that\s+took|which\s+took)\s+part\b"
    r"|\bparticipating\s+countries\s+(?:are|were)\b"
    r"|\bpartner\s+countries\s+reporting\b[^:.\n]{0,60}:",
    re.I,
)
#: (round 44) Any note's sentence on countries, whatever its verb, before its list: "The six
#: partner countries covered by this release are", "Countries participating in Operation X:",
#: "worked with authorities in 13 partner countries:", "The programme's member countries are"
#: (never where goods came from or went: "countries of origin were …").
_COUNTRIES = re.compile(
    r"\bcountries\b(?!\s+of\s+(?:origin|transit|destination)\b)[^:.\n]{0,80}?"
    r"(?:\s*:|\s(?:are|were|include[sd]?)\b)",
    re.I,
)
#: A sentence that opens on an area is about a part of a wider body's countries ("In Latin
#: America it works with port units in 14 countries: …" after "operates in 70 countries").
_IN_AREA = re.compile(
    r"(?:^|[.\n]\s*)In\s+(?!\d|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)[A-Z][^.\n]*$"
)


def note_cues(text: str) -> list[re.Match[str]]:
    """The cues, in text order, of the sentences of the text's editors' note that say whose
    figures the release gives; the countries follow each cue in its sentence."""
    note = _NOTE.search(text)
    if note is None:
        return []
    found = list(_CUE.finditer(text, note.end()))
    found += [
        m
        for m in _COUNTRIES.finditer(text, note.end())
        if not _IN_AREA.search(text, note.end(), m.start())
    ]
    return sorted(found, key=lambda m: m.start())
