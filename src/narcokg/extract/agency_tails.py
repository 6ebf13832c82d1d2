"""(round 28, issue 14) A name continued after a dash, which its acronym covers: "the Maritime
Analysis and Operations Centre - Narcotics (MAOC-N)". The name grammar stops at the dash, so the
centre was drafted as "Maritime Analysis and Operations Centre", where the keys write the whole
name the text gives (docs/facts.md "Agency ids": the label is the full name as the text first
gives it). The acronym's part after its hyphen stands for the words after the dash; its later
uses ("MAOC-N coordinated …") name the same body. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention

#: " - Narcotics (MAOC-N)" right after a name: the dashed words and the acronym.
_DASHED = re.compile(
    r"[ ]+[-\u2013][ ]+(?P<tail>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)"
    r"[ ]+\((?P<abbr>[A-Z]{2,7}-(?P<initials>[A-Z]{1,3}))\)"
)

Rename = Callable[[list[Mention], dict[str, Agency], str, Agency], None]


def dashed_tails(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug_of: Callable[[str], str],
) -> None:
    """Give a name cut at a dash its dashed words when its acronym's tail stands for them."""
    for slug, agency in list(agencies.items()):
        first = next((m for m in found if m.key == slug and m.text == agency.label), None)
        tail = None if first is None else _DASHED.match(text, first.end)
        if first is None or tail is None or not _initials_of(tail["tail"], tail["initials"]):
            continue
        label = text[first.start : tail.end("tail")]
        found[found.index(first)] = Mention(first.start, tail.end("tail"), slug, label)
        new = replace(agency, slug=slug_of(label), label=label)
        rename(found, agencies, slug, new)
        _acronym_uses(text, found, new.slug, tail["abbr"], tail.start("abbr"))


def _initials_of(words: str, initials: str) -> bool:
    """ "Narcotics" for "N", "Air Wing" for "AW"."""
    return "".join(w[0] for w in words.split()) == initials


def _acronym_uses(text: str, found: list[Mention], slug: str, acronym: str, given: int) -> None:
    """Later uses of the acronym, not the one the name introduces."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
        if m.start() != given and not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(Mention(m.start(), m.end(), slug, m.group()))
