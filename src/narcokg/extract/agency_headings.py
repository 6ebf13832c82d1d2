"""A release's letterhead of stacked bodies (round 22, issue 14): "U.S. Department of Justice /
Office of Justice Programs / Bureau of Justice Statistics", "<Department> / Office of Inspector
General", "<state health body> / <its drug and alcohol service>". The heading rule of
:mod:`.agency_forms` lets a second line issue the release only when it ends on a unit's head word
("Division", "Unit"), so a lower line named otherwise lost to the owner on the first line, and
every figure given to no one in its sentence went to the owner. A lower body line issues the
release when the text names that body more often than the first line's: the body a release
speaks for is the one its prose keeps naming (its own acronym, "the Bureau"); a sub-office the
text never names again (an analytics office) stays furniture, and an owner on the lower line
("<Regional Command> / <national police>") is named less than the unit above it. Communications
offices are no agencies at all (:mod:`.agency_forms`). :func:`publisher_of` (moved here from
:mod:`.actors`) reads the issuer from the letterhead and the lead."""

from __future__ import annotations

import re

from narcokg.extract import agency_body_programmes, agency_leads, agency_offices, agency_speakers
from narcokg.extract import agency_forms as forms
from narcokg.extract.agency_forms import agency_slug
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import ISSUED_BY

#: A heading line that only names a body: capitalised words and the small words of a name.
_NAME_LINE = re.compile(
    r"[ \t]*(?:[A-Z][\w.'&-]*|of|for|and|the|on|against|&|-|\u2013)"
    r"(?:[ \t]+(?:[A-Z][\w.'&-]*|of|for|and|the|on|against|&|-|\u2013)){0,14}[ \t]*"
)
#: (round 37) A lower letterhead line may also name an office serving a place by its "in"
#: ("Programme Office in Mozambique"), read only where a body's mention opens the line.
_STACK_LINE = re.compile(_NAME_LINE.pattern.replace("|on|", "|on|in|"))


def publisher_of(text: str, mentions: list[Mention]) -> Mention | None:
    """The release's issuer (below); (round 33) an international body's office its letterhead
    names whole over the body itself (:mod:`.agency_offices`); (round 41) a programme of the body
    its lead names, over the body (:mod:`.agency_body_programmes`)."""
    chosen = agency_offices.over_parent(text, mentions, _publisher(text, mentions))
    return agency_body_programmes.over_owner(text, mentions, chosen)  # round 41


def _publisher(text: str, mentions: list[Mention]) -> Mention | None:
    """The agency that publishes the report: the ministry of a minister whose speech it is
    (round 18), a letterhead's lower body the text names more than its first line's (round 22),
    the body its opening sentence names in full with its acronym as publishing the report
    (round 25, :mod:`.agency_leads`; not against the title's own announcer), the one a first
    line names alone, else the one its opening paragraph says announced,
    released, published or said it ("…, the DEA's Houston Division announced today"), else the
    first agency the text names."""
    if (office := agency_speakers.speaker_of(text, mentions)) is not None:
        return office
    if (lowest := stacked_issuer(text, mentions)) is not None:
        return lowest
    announced = forms.announced(text, mentions)
    heading = forms.heading_agency(text)
    if (acting := forms.acting_unit(text, mentions)) is not None:
        # round 16: "The X, through its Y, …": the unit issues it, unless a heading names another
        top = [m.key for m in mentions if heading is not None and m.start == heading[0]]
        if not top or top[0] in {acting[0].key, acting[1].key}:
            return acting[1]
    lead = agency_leads.lead_issuer(text)
    if lead is not None and (announced is None or announced.text in lead.text):  # round 25
        same = [m for m in mentions if (m.start, m.end) == (lead.start, lead.end)]
        return same[0] if same else lead
    if heading is not None:  # a first line that only names the issuer ("Hong Kong Police Force")
        first = [m for m in mentions if m.start == heading[0]]
        if first and announced and forms.unit_of(text, announced, first[0]):
            return announced  # round 10: the lead's "X of the <heading>" released it, a unit
        if first:
            return first[0]
    if announced is not None:
        return announced
    for line in ISSUED_BY.finditer(text):  # "Media release from …", "Issued by: …"
        named = [m for m in mentions if line.start("line") <= m.start < line.end("line")]
        if named:
            return named[-1]
    return letterhead_body(text, mentions) or (mentions[0] if mentions else None)


def stacked_issuer(text: str, mentions: list[Mention]) -> Mention | None:
    """The mention opening the lowest body line of a letterhead of two or more such lines, when
    the text names that body more often than the body on the first line."""
    stack: list[Mention] = []
    start = 0
    for line in text.split("\n")[:6]:
        found = next((m for m in mentions if m.start == start + _indent(line)), None)
        start += len(line) + 1
        if found is None or not _STACK_LINE.fullmatch(line):
            break
        stack.append(found)
    if len(stack) < 2:
        return None
    first, lowest = stack[0], stack[-1]
    if lowest.key == first.key:
        return None
    named = [m.key for m in mentions]
    return lowest if named.count(lowest.key) > named.count(first.key) else None


def letterhead_body(text: str, mentions: list[Mention]) -> Mention | None:
    """A first line that only names a body the name grammar does not read, having no head word
    ("NHS England", "Sentencing Council for England and Wales", "COLLECTIVE SECURITY TREATY
    ORGANIZATION", read in title case): a mention of it, keyed by the slug of its name, when the
    release names no issuer otherwise (:func:`publisher_of`; :mod:`.draft` adds the body) and the
    first body it names is a third party further down, not a unit in the letterhead's own block
    ("<Ministry> / General Police Directorate": the unit issues it, as before) nor the same body
    ("NATIONAL DRUG BOARD - <country>", then "the National Drug Board presents …"). Not a line of
    furniture ("NEWS RELEASE", "Key Points") or a headline with a verb of its own."""
    line = text.split("\n", 1)[0]
    name = line.strip()
    if not _NAME_LINE.fullmatch(line) or len(name.split()) < 2 or _FURNITURE.search(name):
        return None
    block = text.find("\n\n")
    if any(m.start < len(line) or m.text.lower() in name.lower() for m in mentions):
        return None
    if mentions and mentions[0].start < (block if block >= 0 else len(text)):
        return None
    if name.isupper():
        name = re.sub(r"\S+", lambda w: w[0].lower() if w[0] in _SMALL else w[0].capitalize(), name)
    start = _indent(line)
    return Mention(start, start + len(name), agency_slug(name), name)


_SMALL = {"OF", "FOR", "AND", "THE", "ON", "AGAINST"}
#: A first line that names no body: a release's kind, a section, a headline's verb.
_FURNITURE = re.compile(
    r"\b(?:release|statement|summary|bulletin|report|update|points|highlights|conference"
    r"|speech|remarks|communiqu\w*|news|notice|briefing|press|media|holds|announces?|releases"
    r"|reports|says|rises?|falls?)\b",
    re.I,
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
