"""The body a titled person stands for: a U.S. Attorney's office (round 10); round 18 (issue
14), the ministry of a minister whose speech the report is. A speech, statement or remarks "by
the Minister of the Interior" is issued by the Ministry of the Interior: docs/facts.md "Agency
ids" names the body, never the person's title, and the keys of five calibration reports of four
rounds name the ministry, also where the text never does. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.gazetteer import Mention

#: A title line opening a speech by a minister: "Speech of the Minister of Interior on …",
#: "Communication to the House by the Minister of National Security on …". Not an associate or
#: deputy minister (they speak for a government), not one named with a state ("… of the Kyrgyz
#: Republic": the name the text gives in full is read as any other).
_SPEECH_BY_MINISTER = re.compile(
    r"\A\s*(?:[A-Z][\w-]*\s+){0,3}(?i:speech|statement|remarks|address|communication|message)\b"
    r"[^\n]*?\b(?:by|of)\s+the\s+(?P<minister>Minister\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?>(?:\s+(?:and\s+)?[A-Z][\w-]*)*))\b(?!\s+of\s+the\b)"
)


def speaker_office(text: str) -> tuple[int, int, str] | None:
    """The span of "Minister of X" in a speech's title line and the label of its ministry; none
    when the speech names a unit "of the" ministry (the unit acts for it, as in round 16)."""
    match = _SPEECH_BY_MINISTER.match(text)
    if match is None:
        return None
    label = "Ministry" + match["minister"][8:]
    if re.search(rf"\b[A-Z][\w-]*(?:\s+\([A-Z]{{2,7}}\))?\s+of\s+the\s+{re.escape(label)}\b", text):
        return None
    return match.start("minister"), match.end("minister"), label


def speaker_of(text: str, mentions: list[Mention]) -> Mention | None:
    """The mention of the speaker's ministry in the title line."""
    office = speaker_office(text)
    return next((m for m in mentions if office and m.start == office[0]), None)


def office_of(person: re.Match[str], before: str) -> str | None:
    """The office a titled person stands for: "U.S. Attorney … of the Southern District of
    Texas" is the U.S. Attorney's Office for that district; other titled people are no agency."""
    if person["title"] == "Attorney" and person["place"] and before.endswith("U.S. "):
        return f"U.S. Attorney's Office for the {person['place']}"
    return None
