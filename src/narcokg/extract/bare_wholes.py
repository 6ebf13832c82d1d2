"""(round 48, issue 14) The whole province a machine-translated city report names without its
article: "2025 year whole province public security organs crack drug criminal cases 11,870
pieces", "notified, whole region 2025 year crack …" (word for word 全省, 全区 of an autonomous
region). Round 23's ``STATEWIDE`` reads only "the whole province", so a city bureau's quote of
its province's totals stayed at the city; the keys of translated city reports give them the
province (rounds 75-153). Only at a clause's start (after a full stop, a comma, "… year"),
never a share's or a rank's whole ("account whole province 4.1%", "rank whole province
front", "occupy whole province less than 1%")."""

from __future__ import annotations

import re

#: A first-level division that is an autonomous region ("whole region": Guangxi, Ningxia).
AUTONOMOUS_REGION = "autonomous region"


def whole_spans(text: str, kind: str | None) -> list[tuple[int, int, str]]:
    """The spans of "whole province" (and, when the division is an autonomous region, "whole
    region") opening a clause, with their text."""
    pattern = _WHOLE_REGION if kind == AUTONOMOUS_REGION else _WHOLE_PROVINCE
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


#: What opens a clause right before the words: a line's start, a full stop, a comma or a
#: semicolon, or a year's word ("2025 year whole province", "Same year whole province").
_OPENS = r"(?:(?<=^)|(?<=\n)|(?<=[.,;:]\s)|(?<=\byear\s))"
_WHOLE_PROVINCE = re.compile(rf"{_OPENS}[Ww]hole\s+province\b(?!-)")
_WHOLE_REGION = re.compile(rf"{_OPENS}[Ww]hole\s+(?:province|region)\b(?!-)")
