"""(round 45, issue 14) An autonomous prefecture's bureau, named short on the Source line and in
full in the lead. A translated prefecture release heads its text "Source: Nujiang Prefecture
Public Security Bureau" and its lead says "Nujiang Lisu Autonomous Prefecture Public Security
Bureau notified …" (made-up wording): the short form, named first, took the release, and round
42's "whole prefecture public security organs" took its label too. The keys give the figures to
the name the text gives in full (docs/facts.md "Agency ids": a label is the first full form), so
every mention of the short form goes to the long one. A later "Prefecture Public Security Bureau
continue …", the bare name without its place, refers back to the one prefecture bureau the text
names (it was a body of its own). Internal to :mod:`.actors`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention

#: "Nujiang Prefecture Public Security Bureau": a prefecture's bureau by its place alone
_SHORT = re.compile(r"(?P<place>[A-Z][a-z']+)[ ]Prefecture[ ]Public[ ]Security[ ]Bureau")
#: the words an autonomous prefecture's full name puts between its place and "Autonomous" (its
#: peoples: "Lisu", "Zhuang and Miao"), one to four capitalised words joined by "and"
_PEOPLES = r"(?:[ ](?:and[ ])?[A-Z][a-z']+){1,4}"
#: the bare name, with no place before it
_BARE = "Prefecture Public Security Bureau"


def full_prefecture_names(found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each mention of a prefecture bureau named short to the one body the text names in
    full as "<place> <peoples> Autonomous Prefecture Public Security Bureau"; nothing when it
    names none, or two such bureaus of one place; then each bare mention to the one placed
    prefecture bureau left."""
    for short in list(agencies.values()):
        named = _SHORT.fullmatch(short.label)
        if named is None:
            continue
        whole = re.compile(
            rf"{re.escape(named['place'])}{_PEOPLES}[ ]Autonomous[ ]Prefecture[ ]Public[ ]Security"
            r"[ ]Bureau"
        )
        full = [a for a in agencies.values() if whole.fullmatch(a.label)]
        if len(full) != 1:
            continue
        for index, mention in enumerate(found):
            if mention.key == short.slug:
                found[index] = replace(mention, key=full[0].slug)
        del agencies[short.slug]
    _bare_back_references(found, agencies)


def _bare_back_references(found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each mention of the bare "Prefecture Public Security Bureau" to the one prefecture
    bureau the text names with its place; nothing when it names none or two."""
    bare = [a for a in agencies.values() if a.label == _BARE]
    placed = [a for a in agencies.values() if a.label.endswith(" " + _BARE)]
    if len(bare) != 1 or len(placed) != 1:
        return
    for index, mention in enumerate(found):
        if mention.key == bare[0].slug:
            found[index] = replace(mention, key=placed[0].slug)
    del agencies[bare[0].slug]
