"""(round 49, issue 14) A criminal police office's name keeps its "Office" ("the State Criminal
Police Office of Lower Saxony", "the Bavarian State Criminal Police Office"). The name grammar of
:mod:`.lang.en.names` ends a name at its head "Police" and reads no "Office" after it, so the
office was drafted as "<...> Police" and, when a place followed, as a second body "Office of
<Place>": the keys give the release's figures to the office by its whole name (three calibration
reports of three rounds, 129-155). A "<...> Police" the text names right before "Office" takes the
word, and the "Office of <Place>" that follows joins it. Internal to :mod:`.agency_late_names`."""

from __future__ import annotations

import re
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.agency_rename import rename_agency
from narcokg.extract.gazetteer import Mention

#: "Office" right after a name, as a whole word.
_OFFICE = re.compile(r"[ ]Office(?![\w-])")


def police_offices(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Give each "<...> Police" the text names before "Office" the whole office name, with the
    place of an "Office of <Place>" after any of its mentions (a heading's short form first)."""
    for slug in [s for s, a in agencies.items() if a.label.endswith(" Police")]:
        before = [m for m in found if m.key == slug and _OFFICE.match(text, m.end)]
        if not before:
            continue
        joins = [(m, a) for m in before if (a := _place_office(m, found, agencies)) is not None]
        first, after = joins[0] if joins else (before[0], None)
        tail = agencies[after.key].label if after is not None else "Office"
        label = f"{agencies[slug].label} {tail}"
        office = replace(agencies[slug], slug=agency_slug(label), label=label)
        end = after.end if after is not None else first.end + len(" Office")
        found[found.index(first)] = Mention(first.start, end, slug, text[first.start : end])
        if after is not None:
            found.remove(after)
            if any(m.key == after.key for m in found):
                rename_agency(found, agencies, after.key, office)
            else:
                del agencies[after.key]
        rename_agency(found, agencies, slug, office)


def _place_office(
    mention: Mention, found: list[Mention], agencies: dict[str, Agency]
) -> Mention | None:
    """The "Office of <Place>" mention right after ``mention``, if the grammar made one."""
    after = next((m for m in found if m.start == mention.end + 1), None)
    if after is None or not agencies[after.key].label.startswith("Office of "):
        return None
    return after
