"""(round 19) The unit that ran a release's operation. A force's release often opens on a
project one of its units ran ("The Organized Crime Unit of the X Police Service has concluded
Project Y", "an investigation by the Z Section of the X Police", "Detectives from X Police's Drug
Taskforce have charged …") and then gives the force's own results under a heading ("2025
results"). The figures between the lead and that heading are the unit's (docs/facts.md, the
issuing sub-unit); those the draft would give the force, the publisher, go to the unit.
Internal to :mod:`.draft` and :mod:`.attribution`."""

from __future__ import annotations

import re

from narcokg.extract.agency_forms import Agency
from narcokg.extract.gazetteer import Mention


def operation_unit(
    text: str,
    lead_end: int,
    mentions: list[Mention],
    agencies: dict[str, Agency],
    publisher: Mention | None,
) -> tuple[Mention, int] | None:
    """The unit of the publisher its lead says ran a project or operation, and where the
    section about it ends (the first heading line after the lead, else the text's end)."""
    if publisher is None:
        return None
    lead_start = text.rfind("\n", 0, lead_end) + 1
    if (prose := _after_headline(text, lead_start, lead_end)) is not None:
        lead_start, lead_end = prose
    heading, own = _HEADING_LINE.search(text, lead_end), None
    while heading is not None and _OPERATION.match(heading.group()):
        # (round 23) the project's own heading ("Project Riverline") opens its section
        own = own or heading
        heading = _HEADING_LINE.search(text, heading.end())
    end = heading.start() if heading else len(text)
    if not _OPERATION.search(text, lead_start, end):  # a named operation in the section
        return None
    unit = _ran_by(text, (lead_start, lead_end), mentions, agencies, publisher)
    if unit is None and own is not None:
        # (round 23) else the first paragraph under the operation's own heading ("Operation X
        # ran from … and was led by the force's Organised Crime Command")
        first = _FIRST_LINE.match(text, own.end())
        if first is not None:
            unit = _ran_by(text, first.span(1), mentions, agencies, publisher)
    return (unit, end) if unit is not None else None


def _ran_by(
    text: str,
    span: tuple[int, int],
    mentions: list[Mention],
    agencies: dict[str, Agency],
    publisher: Mention,
) -> Mention | None:
    """The publisher's unit named in ``span`` as the one that ran the work."""
    start, end = span
    for unit in mentions:
        if not start <= unit.start < end:
            continue
        owned = _FORCES.search(text, max(0, unit.start - 20), unit.start) or _possessed(
            text, unit, mentions, publisher
        )
        if agencies[unit.key].part_of != publisher.key and not owned:
            continue
        if _RAN_AFTER.match(text, unit.end) or _RAN_BEFORE.search(text[start : unit.start]):
            return unit
    return None


def _possessed(text: str, unit: Mention, mentions: list[Mention], publisher: Mention) -> bool:
    """(round 50) The unit follows the publisher's own possessive ("the SPVQ's Organized Crime
    and Drug Division"): a French-Canadian service's units are named so, with no "part_of"."""
    return any(
        m.key == publisher.key and _POSSESSIVE.fullmatch(text, m.end, unit.start) is not None
        for m in mentions
        if unit.start - 4 <= m.end <= unit.start
    )


def _after_headline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(round 23) The paragraph after a headline taken for the lead: a line long enough to be a
    lead but with no closing full stop ("Project X dismantles …; drug charges climb 14.3% in
    2025") is a headline, and the lead is the next long line."""
    if _CLOSED.search(text, start, end):
        return None
    after = _LONG_LINE.search(text, end)
    return (after.start(), after.end()) if after else None


_CLOSED = re.compile(r"[.!?\"\u201d)]\s*$")
_LONG_LINE = re.compile(r"(?<=\n)[^\n]{100,}")
#: A named project or operation ("Project Ironwood", "Operation Halyard"; round 50: a Quebec
#: force's "Projet Boréal", its French word kept in English releases).
_OPERATION = re.compile(r"\b(?:Project|Projet|Operation)\s+[A-Z]")
#: After the unit: it ran the work ("… (EDGE) has concluded", "… have charged").
_RAN_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z-]{1,7}\))?"
    # (round 23) a helper's phrase between the unit and its verb: ", assisted by the Ontario
    # Provincial Police,", ", with the support of the Service's Intelligence Unit,"
    r"(?:,\s+(?:(?:assisted|supported|aided|helped)\s+by|with\s+the\s+(?:support|help"
    r"|assistance)\s+of)\s+[^,.;()]{3,80},)?"
    r"\s+(?:has|have)\s+(?:concluded|completed|dismantled|charged|arrested|disrupted)\b"
)
#: Before the unit: "an investigation by the", "Detectives from Victoria Police's", (round 23)
#: "investigators with the", "was led by the force's"; (round 50) the owner also after "an
#: investigation (led) by" ("an investigation led by its Drug Section": it was read only after
#: "investigators of" and "was led by") and the project's name before "led by" ("Projet
#: Carrefour, led by its Escouade des stupéfiants").
_RAN_BEFORE = re.compile(
    r"(?:\b(?:investigation|operation|probe|(?:Project|Projet|Operation)\s+[A-Z][\w-]*,)"
    r"\s+(?:led\s+|conducted\s+)?by"
    r"|\b(?:[Ii]nvestigators|[Dd]etectives|[Oo]fficers|[Mm]embers)\s+(?:from|of|with)"
    r"|\b(?:was|were)\s+(?:led|run)\s+by)"
    r"(?:\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5}['\u2019]s"
    r"|\s+the\s+(?:force|service)['\u2019]s|\s+its)?\s+(?:the\s+)?$"
)
#: (round 23) A unit the publisher owns by a pronoun or its kind: "the force's", "its".
_FORCES = re.compile(r"(?:\bthe\s+(?:force|service)['\u2019]s|\bits)\s+$")
#: (round 50) A possessive between an owner and its unit.
_POSSESSIVE = re.compile(r"['\u2019]s\s+")
#: The first line of text after a heading.
_FIRST_LINE = re.compile(r"\n+([^\n]+)")
#: A section heading: a short line of its own without closing punctuation ("2025 results").
_HEADING_LINE = re.compile(r"(?<=\n\n)(?![-\u2022*])[^\n]{3,50}(?<![.!?:;,\"\u201d])(?=\n)")
