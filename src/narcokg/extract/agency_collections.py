"""(round 53) A data collection is no agency: "according to the Treatment Demand Indicator
register kept by <institute>", "<body>'s Interactive Opioid Tool", "the Central Registry of Drug
Abuse (CRDA) released by the <division>", "its Fatality Analysis Reporting System (FARS)". The
name grammar reads such a name (an indicator, tool, register, registry, database or reporting
system) as a body, so its figures went to the collection, while the keys give them to the body
that keeps it (no calibration key names a collection of these kinds as an agency). Each mention
of the collection is keyed to its keeper: the owner its possessive names, else the body a "kept
by" (also run, maintained, managed, operated, compiled) names right after it; with neither, the
mentions are dropped and the figures go where a sentence naming no body sends them (the nearest
body before, else the publisher). Internal to :mod:`.agency_late_names`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.gazetteer import Mention

#: The head of a collection's name, last or before its "of" ("Central Registry of Drug Abuse");
#: not a bare "System" ("Early Warning System" and surveillance systems are keyed as bodies).
_COLLECTION = re.compile(
    r"\b(?:Indicator|Tool|Register|Registry|Database|Reporting[ ]System)(?:[ ](?:of|for|on)[ ].+)?$"
)
#: "<Owner>'s <collection>": the owner before the possessive.
_OWNER = re.compile(r"^(?P<owner>.+?)'s[ ]")
#: A lower-case kind after the name ("… Indicator register"), then who keeps it.
_KEPT_BY = re.compile(
    r"(?:[ ](?:register|registry|database|system|data))?,?[ ]+(?:which[ ]+is[ ]+)?"
    r"(?:kept|run|maintained|managed|operated|compiled)[ ]+by[ ]+(?:the[ ]+)?"
)

#: A capitalised name right after "kept by".
_NAME = re.compile(r"[A-Z][\w'-]+(?:[ ]+(?:(?:of|for|and|on)[ ]+(?:the[ ]+)?)?[A-Z][\w'-]+){0,6}")


def collections(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Key each data collection's mentions to the body that keeps it, or drop them."""
    for slug, agency in list(agencies.items()):
        if not _COLLECTION.search(agency.label):
            continue
        mine = [f for f in found if f.key == slug]
        keeper = _keeper(text, found, agencies, agency, mine)
        for mention in mine:
            found.remove(mention)
            if keeper is not None:
                found.append(Mention(mention.start, mention.end, keeper, mention.text))
        if not any(a.part_of == slug for a in agencies.values()):
            del agencies[slug]


def _keeper(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    collection: Agency,
    mine: list[Mention],
) -> str | None:
    """The slug of the body keeping ``collection``: its possessive's owner (added when not yet
    drafted), else the body a "kept by" after one of its mentions names."""
    if (owner := _OWNER.match(collection.label)) is not None:
        slug = agency_slug(owner["owner"])
        agencies.setdefault(slug, Agency(slug, owner["owner"], collection.jurisdiction))
        return slug
    for mention in mine:
        if (by := _KEPT_BY.match(text, mention.end)) is None:
            continue
        body = next((f for f in found if f.start == by.end() and f.key != mention.key), None)
        if body is not None:
            return body.key
        # a body the grammar reads no head in ("kept by Sciensano, the …"): its name as written
        if (name := _NAME.match(text, by.end())) is not None:
            slug = agency_slug(name.group())
            agencies.setdefault(slug, Agency(slug, name.group(), collection.jurisdiction))
            found.append(Mention(name.start(), name.end(), slug, name.group()))
            return slug
    return None
