"""(round 37, issue 14) A unit named after its owner, the sheriff: "The Sheriff's Office
Interdiction Team made …", "the Sheriff's Narcotics Bureau seized …". Round 14's left edge
(:func:`.agency_edges.widen`) joins a title's possessive to the name after it, as a title owns
its office ("County Sheriff's Office"); before a unit's name the sheriff's possessive (and its
"Office") is the owner, and the unit's own name starts after it, as the keys and docs/facts.md
write it ("Interdiction Team", part of the sheriff's office; "the DEA's Miami Field Division").
Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

#: The sheriff's possessive right before a name: the name's owner. (Only the sheriff's units are
#: seen keyed so; "the Attorney General's Drug Task Force" keeps its title as before.)
_TITLE = re.compile(r"\bSheriff's[ ]$")
#: A unit's name, after the owner's "Office" the name grammar read with it.
_UNIT = re.compile(
    r"(?:Office[ ])?(?P<unit>(?:[A-Z][a-z]+[ ]){1,3}"
    r"(?:Unit|Bureau|Team|Section|Squad|Division|Task[ ]Force|Detail|Group))"
)


def owned(text: str, start: int, label: str) -> bool:
    """Whether the name ``label`` at ``start`` is a unit after the sheriff's possessive."""
    before = _TITLE.search(text, max(0, start - 40), start)
    return _UNIT.fullmatch(label) is not None and before is not None


def owned_units(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug: Callable[[str], str],
) -> None:
    """Name each unit read with its owner's "Office" ("Office Interdiction Team") by the unit's
    own words, its mentions starting after "Office"."""
    for key, agency in list(agencies.items()):
        named = _UNIT.fullmatch(agency.label)
        first = next((m for m in found if m.key == key and m.text == agency.label), None)
        if named is None or first is None or named["unit"] == agency.label:
            continue
        if not owned(text, first.start, agency.label):
            continue
        unit = named["unit"]
        for index, mention in enumerate(found):
            if mention.key == key and mention.text.endswith(unit) and mention.text != unit:
                start = mention.end - len(unit)
                found[index] = replace(mention, start=start, text=unit)
        rename(found, agencies, key, replace(agency, slug=slug(unit), label=unit))
