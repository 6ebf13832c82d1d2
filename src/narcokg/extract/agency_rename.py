"""The rename the agency passes share: a body drafted under one id takes another, and its mentions
and the units it owns follow. Internal to :mod:`.actors`."""

from __future__ import annotations

from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention


def rename_agency(found: list[Mention], agencies: dict[str, Agency], old: str, new: Agency) -> None:
    """Put ``new`` in place of the body ``old``: its mentions and the units it owns follow."""
    del agencies[old]
    agencies.setdefault(new.slug, new)
    for index, mention in enumerate(found):
        if mention.key == old:
            found[index] = replace(mention, key=new.slug)
    for slug, agency in agencies.items():
        if agency.part_of == old:
            agencies[slug] = replace(agency, part_of=new.slug)
