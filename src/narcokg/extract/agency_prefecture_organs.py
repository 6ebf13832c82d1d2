"""(round 42, issue 14) A Chinese prefecture's own public security organs. A machine translation
of a prefecture bureau's release names its police "whole prefecture public security organs", or
"state public security organs" (州, an autonomous prefecture, rendered "state"); as for a city's
"whole city public security organs" (round 24, :mod:`.agency_full`), the keys give their figures
to the prefecture's bureau the release names, not to China's organs at large. Internal to
:mod:`.actors`."""

from __future__ import annotations

import re

#: "whole prefecture public security organs", "the prefecture …", "state public security organs".
_PREFECTURE_ORGANS = re.compile(
    r"(?<![\w-])(?:(?:[Ww]hole|[Tt]he)[ ]+)?(?:[Pp]refecture|[Ss]tate)[ ]+public[ ]+security[ ]+"
    r"organs\b"
)
#: "Honghe Hani and Yi Autonomous Prefecture Public Security Bureau": the prefecture's bureau.
_BUREAU = re.compile(
    r"\b[A-Z][a-z']+(?:[ ](?:and[ ])?[A-Z][a-z']+)*?[ ]Prefecture[ ]Public[ ]Security[ ]Bureau\b"
)


def prefecture_organs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each mention of the prefecture's own organs, labelled by the first
    prefecture bureau the text names; none when it names no such bureau."""
    bureau = _BUREAU.search(text)
    if bureau is None:
        return []
    label = bureau.group()
    return [(m.start(), m.end(), label) for m in _PREFECTURE_ORGANS.finditer(text)]
