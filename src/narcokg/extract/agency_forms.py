"""Forms of agency names read from the text's layout (round 8): the agency a release's first
line names alone, a unit named right after its owner ("DEA Miami Field Division", "Coast Guard
Sector San Juan"), a register "kept by" an agency. Internal to :mod:`.actors`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.issuers import COMMUNICATIONS_UNIT, UNIT_HEAD
from narcokg.extract.lang.en.names import AGENCY_NAME, HEADING_AGENCY, ISSUED_BY, PUBLISHES
from narcokg.model.regions import region_slug


@dataclass(frozen=True)
class Agency:
    """An agency a report names (see :mod:`.actors`)."""

    slug: str
    label: str
    jurisdiction: str | None
    part_of: str | None = None
    #: an international body (UNODC): it has no country, and its reports none by default
    international: bool = False


def agency_slug(label: str) -> str:
    """An agency's id from its label ("U.S." as "US", so "U.S. Coast Guard" is us-coast-guard)."""
    return region_slug(label.replace("U.S.", "US"))


#: How a name pass renames a drafted body: (mentions, agencies, old slug, new body) -> None.
Rename = Callable[[list[Mention], dict[str, Agency], str, Agency], None]


def heading_agency(text: str) -> tuple[int, str] | None:
    """The agency a release's first line only names ("Hong Kong Police Force", "Europol press
    release"; a line in capitals read as a name: "NORTHERN TERRITORY POLICE, FIRE AND EMERGENCY
    SERVICES"): its start and label."""
    lines = text.split("\n", 2)
    if (unit := _dash_unit(lines[0], lines[1] if len(lines) > 2 else "")) is not None:
        return unit  # round 30: "<Force> - <its Division>"
    first = _heading_line(lines[0])
    # "Oregon Health Authority\nPublic Health Division": the unit on the second line issues it
    named = first is not None or AGENCY_NAME.fullmatch(lines[0].strip()) is not None
    second = _heading_line(lines[1]) if named and len(lines) > 2 else None
    if named and len(lines) > 2 and (area := _AREA_LINE.match(lines[1])) is not None:
        second = (0, area[1])  # round 10: "NORTHERN CUSTOMS SERVICE / Harbour Region"
    # round 10: a unit under its owner's line issues it, not an owner under the unit's line
    if second is not None and (first is None or UNIT_HEAD.search(second[1])):
        return len(lines[0]) + 1 + second[0], second[1]
    return first


#: Round 30: a first line naming a body, a dash, then one of its units ("Northland Police - South
#: West Division", "Public Security Directorate - Anti-Narcotics Department"): the unit issues the
#: release, as a unit on the line below its owner does (docs/facts.md, the issuing sub-unit).
_DASH_UNIT = re.compile(
    r"^[ \t]*[A-Z][\w.'&-]*(?:[ ]+(?:(?:of|for|and|the)[ ]+)*[A-Z][\w.'&-]*){0,7}[ ]+[-\u2013][ ]+"
    r"(?P<unit>(?:[A-Z][\w'-]*[ ]+(?:(?:of|for|and|the)[ ]+)*){1,5}(?:Division|Unit|Section|Branch"
    r"|Bureau|Command|Directorate|Squad|Team|Department|Task[ ]Force))[ \t]*$"
)

#: Round 30: a unit's name opening a line before a dash and a title ("Bureau of Criminal
#: Investigation - 2025 Drug Enforcement Report").
_UNIT_DASH = re.compile(
    r"^[ \t]*(?P<unit>(?:[A-Z][\w'-]*[ ]+){0,4}(?:Division|Bureau|Unit|Section|Branch|Command"
    r"|Directorate|Squad|Team|Department)(?:[ ]+(?:of|for)[ ]+(?:the[ ]+)?[A-Z][\w'-]*"
    r"(?:[ ]+(?:and[ ]+)?[A-Z][\w'-]*){0,4})?)[ ]+[-\u2013][ ]+\S"
)
#: A first line that only names a body, its acronym in brackets allowed.
_OWNER_LINE = re.compile(
    r"[ \t]*[A-Z][\w.'&-]*(?:[ ]+(?:of|for|and|the|on|\([A-Z]{2,8}\)|[A-Z][\w.'&-]*))*[ \t]*"
)


