"""(round 23, issue 14) A report about a set of regions named together is that set's, as
docs/facts.md ("Sets") keys it: the group a publisher's own name holds ("Juvenile Offending Board
for England and Wales": England and Wales, not the first nation named), and the first group of
the lead read past the places inside the publisher's own name ("published by the UK Harm
Reduction Agency … at services in Scotland, Wales and Northern Ireland"). Used by
:mod:`.placing`."""

from __future__ import annotations

import re

from narcokg.extract import ambiguity, scope
from narcokg.extract.gazetteer import CUE_ONLY
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.names import CITY_REGIONS
from narcokg.model.regions import Region


def label_group(
    text: str, label: str, names: list[Name], regions: dict[str, Region], country: str | None
) -> tuple[str, ...]:
    """The regions of a group the publisher's name holds where the text writes it ("… for
    England and Wales"), two or more of the report's country; else nothing."""
    inside = _in_label(text, label, names)
    for group in scope.groups(text, inside):
        if _within(group, regions, country):
            return tuple(dict.fromkeys(n.key for n in group))
    return ()


def lead_group(
    text: str,
    span: tuple[int, int],
    names: list[Name],
    regions: dict[str, Region],
    country: str | None,
    label: str | None,
) -> tuple[str, ...]:
    """The first places of the lead when they are a group within the country ("In England and
    Wales, …", "which covers Colorado, …"), not an aside (round 11: "…, with raids in Sinaloa,
    …"), nor a city (round 13: it places its own figures, "The Washington/Baltimore HIDTA …");
    (round 23) a place inside the publisher's own name ("UK Harm Reduction Agency") is none."""
    start, end = span
    own = {n.start for n in _in_label(text, label, names)} if label else set()
    in_lead = [
        n
        for n in names
        if start <= n.start < end
        and n.key not in CUE_ONLY
        and n.text not in CITY_REGIONS
        and n.start not in own
    ]
    for group in scope.groups(text, in_lead)[:1]:
        if _within(group, regions, country) and not scope.in_passing(text, group[0]):
            return tuple(dict.fromkeys(n.key for n in group))
    return ()


def _within(group: list[Name], regions: dict[str, Region], country: str | None) -> bool:
    keys = {n.key for n in group}
    tops = {ambiguity.top(k, regions) for k in keys}
    return bool(country) and len(keys) >= 2 and tops == {country}


def _in_label(text: str, label: str, names: list[Name]) -> list[Name]:
    """The places named inside each occurrence of the publisher's name in the text."""
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", text)]
    return [n for n in names if any(s <= n.start and n.end <= e for s, e in spans)]
