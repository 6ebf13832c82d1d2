"""(round 30, issue 14) A place in a release's dateline is where it was issued, never a figure's
region (docs/facts.md: "the international body that coordinates it, and the city of its
dateline, are no region"), also when the dateline opens a line below a letterhead rather than the
text's first paragraph ("Maritime … Centre / Press release / Lisbon, 8 April 2026 - Interdictions
… led to the seizure of 103.4 tonnes"). Used by :mod:`.placing`."""

from __future__ import annotations

import re

from narcokg.extract.gazetteer import Mention as Name


def in_dateline(text: str, title_end: int, name: Name, dateline: re.Pattern[str]) -> bool:
    """Whether ``name`` lies in the dateline that opens the lead right after the title, or (round
    30) one that opens a line of the opening with a date or an upper-case place ("Lisbon, 8 April
    2026 - ", "SUVA - "): a letterhead's line ("Centre - Narcotics") has neither."""
    start = max(title_end, text.rfind("\n", 0, name.start) + 1)
    found = dateline.match(text, start)
    if found is None or name.end > found.end():
        return False
    return start == title_end or (start < _OPENING and bool(_DATED.search(found[0])))


#: (the letterhead, its date and the headline fill the text's first few hundred characters)
_OPENING = 1500
#: A dateline's date or an upper-case place: "8 April 2026", "March 24, 2026", "LISBON".
_DATED = re.compile(r"\d{4}|^\s*[A-Z][A-Z .'/-]{2,}(?:,|\s[-\u2013\u2014])")