def _dash_unit(first: str, second: str) -> tuple[int, str] | None:
    """Round 30: a unit a letterhead names beside a dash issues the release: "<body> - <its
    unit>" on the first line, or under a first line naming its owner, "<unit> - <title>" or
    "<body> - <its unit>" (not a press office: :data:`COMMUNICATIONS_UNIT`)."""
    if (unit := _DASH_UNIT.match(first)) is not None:
        return unit.start("unit"), unit["unit"]
    if not _OWNER_LINE.fullmatch(first):
        return None
    unit = _DASH_UNIT.match(second) or _UNIT_DASH.match(second)
    if unit is None or COMMUNICATIONS_UNIT.search(unit["unit"]):
        return None
    return len(first) + 1 + unit.start("unit"), unit["unit"]


#: A second heading line naming a region, area, district or sector of the body above it;
#: (round 38) its name may hold a small word ("Bay of Plenty District") and the line may end on
#: a dash and the page's kind ("Canterbury District - News"), furniture, not the unit's name.
_AREA_LINE = re.compile(
    r"^((?:[A-Z][a-z]+[ ](?:(?:of|and|the)[ ])?){1,3}(?:Region|Area|District|Sector|Unit|Division"
    r"|Bureau|Branch|Team|Command|Squad|Section))"
    r"(?:[ ]+[-\u2013\u2014][ ]+(?:News(?:room)?|(?:Media|Press)[ ]+[Rr]elease))?\s*$"
)


def _heading_line(line: str) -> tuple[int, str] | None:
    if line.isupper():  # the same length, so offsets hold
        small = {"and", "of", "for", "the"}
        line = re.sub(
            r"[^\s,]+", lambda w: w[0].lower() if w[0].lower() in small else w[0].capitalize(), line
        )
    match = HEADING_AGENCY.match(line)
    if match is None or len(match["name"].split()) < 2 or ISSUED_BY.match(line):
        return None
    return match.start("name"), match["name"]


def unit_after(text: str, owner: Mention) -> Mention | None:
    """A unit named right after its owner's name: "DEA Miami Field Division" (the division by its
    own name), "Coast Guard Sector San Juan", "Coast Guard Seventh District" (a sector or
    district is named with its owner). ``key`` is left to the caller."""
    match = _UNIT_AFTER.match(text, owner.end)
    if match is None:
        return None
    if match["poss"] and not match["area"]:
        return None  # "the DEA's Miami Field Division": read as a possessive (actors._owned)
    start = match.start("unit") if match["unit"] else owner.start
    label = match["unit"] or f"{owner.text} {match['kind'] or match['area']}"
    if match["poss"]:  # "the Agency's Pacific Region": the unit's own name, as after a possessive
        start, label = match.start("area"), match["area"]
    return Mention(start, match.end(), owner.key, label)


_UNIT_AFTER = re.compile(
    r"(?P<poss>'s)?[ ]"
    r"(?:(?P<unit>(?:[A-Z][\w'-]*[ ]+){1,3}(?:Field[ ]+)?(?:Division|Section|Squad|Branch))"
    r"|(?P<kind>(?:Sector|District)[ ]+[A-Z][\w'-]*(?:[ ]+[A-Z][a-z][\w'-]*)?"
    r"|(?:First|Second|Third|Fifth|Seventh|Eighth|Ninth|Eleventh|Thirteenth|Fourteenth"
    r"|\d{1,2}(?:st|nd|rd|th))[ ]+District)"
    # round 10: a command's area or a border agency's region ("Coast Guard Pacific Area")
    r"|(?P<area>(?:[A-Z][a-z]+[ ]+){1,2}(?:Area|Region)))\b"
)


def kept_by(text: str, found: list[Mention]) -> None:
    """A register or system "kept by", "run by" or "maintained by" an agency is that agency ("the
    Central Registry of Drug Abuse, kept by the Narcotics Division, …")."""
    for index, mention in enumerate(list(found)):
        by = _KEPT_BY.match(text, mention.end)
        keeper = next((f for f in found if by and f.start == by.end()), None)
        if keeper is not None:
            found[index] = Mention(mention.start, mention.end, keeper.key, mention.text)


