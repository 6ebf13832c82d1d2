"""Round 31 (issue 14): a body whose short form in brackets is a place and an acronym ("the
Midwest High Intensity Drug Trafficking Area (Midwest HIDTA)", "the New York/New Jersey …
(NY/NJ HIDTA)"). The acronym-only grammar (:data:`.names.INTRODUCED`) read neither the short form
nor a name whose places are joined by a slash, so the release's issuer was lost to the next body
named, or to a person's title ("the W/B HIDTA Executive Director"). docs/facts.md "Agency ids":
the name given in full is the label, the short form the text also uses its alternative label.
The acronym must stand for the name's last words, so that a bracket after any other phrase is
left alone. Internal to :mod:`.actors`."""

from __future__ import annotations

import re

from narcokg.extract.lang.en.names import INITIALS_SKIP, LEADING_WORDS

_WORD = r"[A-Z][^\W\d_]+(?:[-/][A-Z][^\W\d_]+)*"
#: A place's word or its initials joined by a slash ("Midwest", "NY/NJ", "W/B").
_PLACE = r"[A-Z][A-Za-z]*(?:/[A-Z][A-Za-z]*)*"
_PLACED_SHORT = re.compile(
    rf"(?P<name>{_WORD}(?:[ ]+(?:(?:of|for|on|and)[ ]+(?:the[ ]+)?)?{_WORD}){{1,9}})"
    rf"[ ]+\((?P<short>(?:{_PLACE}[ ]+){{1,2}}(?P<abbr>[A-Z]{{2,7}}))\)"
)


def placed_shorts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each name introduced by such a short form, and of every later use
    of the short form ("NY/NJ HIDTA initiatives"), which names the same body."""
    found = []
    for m in _PLACED_SHORT.finditer(text):
        label = LEADING_WORDS.sub("", m["name"])
        words = [w for w in re.split(r"[ /-]+", label) if w not in INITIALS_SKIP]
        abbr = m["abbr"]
        if len(words) <= len(abbr) or "".join(w[0] for w in words[-len(abbr) :]) != abbr:
            continue  # the acronym does not stand for the name's last words
        found.append((m.end("name") - len(label), m.end("name"), label))
        uses = re.finditer(rf"(?<![\w/-]){re.escape(m['short'])}(?![\w/-])", text)
        found += [(u.start(), u.end(), label) for u in uses if u.start() != m.start("short")]
    return found
