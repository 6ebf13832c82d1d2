"""Programmes that act as bodies (round 20, issue 14; a cause recurring across the writers of
the calibration and dev rounds). "Programme" and "Program" name plans, not bodies ("the Global
SMART Programme", "under the Patrol's Interdiction Program"), so the name grammar drops them;
but a regional organisation's or a state's programme that publishes a report ("The Drug
Monitoring Programme (DMP) of the X Secretariat publishes this summary", "The Y Program (YP) of
the Z today released") or that a figure is cited from ("…, according to the Prescription Drug
Monitoring Program") is the body the keys name, as
docs/facts.md "Agency ids" asks. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.names import NOT_AGENCY, PUBLISHES

#: A programme's head, ending its name.
_PROGRAMME = re.compile(r"[ ]+(?:Programme|Program)$")
#: Its acronym and its owner between the name and a publishing verb: " (DAP) of the X Y".
_ACRONYM_OWNER = re.compile(
    r"(?:[ ]\([A-Z][A-Za-z-]{1,7}\))?(?:[ ]+of[ ]+(?:the[ ]+)?"
    r"(?:[A-Z][\w'-]*(?:[ ]+(?:of|for|on|and)(?:[ ]+the)?)?[ ]+){0,6}[A-Z][\w'-]*)?"
)
#: A source cited right before the name.
_CITED = re.compile(r"\b(?:[Aa]ccording[ ]+to|[Ff]igures[ ]+from|[Dd]ata[ ]+from)[ ]+(?:the[ ]+)?$")


def acting(text: str, start: int, end: int, label: str) -> bool:
    """Whether ``label`` (at ``start``-``end``) is a programme that publishes the report or is
    the cited source of a figure: a body, though "Programme" alone would make it none."""
    if _PROGRAMME.search(label) is None or NOT_AGENCY.search(_PROGRAMME.sub("", label)):
        return False
    if _CITED.search(text, max(0, start - 30), start):
        return True
    owner = _ACRONYM_OWNER.match(text, end)
    return PUBLISHES.match(text, owner.end() if owner else end) is not None