_KEPT_BY = re.compile(
    r",?\s+(?:which\s+is\s+)?(?:kept|run|maintained|managed|operated|compiled)\s+by\s+(?:the\s+)?"
)


#: "<unit> of the <owner>" (also "for the"): a unit named with its owner.
_OF_OWNER = re.compile(r"^(?P<unit>\S.*?)\s+(?:of|for)\s+the\s+(?=[A-Z])")


def head_words(label: str) -> set[str]:
    """The words "the X" may call an agency by: its name's last word ("the Board"), or the last
    word of a unit named with its owner ("the Command" for "Southern Naval Command of the Sri
    Lanka Navy"), or the body an "of", "for" or "in" name opens with ("Office of the …")."""
    unit = _OF_OWNER.match(label)
    if unit is not None:  # (round 38) and the head a "for" unit opens with ("the Service" of
        # "Service for Combating Drug Trafficking of the Ministry …")
        return {unit["unit"].split()[-1], unit["unit"].split(" for ", 1)[0].split()[-1]}
    # (round 39) and an office "in" a place ("the Office" of "Programme Office in Uzbekistan")
    opening = label.split(" of ", 1)[0].split(" for ", 1)[0].split(" in ", 1)[0]
    return {label.split()[-1], opening.split()[-1]}


def full_forms(found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Round 10: a unit the text names in full with its owner ("the Drug Prosecution Unit of the
    Attorney General's Chambers") is also the agency of its shorter name ("Drug Prosecution
    Unit"), whose label is only part of it (docs/facts.md, "Agency ids")."""
    for slug, agency in list(agencies.items()):
        whole = _OF_OWNER.match(agency.label)
        if whole is None or slug not in agencies:
            continue
        short = whole["unit"].removeprefix("the ").lower()
        for other in [s for s, a in agencies.items() if s != slug and a.label.lower() == short]:
            _rekey(found, agencies, other, slug)


def drop_spokespeople(found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Round 10: a communications office ("the Navy Media Unit said") only speaks for the body
    that issues the figures; it is never their agency."""
    for slug in [s for s, a in agencies.items() if COMMUNICATIONS_UNIT.search(a.label)]:
        found[:] = [m for m in found if m.key != slug]
        del agencies[slug]


def _rekey(found: list[Mention], agencies: dict[str, Agency], old: str, new: str) -> None:
    for index, mention in enumerate(found):
        if mention.key == old:
            found[index] = replace(mention, key=new)
    for slug, agency in agencies.items():
        if agency.part_of == old:
            agencies[slug] = replace(agency, part_of=new)
    del agencies[old]


#: A unit's owner attached by "under" ("the Drug Crime Investigation Police Department (C04)
#: under the Ministry of Public Security"): the owner is named, the unit acts.
_UNDER = re.compile(r"\s*(?:\([A-Z0-9]{2,7}\))?\s*,?\s*(?:under|within)\s+the\s+$")


def owners_under(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Round 10: a unit named "under" its owner is the agency; the owner's name there is only its
    place in the organisation (a translated ministry release whose issuer is its department)."""
    for unit in list(found):
        owner = next(
            (m for m in found if m.start > unit.end and _UNDER.fullmatch(text, unit.end, m.start)),
            None,
        )
        if owner is not None and owner.key != unit.key:
            found.remove(owner)
            agencies[unit.key] = replace(agencies[unit.key], part_of=owner.key)


def _lead_limit(text: str) -> int:
    """The end of the title and the opening paragraph."""
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    limit = breaks[1] if len(breaks) > 1 else len(text)  # the title and the opening paragraph
    # round 10: past heading lines ("Communique", "Press note", a dateline), the first paragraph
    # of prose is the opening one
    ends = [*breaks, len(text)]
    starts = [0, *breaks]
    # round 16: the title is not the opening paragraph, however long it is
    pairs = list(zip(starts, ends, strict=True))[1:]
    prose = next((e for s, e in pairs if is_prose(text[s:e])), 0)
    return max(limit, prose)


def is_prose(paragraph: str) -> bool:
    """(round 29) A paragraph of prose: 12 words or more ending on a sentence's stop; a long
    headline ("… climb 14% in fiscal year 2026") has no stop, and the lead below it names the
    release's issuer."""
    return len(paragraph.split()) >= 12 and _STOP.search(paragraph) is not None


#: A sentence's last stop, maybe inside a closing quote or bracket.
_STOP = re.compile(r"[.!?:][\"'\u201d)\]]?\s*$")


def announced(text: str, mentions: list[Mention]) -> Mention | None:
    """The agency the title or opening paragraph says announced, released or published it."""
    limit = _lead_limit(text)
    for mention in mentions:
        # round 19: "The X Task Force (XTF) of the Y Police today released": the unit, not Y
        owner = _ACRONYM_OWNER.match(text, mention.end)
        if mention.start < limit and owner and PUBLISHES.match(text, owner.end()):
            return mention
        said = PUBLISHES.match(text, mention.end) if mention.start < limit else None
        passive = said is not None and _NOT_ANNOUNCER.match(text, said.end()) is not None
        if said is not None and not passive and not _PERSON.match(mention.text):
            # "The RCMP's Ontario Division today announced": the unit after the possessive
            unit = [m for m in mentions if mention.end < m.start < said.end()]
            return unit[0] if unit and text.startswith("'s", mention.end) else mention
    return None


#: (round 29, now that the lead below a long headline is read) a passive ("the … Summary published
#: today by the …": a publication, not its publisher) names no announcer ...
_NOT_ANNOUNCER = re.compile(r"[ ]+(?:today[ ]+)?by\b")
#: ... nor a person's title ("The Deputy Minister presented the annual figures").
_PERSON = re.compile(
    r"(?:[Tt]he[ ]+)?(?:(?:Deputy|Vice|Acting)[ ]+)?(?:Minister|Director|Secretary|Commissioner"
    r"|Chairman|Chairperson|Chief)$"
)

#: After a unit's name, its acronym and its owner's name: " (SNTF) of the Connecticut State Police".
_ACRONYM_OWNER = re.compile(
    r"[ ]\([A-Z][A-Za-z-]{1,7}\)[ ]+of[ ]+(?:the[ ]+)?"
    r"(?:[A-Z][\w'-]*(?:[ ]+(?:of|for|and)(?:[ ]+the)?)?[ ]+){0,6}[A-Z][\w'-]*"
)


def unit_of(text: str, unit: Mention, owner: Mention) -> bool:
    """Whether ``unit`` is named as a part of ``owner``: "<unit> of the <owner>" in its own
    words, or right after the owner's possessive ("the Kenya Revenue Authority's Southern
    Region")."""
    name = owner.text.lower()
    before = text[max(0, unit.start - len(name) - 8) : unit.start].lower()
    return name in unit.text.lower()[1:] or before.rstrip().endswith(
        (f"{name}'s", f"{name}\u2019s")
    )


#: A unit's words right before "of the <owner>" or "(ACRONYM) of the <owner>".
_UNIT_BEFORE = re.compile(
    r"(?<![\w'-])(?P<unit>(?!(?:The|A|An)\b)(?:[A-Z][\w'-]*[ ]+(?:and[ ]+)?){1,5}"
    r"(?:Unit|Division|Bureau|Branch|Section|Command|Squad|Team|Directorate|Department|Office"
    r"|Corps|Observatory|Region|Area))"
    # (round 23) "the Drug Enforcement Unit (DEU) of Peel Regional Police": no "the" after its
    # acronym, an owner named without an article
    r"(?P<acronym>\s*\([A-Z][A-Za-z0-9]{1,7}\))?\s+of\s+(?P<the>the\s+)?$"
)


def units_of_owners(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Round 10: a unit named "of the" an agency found first ("the Mumbai Zonal Unit of the
    Narcotics Control Bureau (NCB)") is the agency of that mention, by its full name, a part of
    the owner; its own short mention and its acronym become it too. Round 15: an acronym between
    the unit and its owner ("the Anti Drug and Smuggling Unit (ADSU) of the Mauritius Police
    Force") closes the unit's name: its label is the name before it (four calibration rounds'
    writers keyed it so), still a part of the owner."""
    for owner in sorted(found, key=lambda m: m.start):
        match = _UNIT_BEFORE.search(text, max(0, owner.start - 120), owner.start)
        if match is None or not (match["the"] or match["acronym"]):
            continue
        label = match["unit"] if match["acronym"] else f"{match['unit']} of the {owner.text}"
        unit = Agency(region_slug(label), label, agencies[owner.key].jurisdiction, owner.key)
        short = [m for m in found if match.start() <= m.start < owner.start]
        for old in {m.key for m in short if m.key != owner.key}:
            _rekey(found, agencies, old, unit.slug)
        found[:] = [m for m in found if not match.start() <= m.start < owner.start]
        agencies.setdefault(unit.slug, unit)
        found[found.index(owner)] = Mention(match.start(), owner.end, unit.slug, label)
        # the owner's acronym in brackets right after ("… Bureau (NCB)") is part of the unit's
        # phrase, not an actor of its own in the sentence
        for index, m in enumerate(found):
            if m.key == owner.key and text[owner.end : m.start].strip() == "(":
                found[index] = replace(m, key=unit.slug)


#: Round 16: an owner the lead says acts through its unit ("The National Civil Police (PNC),
#: through its General Sub-Directorate of …", "The Royal Oman Police (ROP), represented by the
#: Directorate General of …") ...
_ACTS_THROUGH = re.compile(
    r"(?:\s*\([A-Z][A-Za-z0-9]{1,7}\))?\s*,?\s+(?:through\s+its|represented\s+by\s+(?:the|its))\s+"
)
#: ... or publishes its unit's figures ("… today released the annual report of its Drug
#: Investigations Branch", "… released figures for its Drug Investigation Division").
_FIGURES_OF_ITS = re.compile(
    r"\s+(?:the\s+)?(?:(?:annual|latest|operational|yearly)\s+)?(?:report|figures|results"
    r"|statistics|data)\s+(?:of|for|from)\s+its\s+"
)


def acting_unit(text: str, mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """Round 16: the owner and the unit the title or opening paragraph says it acts through or
    publishes the figures of: the unit issues the release (docs/facts.md, "the issuing
    sub-unit")."""
    limit = _lead_limit(text)
    for owner in (m for m in mentions if m.start < limit):
        said = PUBLISHES.match(text, owner.end)
        via = _ACTS_THROUGH.match(text, owner.end) or (
            _FIGURES_OF_ITS.match(text, said.end()) if said else None
        )
        unit = next((m for m in mentions if via and m.start == via.end()), None)
        if unit is not None and unit.key != owner.key:
            return owner, unit
    return None


def acting_units(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """The unit of :func:`acting_unit` is a part of its owner, in the owner's jurisdiction."""
    acting = acting_unit(text, sorted(found, key=lambda m: m.start))
    if acting is None:
        return
    owner, unit = (agencies[m.key] for m in acting)
    if unit.part_of is None:
        where = unit.jurisdiction or owner.jurisdiction
        agencies[unit.slug] = replace(unit, part_of=owner.slug, jurisdiction=where)


def names_a_part(longer: str, shorter: str) -> bool:
    """Round 18: a name holding another whole beside a unit's own name of two or more words,
    after it ("Maryland State Police Criminal Enforcement Division") or before "of" ("Specialist
    Crime Division of Police Scotland"), names a unit of that body, not the body in full; a
    head, a place or "of …" the shorter name lacks ("Federal Criminal Police Office", "National
    Police of Colombia", "Coast Guard Service") still names the same body."""
    words, short = longer.split(), shorter.split()
    for i in range(len(words) - len(short) + 1):
        if words[i : i + len(short)] != short:
            continue
        after, before = words[i + len(short) :], words[:i]
        if before[-2:] == ["of", "the"]:
            before = before[:-1]
        if before[-1:] == ["of"] and not after:
            after = before[:-1]  # the unit's words before "of"
        elif before:
            continue
        if len(after) >= 2 and after[0][0].isupper() and _UNIT_END.search(" ".join(after)):
            return True
    return False


_UNIT_END = re.compile(rf"{UNIT_HEAD.pattern}|\b(?:Task\s+Force|Taskforce|Laborator(?:y|ies))$")
