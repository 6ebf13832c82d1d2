"""(round 46, issue 14) A closing sentence saying whose returns a body's figures pool, before the
list of their countries: "The 2025 results pool the returns of the police services of A, B and
C.", "The figures are pooled from the customs and police authorities of A, B and C", "Returns
were received from the customs administrations of A, B and C", "All figures in this release
describe activity in the following partner nations: A, B and C." A body of police chiefs, border
guards, customs offices or a task force is datelined at its secretariat, its chair or its
headquarters (Wellington, Helsinki, Dakar, Hawaii), but its figures are its members' or
partners' (docs/facts.md "Sets"); rounds 40-44's notes read only "… cover N countries:",
"partner countries …" and "figures are those reported by …", so the seat's country stood. A
sentence that says what the figures leave out ("do not include the results of A or B") is not a
list of whose they are.
"""

from __future__ import annotations

import re

#: Whose returns the figures pool: a figures' word, then a pooling or receiving verb, then the
#: bodies "of" the list, the list's first name right after (a capital, maybe "the" before it).
#: The stretch between never says what is left out ("not", "include", "exclude").
_POOLED = re.compile(
    r"\b(?:figures|results|returns|totals|data)\b(?:(?!\bnot\b|\binclud|\bexclud)[^.\n:]){0,80}?"
    r"\b(?:pool(?:s|ed)?|(?:are|were)\s+(?:pooled|received|compiled|collected)\s+from)\b"
    r"(?:(?!\bnot\b|\binclud|\bexclud)[^.\n:]){0,100}?\bof(?=\s+(?:the\s+)?(?-i:[A-Z]))",
    re.I,
)
#: Where the figures were made, as a colon list: "figures in this release describe activity by,
#: or held in, the following partner nations, with X support:".
_FOLLOWING = re.compile(
    r"\bfigures\b[^.\n]{0,120}?\bfollowing\s+(?:partner[\s-]+|member\s+)?"
    r"(?:nations|countries|states)\b[^:.\n]{0,60}:",
    re.I,
)


def pooled_cues(text: str) -> list[re.Match[str]]:
    """The cues, in text order, of the sentences saying whose returns the figures pool; the
    countries follow each cue in its sentence."""
    found = [*_POOLED.finditer(text), *_FOLLOWING.finditer(text)]
    return sorted(found, key=lambda m: m.start())
