"""(round 28, issue 14) A name its acronym shows to go on past the word the name grammar stops
at: "the Maritime Analysis and Operations Centre - Narcotics (MAOC-N)", "Internal Revenue
Service Criminal Investigation (IRS-CI)", "Joint Interagency Task Force South (JIATF South)",
"the Drug Law Enforcement Agency, The Gambia (DLEAG)". The grammar stopped at the first head
("Centre", "Service", "Task Force", "Agency") or took a known agency's name, so the body was
drafted as a shorter one or as its owner, where the keys write the whole name the text gives
(docs/facts.md "Agency ids": the label is the full name as the text first gives it; round 15:
the acronym closes the name). The words before the acronym are the name's when the acronym's
part past the owner's initials stands for them. Its later uses ("IRS-CI agents") name the same
body. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

#: The words after a name, up to an acronym: " - Narcotics (MAOC-N)", ", The Gambia (DLEAG)".
_TAIL = re.compile(
    r"(?:[ ]+[-\u2013][ ]+|,[ ]+|[ ]+)"
    r"(?P<tail>(?:The[ ])?[A-Z][a-z]+|\d{1,2})"
    r"(?P<more>(?:[ ]+(?:(?:to|and|of|for|on|the)[ ]+)?(?:[A-Z][a-z]+|\d{1,2})){0,5})"
    r"[ ]+\((?P<abbr>[A-Z]{2,7}(?:[- ](?:[A-Z]{1,5}|[A-Z][a-z]+|\d{1,2}))?)\)"
)


def acronym_tails(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug_of: Callable[[str], str],
) -> None:
    """Give a name its words up to an acronym that stands for them too."""
    swallowed: set[str] = set()  # the bodies of shorter names inside a name made whole
    for mention in sorted(found, key=lambda m: m.start):
        if mention not in found or mention.key not in agencies:
            continue
        tail = _TAIL.match(text, mention.end)
        words = None if tail is None else tail["tail"] + tail["more"]
        if tail is None or words is None or not _covers(tail["abbr"], mention.text, words):
            continue
        end = tail.end("more")
        label = " ".join(text[mention.start : end].split())
        swallowed |= {m.key for m in found if mention.start <= m.start and m.end <= end}
        found[:] = [m for m in found if not (mention.start <= m.start and m.end <= end)]
        found.append(Mention(mention.start, end, mention.key, label))
        agency = agencies[mention.key]
        rename(found, agencies, mention.key, replace(agency, slug=slug_of(label), label=label))
        _acronym_uses(text, found, slug_of(label), tail["abbr"], tail.start("abbr"))
    named = {m.key for m in found}
    for slug in swallowed - named:
        agencies.pop(slug, None)


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][a-z]*|\d+", words) if w != "The")


def _covers(acronym: str, name: str, tail: str) -> bool:
    """The acronym stands for the name and the tail: "IRS-CI" for "Internal Revenue Service" +
    "Criminal Investigation", "JIATF South" for "… Task Force" + "South", "DLEAG" for "Drug Law
    Enforcement Agency" + "The Gambia"; not an owner's acronym alone ("(DEA)")."""
    own, rest = _initials(name), _initials(tail)
    if not name[:1].isupper() or not own:
        return False  # a back reference ("the department's") names no whole
    sep = next((c for c in "- " if c in acronym), "")
    if not sep:
        return acronym == own + rest
    head, part = acronym.split(sep, 1)
    if not (_subsequence(own, head) or _subsequence(head, own)):
        return False
    if part == tail.split()[-1]:  # "JIATF South", "PDEA-7"
        return True
    return part[0] == rest[0] and part[-1] == rest[-1] and _subsequence(part, rest)


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _acronym_uses(text: str, found: list[Mention], slug: str, acronym: str, given: int) -> None:
    """Later uses of the acronym (not the one the name introduces) name the body, over a
    shorter name found inside them ("JIATF" of "JIATF South")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
        if m.start() == given:
            continue
        inside = [f for f in found if m.start() <= f.start and f.end <= m.end()]
        if any(f.start < m.end() and m.start() < f.end for f in found if f not in inside):
            continue
        found[:] = [f for f in found if f not in inside]
        found.append(Mention(m.start(), m.end(), slug, m.group()))
