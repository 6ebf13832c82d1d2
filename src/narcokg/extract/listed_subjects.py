"""Round 41: the subject of a verb of amount that lists places ("Arrests in Ashby, Corton and
Dale numbered 41, 37 and 12 respectively", "Seizures at the Ashby and Dale crossings totalled
…"): the clause split at the list's commas and "and" left only its last place ("Dale
districts", "areas") as what the counts count; the words before the place's preposition do
(hantspolice klipspringer125, dea-ne fanaloka124, ostdps-sd markhor98, ncis impala64)."""

from __future__ import annotations

import re

_LISTED = re.compile(
    r"^(?P<subject>[A-Z][a-z]+(?:\s+[a-z]+){0,3}?)\s+(?:in|at|across|on)\s+[^;:()]*?[A-Z]"
    r"[^;:()]*?(?:,|\band\b)[^;:()]*?\s+(?P<verb>numbered|totall?ed)\s*$"
)


def listed_subject(before: str) -> str | None:
    """The clause "<subject> <verb>" of a sentence whose words ``before`` a figure open on a
    subject, a preposition and a list of places before the verb, else ``None``."""
    found = _LISTED.match(before)
    return f"{found['subject']} {found['verb']}" if found else None
