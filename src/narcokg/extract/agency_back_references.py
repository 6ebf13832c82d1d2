"""Back references to a named agency ("The Board", "the department", "the division", "the
Agency's"), moved out of :mod:`.actors` in round 39 when it reached its size limit."""

from __future__ import annotations

from narcokg.extract import agency_forms as forms
from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import (
    BACK_REFERENCE,
    LOWER_BACK_REFERENCE,
    POSSESSIVE_BACK,
    UNIT_BACK_REFERENCE,
)

_HEAD_KINDS = {"force": {"Force", "Police"}}


def back_references(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """ "The Board", "the Agency's": the one agency found whose name ends with that word."""
    for m in BACK_REFERENCE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        heads = {
            a.slug for a in agencies.values()
            if m["head"] in forms.head_words(a.label)
        }  # fmt: skip
        if len(heads) == 1:
            found.append(Mention(m.start(), m.end(), heads.pop(), m.group()))
    for m in LOWER_BACK_REFERENCE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        # the last agency named before it with that word in its name ("the Texas Department of
        # Public Safety … figures the department publishes")
        heads = _HEAD_KINDS.get(m["head"].lower(), {m["head"].capitalize()})
        named = {a.slug for a in agencies.values() if heads & set(a.label.split())}
        before = [f for f in found if f.key in named and f.end <= m.start()]
        if before:
            last = max(before, key=lambda f: f.end)
            found.append(Mention(m.start(), m.end(), last.key, m.group()))
    for m in UNIT_BACK_REFERENCE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        # "the division", "bureau officers": the last agency named with that word
        word = (m["head"] or m["staff"]).capitalize()
        named = {a.slug for a in agencies.values() if word in a.label.split()}
        before = [f for f in found if f.key in named and f.end <= m.start()]
        if before:
            found.append(Mention(m.start(), m.end(), max(before, key=lambda f: f.end).key, m[0]))
    for m in POSSESSIVE_BACK.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        tails = {a.slug for a in agencies.values() if a.label.endswith(m["tail"])}
        if len(tails) == 1:
            found.append(Mention(m.start(), m.end(), tails.pop(), m.group()))
