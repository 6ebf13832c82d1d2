"""(round 43, issue 14) A funded programme the title or the lead introduces by its short name, the
release being its own results: "RIVERNET, the European Union's programme against drug trafficking
on inland waterways, …" (the short name, its owner's possessive a description) and "the
EU-funded programme AMAZONAS 3.0 (Andean Maritime Security Programme against Organised Crime) …"
(the bracketed long name, as the keys label it); made-up names. The foundation that hosts or
implements it ("implemented by the International Foundation for …", "at the headquarters of …")
took the release, the programme being a plan to the name grammar. Read as
:mod:`.agency_body_programmes` reads an international body's programme: the name, then its short
name's mentions anywhere (the title often opens with it); a programme named before the chosen
issuer issues the release. Internal to :mod:`.agency_body_programmes`."""

from __future__ import annotations

import re

#: a short name in capitals, one to three words, an optional version ("EU ACT", "AMAZONAS 3.0")
_SHORT = r"[A-Z][A-Za-z]*[A-Z](?:[ ][A-Z][A-Za-z]*)?(?:[ ][A-Z]+)?(?:[ ]\d+(?:\.\d+)?)?"
#: "RIVERNET, the European Union's programme against …": the short name, described by its owner
_POSSESSED = re.compile(
    rf"\b(?P<short>{_SHORT}),[ ]the[ ](?:[A-Z][\w.-]*[ ]){{1,4}}?[A-Z][\w.-]*(?:'s|\u2019s)[ ]"
    r"(?:[a-z-]+[ ]){0,2}programme\b"
)
#: "the EU-funded programme AMAZONAS 3.0 (Andean Maritime Security Programme against …)"
_BRACKETED = re.compile(
    rf"\b[Pp]rogramme[ ](?P<short>{_SHORT})[ ]\((?P<long>[A-Z][^()\n]{{5,150}}"
    r"\b(?:Programme|Program|Project)\b[^()\n]{0,150})\)"
)
#: a version after the short name ("AMAZONAS 3.0"): its mentions without it are the programme's
_VERSION = re.compile(r"[ ]\d+(?:\.\d+)?$")


def host_programmes(text: str, lead_end: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of each mention of a programme the title or the lead (before
    ``lead_end``) introduces by its short name."""
    found: list[tuple[int, int, str]] = []
    for m in _POSSESSED.finditer(text, 0, lead_end):
        found += _mentions(text, m["short"], m["short"])
    for m in _BRACKETED.finditer(text, 0, lead_end):
        found.append((m.start("long"), m.end("long"), m["long"]))
        found += _mentions(text, m["short"], m["long"])
    return sorted(set(found))


def _mentions(text: str, short: str, label: str) -> list[tuple[int, int, str]]:
    """The short name's mentions, with or without its version, each standing for the programme."""
    names = {short, _VERSION.sub("", short)}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = rf"(?<![\w(-])(?:{alternatives})(?![\w-]|\.\d)"
    return [(m.start(), m.end(), label) for m in re.finditer(pattern, text)]


def named_first(text: str, lead_end: int, start: int) -> bool:
    """Whether a programme :func:`host_programmes` reads is named before ``start`` (the chosen
    issuer's mention): the host named after it only runs it."""
    return any(first < start for first, _, _ in host_programmes(text, lead_end))
