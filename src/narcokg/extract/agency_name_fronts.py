"""(round 50, issue 14) A body's name keeps the front the name grammar cut off at a small word.
The grammar of :mod:`.lang.en.names` reads a name as a run of capitalised words, so it stops at a
lower-case "of" or at the period of "St.": "the Commonwealth of Dominica Police Force" was drafted
"Dominica Police Force", "the City of London Police" "London Police", "the Royal St. Christopher
and Nevis Police Force" "Christopher and Nevis Police Force", while the keys name the body as the
text gives it in full (docs/facts.md "Agency ids"). A polity's or community's word and its "of"
("Commonwealth of", "City of", "Washoe Tribe of"), or "St." (with "Royal" before it) before a
"<Place> and <Place>" name, right before any mention of the body join its name. Internal to
:mod:`.agency_late_names`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention

#: The front right before a mention: a polity's or community's word with its "of" (not a
#: person's title, "Chief of Dubai Police", nor a unit's, "Taskforce of British Transport Police").
_OF_FRONT = re.compile(
    r"(?<![\w-])(?:(?!The[ ])[A-Z][a-z]+[ ]){0,2}"
    r"(?:Commonwealth|City|Town|Village|Borough|Tribe|Isle|States|Principality)[ ]of[ ]$"
)
#: A saint's "St." before a two-place name ("St. Kitts and Nevis …"), the force's "Royal" with it.
_SAINT_FRONT = re.compile(r"(?<![\w-])(?:Royal[ ])?St\.[ ]$")
_TWO_PLACES = re.compile(r"[A-Z][a-z]+[ ]and[ ](?:the[ ])?[A-Z]")


def name_fronts(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Give each body whose mention follows a cut front its whole name (the first such mention)."""
    for slug in list(agencies):
        front = next(
            (
                (m, f)
                for m in found
                if m.key == slug and (f := _front(text, m, agencies[slug].label)) is not None
            ),
            None,
        )
        if front is None:
            continue
        mention, words = front
        label = f"{words}{agencies[slug].label}"
        if agency_slug(label) in agencies:
            continue
        start = mention.start - len(words)
        found[found.index(mention)] = Mention(start, mention.end, slug, text[start : mention.end])
        rename_agency(
            found, agencies, slug, replace(agencies[slug], slug=agency_slug(label), label=label)
        )


def _front(text: str, mention: Mention, label: str) -> str | None:
    """The words the grammar cut from the front of ``mention`` whose body is ``label``."""
    if not text.startswith(label.split(" ", 1)[0], mention.start):
        return None  # a short form or back reference ("the Force"), not the name itself
    before = text[max(0, mention.start - 60) : mention.start]
    if (cut := _OF_FRONT.search(before)) is not None:
        return cut.group()
    if _TWO_PLACES.match(label) and (cut := _SAINT_FRONT.search(before)) is not None:
        return cut.group()
    return None
