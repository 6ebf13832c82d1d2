"""(round 37, issue 14) An agency's own members named before it: "Troopers with the Nebraska
State Patrol (NSP) arrested …", "Deputies with the Pueblo County Sheriff's Office arrested …".
The issuer test of :mod:`.issuer` reads any "with the" before a name as a partner ("with the
support of", "together with"), so the lead's own agency was dropped as the release's issuer and
every figure its sentence did not name went to no one; a "with" after the people who serve in
the body says whose they are. Asked by :mod:`.draft` before it drops a partner issuer."""

from __future__ import annotations

import re

#: The people of a body, then "with (the)" right before its name.
_MEMBERS = re.compile(
    r"\b(?:troopers|deputies|officers|detectives|agents|investigators|members)\s+with\s+"
    r"(?:the\s+)?$",
    re.I,
)


def own_members(text: str, start: int) -> bool:
    """Whether the agency named at ``start`` follows its own members' "… with the"."""
    return _MEMBERS.search(text, max(0, start - 60), start) is not None
