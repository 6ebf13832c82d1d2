"""(round 32, issue 14) A body whose name goes on after a dash with the places it serves:
"Public Health - Seattle & King County reported 1,147 overdose deaths". The name grammar stops
at the dash, so the body was drafted as "Public Health" or not at all (its figures went to the
publisher), where the keys write the whole name (docs/facts.md "Agency ids"). Only a tail of two
places joined by "&" or "and", the second a county, so a heading's "- Media Release" or a
dateline's "Wash. - The …" never joins. Internal to :mod:`.agency_edges`."""

from __future__ import annotations

import re
from collections.abc import Callable

from narcokg.extract.agency_forms import Agency, Rename
from narcokg.extract.gazetteer import Mention

_PLACE = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?"
_DASHED = re.compile(
    r"\b(?!The\b)(?:[A-Z][a-z]+[ ]){0,3}(?:Health|Services?|Department|Office|Agency)"
    rf"[ ][-\u2013][ ]{_PLACE}[ ](?:&|and)[ ]{_PLACE}[ ]County\b"
)


def dashed_names(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Rename,
    slug_of: Callable[[str], str],
) -> None:
    """Make each "<body> - <place> & <place> County" span one body, whatever was drafted in it."""
    for match in _DASHED.finditer(text):
        label = match.group()
        whole = Agency(slug_of(label), label, None)
        inside = [m for m in found if match.start() < m.end and m.start < match.end()]
        found[:] = [m for m in found if m not in inside]
        found.append(Mention(match.start(), match.end(), whole.slug, label))
        agencies.setdefault(whole.slug, whole)
        for key in dict.fromkeys(m.key for m in inside):
            if key in agencies and key != whole.slug and not any(m.key == key for m in found):
                del agencies[key]  # a name cut short at the dash, used nowhere else
