"""(round 42, issue 14) A unit's release names the unit by its owner's bare name. A district named
with its service's name in front ("The Coast Guard Eleventh District released its results") goes
on to say "Coast Guard crews detained 214 suspected smugglers", "Coast Guard cutters … intercepted
142 vessels": in the unit's own release the service's name stands for the unit's own crews and
craft, and the keys give those figures to the unit, as they do "the district's". Internal to
:mod:`.actors`."""

from __future__ import annotations

from dataclasses import replace

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention
from narcokg.extract.issuer import lead_end


def owner_names_as_unit(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each bare mention of an owner to its unit, when the title or the lead names a unit
    whose name is the owner's followed by the unit's own words ("Coast Guard" and "Coast Guard
    13th District"); nothing when they name two such units of one owner."""
    # the title may be a long line of its own: the lead is then the paragraph after it
    end = lead_end(text, lead_end(text, 0))
    units: dict[str, set[str]] = {}
    for mention in found:
        unit = agencies.get(mention.key)
        owner = agencies.get(unit.part_of) if unit and unit.part_of else None
        if mention.start < end and unit and owner and unit.label.startswith(owner.label + " "):
            units.setdefault(owner.slug, set()).add(unit.slug)
    for index, mention in enumerate(found):
        named = units.get(mention.key, set())
        if len(named) == 1 and mention.text == agencies[mention.key].label:
            found[index] = replace(mention, key=next(iter(named)))
