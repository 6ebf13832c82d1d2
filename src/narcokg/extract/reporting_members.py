"""(round 18) The member states a regional body's report names as reporting: a count of the
members, then their list ("by its ten reporting member states: A, B, …", "compiled from the
reports of twelve Forum members (A, B, …)", "services of 23 countries, among them A, B, …").
The body's figures not placed otherwise are those members' as a set, not its seat's country,
not one member's and not a partner's named later in the lead. Internal to :mod:`.placing`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from narcokg.extract import issuer
from narcokg.extract.gazetteer import WORLD, country_aliases
from narcokg.extract.lang.en.cities import COUNTRY_FORMS, MORE_DEMONYMS
from narcokg.extract.lang.en.names import DEMONYMS, ROUTE_BEFORE
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.agency_forms import Agency
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.figures import Mention
    from narcokg.extract.text import Sentence

#: Counts as leads spell them.
_COUNT = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?"
)
#: "<count> [up to two words] members / member states / countries", then what opens the list;
#: (round 20) or "the member states / member countries" uncounted, and a colon may close a short
#: clause of their own ("the six member states that reported: A, B, …", "ten member countries
#: reported for 2025: A, B, …", "the member states of the Council reported for 2025: A, B, …").
_COUNTED = re.compile(
    rf"\b(?:(?:{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?:members|member\s+states|countries|states"
    r"|administrations)"  # (round 28) "14 member administrations: A, B, …"
    r"|the\s+member\s+(?:states|countries)|(?:its|their)\s+members)"
    r"(?:\s*[:(]|,?\s+(?:among\s+them|including|namely)\b|(?:\s+[\w'-]+){1,10}?\s*:"
    # (round 28) a list between dashes: "the four member countries - A, B and C - …", also after
    # the body's name: "the six signatory countries of the … Memorandum (Mekong MOU) - A, …"
    r"|(?:\s+[\w'()-]+){0,16}?\s+[-\u2013\u2014](?=\s))\s*",
    re.I,
)
#: (round 28) A spaced dash closes a list that a dash opened.
_DASH = re.compile(r"\s[-\u2013\u2014]\s")
#: Between two members of the list.
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: Where the list ends: a closing bracket, a sentence's end, a line's end; not the full stop of
#: an abbreviation (round 22: "St. Kitts and Nevis").
_LIST = re.compile(r"[^.)\n;]*(?:(?:\.(?=\w)|(?<=\bSt)\.\s)[^.)\n;]*)*")
#: (round 22) Data the lead says the members submitted, the list right after "by": "Data were
#: submitted by A, B and C; …", "the figures reported for 2025 by the States Parties (A, B and
#: C) and by the Associated States D and E".
_SUBMITTED = re.compile(
    # (round 29) also the seizures themselves: "drug seizures reported by the police of A, B, …"
    r"\b(?:data|figures|reports|returns|statistics|seizures)\s+(?:(?:were|was|are|is)\s+)?"
    r"(?:submitted|reported|supplied|provided|sent)\s+(?:(?:for|in)\s+\d{4}\s+)?"
    # (round 33) "data reported to UNODC by A, B, …": the body it went to before "by"
    r"(?:to\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+)?by\s+"
    # (round 28) "compiled from the returns of A, B and C"
    r"|\bcompiled\s+from\s+the\s+(?:[\w-]+\s+)?(?:returns|reports|data|submissions)\s+of\s+",
    re.I,
)
#: Where such a clause ends: its sentence's end, a semicolon, a line's end.
_CLAUSE = re.compile(r"[^.\n;]*(?:(?:\.(?=\w)|(?<=\bSt)\.\s)[^.\n;]*)*")
#: A second group of the clause: "… and by the Associated States D and E".
_AND_BY = re.compile(r"\s*\)?\s*,?\s+and\s+by\s+")
#: The name of a group of members before its list: "the States Parties (", "the Associated
#: States", "member countries:".
_GROUP = re.compile(
    r"(?:the\s+)?(?:(?:associated|observer|partner|member|reporting)\s+)?"
    r"(?:states\s+parties|member\s+states|member\s+countries|states|countries|members)"
    r"\s*[(:]?\s*",
    re.I,
)

#: (round 30) A relative clause closing a list of members: "…, C and D, which together reported".
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s")
#: (round 24) The members' bodies before their list: "supplied by the Transnational Crime Units
#: (TCUs) of A, B and C", "provided by the national focal points of A, B and C".
_BODIES_OF = re.compile(r"(?:the\s+)?(?:[\w'-]+\s+){1,5}?(?:\([A-Za-z]{2,10}\)\s+)?of\s+")


def members_window(text: str, lead_end: int) -> int:
    """Where a members' list may still stand: the end of the paragraph after the lead (a list may
    follow a one-line lead); (round 22) when that paragraph is a dateline's short line ("Tunis,
    24 June 2026" under the headline), the end of the second paragraph of 100 characters or more
    after it."""
    second = _PARAGRAPH.match(text, lead_end)
    if second is not None and _headline(text, lead_end) and len(second[1]) >= 100:
        # (round 30) a lead that stopped at a headline ("<letterhead> / <headline> / Tunis, 23
        # June 2026 - The Bureau … / The report was compiled from … : A, B, …"): one more
        second = _PARAGRAPH.match(text, second.end()) or second
    if second is None or len(second[1]) >= 100:
        return second.end() if second else len(text)
    longer = [m.end() for m in re.compile(r"[^\n]{100,}").finditer(text, second.end())]
    return longer[1] if len(longer) > 1 else len(text)


def _headline(text: str, lead_end: int) -> bool:
    """Whether the lead's last line is a headline: a short run of words (4 to 30) that no full
    stop ends, nor a sentence in it."""
    line = text[text.rfind("\n", 0, lead_end) + 1 : lead_end].strip()
    return 4 <= len(line.split()) <= 30 and not _SENTENCE_STOP.search(line)


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
#: The first line of the paragraph after the lead.
_PARAGRAPH = re.compile(r"\n\s*\n\s*([^\n]+)")


def reporting_members(
    text: str, start: int, stop: int, regions: dict[str, Region], publisher: Agency | None = None
) -> tuple[str, ...]:
    """The countries of the first counted list of members between ``start`` and ``stop`` (the
    lead), when every item of the list is a country and there are at least two; a count after a
    route's word ("drugs from 12 countries, including …") is no list of members. Only for a
    publisher with no country of its own or (round 20) one the title and lead never name: a
    member's agency named first in the body ("Bangladesh's Department of Narcotics Control
    seized …") is no issuer of a body's summary."""
    for found in _lists(text, start, stop, regions):
        # the publisher named in the title, the lead or the paragraph after it (not further on,
        # where a members' list below a dateline may end: a member's agency in the body)
        second = _PARAGRAPH.match(text, issuer.lead_end(text, start))
        if _own(text[: min(stop, second.end() if second else stop)], publisher, regions, found):
            return ()
        return tuple(dict.fromkeys(k for k in found if k))
    return ()


def _own(
    opening: str, publisher: Agency | None, regions: dict[str, Region], found: list[str | None]
) -> bool:
    """Whether a publisher the opening names keeps its own jurisdiction; (round 22) not a city or
    province of one of the members that only the body's name holds ("Shanghai Cooperation
    Organisation", whose members include China)."""
    own = publisher.jurisdiction if publisher is not None else None
    if publisher is None or own in (None, WORLD):
        return False
    if own in regions and regions[own].part_of in found:
        return False
    return publisher.label.casefold() in opening.casefold()


def _lists(text: str, start: int, stop: int, regions: dict[str, Region]) -> list[list[str | None]]:
    """Every list of at least two countries, and only countries, that follows a count of members
    or (round 22) "submitted by" in the lead, in text order."""
    found: list[tuple[int, list[str | None]]] = []
    for cue in _COUNTED.finditer(text, start, stop):
        before = (max(0, cue.start() - 30), cue.start())
        if ROUTE_BEFORE.search(text, *before) and not _DATA_FROM.search(text, *before):
            continue
        listed = _LIST.match(text, cue.end())
        items = _DASH.split(listed.group() if listed else "")[0]  # (round 28) "- A, B -"
        found.append((cue.start(), _countries(items.strip(), regions)))
    for cue in _SUBMITTED.finditer(text, start, stop):
        clause = _CLAUSE.match(text, cue.end())
        members: list[str | None] = []
        for part in _AND_BY.split(clause.group() if clause else ""):
            members += _group_members(part, regions)
        found.append((cue.start(), members))
    return [k for _, k in sorted(found, key=lambda f: f[0]) if len(k) >= 2 and all(k)]


def _group_members(part: str, regions: dict[str, Region]) -> list[str | None]:
    """The countries of one group of a "submitted by" clause, after the group's name ("the
    States Parties (A, B)") or (round 24) the name of the members' bodies ("the Transnational
    Crime Units (TCUs) of A, B and C"), when the list is not one of countries as it stands;
    (round 30) the list alone, without a relative clause after it ("…, C and D, which together
    reported …") and between the dashes that enclose it ("the authorities of its member states -
    A, B and C - for 2025")."""
    part = _RELATIVE.split(part, maxsplit=1)[0]
    dashed = _DASH.split(part)
    if len(dashed) > 1 and not all(_countries(dashed[0].strip(" ()"), regions)):
        part = dashed[1]
    group = _GROUP.match(part)
    found = _countries(part[group.end() if group else 0 :].strip(" ()"), regions)
    bodies = _BODIES_OF.match(part)
    if all(found) or group is not None or bodies is None:
        return found
    return _countries(part[bodies.end() :].strip(" ()"), regions)


def _countries(listed: str, regions: dict[str, Region]) -> list[str | None]:
    """The list's items as countries (None for an item that is none); a name with "and" in it
    ("Trinidad and Tobago") is one item."""
    items = [item for item in _SPLIT.split(listed) if item]
    found: list[str | None] = []
    while items:
        joined = f"{items[0]} and {items[1]}" if len(items) > 1 else ""
        if joined and re.search(rf"\b{re.escape(joined)}\b", listed) and _country(joined, regions):
            found.append(_country(joined, regions))
            items = items[2:]
        else:
            found.append(_country(items.pop(0), regions))
    return found


def _country(item: str, regions: dict[str, Region]) -> str | None:
    # (round 28) "France in respect of Réunion": the territory the member answers for
    name = re.sub(r"^(?i:the)\s+", "", _IN_RESPECT.sub("", item.strip()))
    name = _FOR_YEAR.sub("", name)  # (round 29) "… and Sweden for 2025": the list's period
    name = _UNDER.sub("", name)  # (round 33) "… and E under the Office's programme"
    if name in regions and regions[name].part_of is None:
        return name
    other = COUNTRY_FORMS.get(name) or country_aliases(regions).get(name)
    return other if other in regions else _qualified(name, regions)


def _qualified(name: str, regions: dict[str, Region]) -> str | None:
    """(round 28) A country the gazetteer names with a qualifier in brackets: "Sint Maarten" is
    "Sint Maarten (Dutch part)"."""
    found = [r for r in regions if r.startswith(f"{name} (") and regions[r].part_of is None]
    return found[0] if len(found) == 1 else None


_FOR_YEAR = re.compile(r"\s+(?:for|in)\s+(?:the\s+year\s+)?\d{4}$")
#: (round 33) What a clause says after its list: "… and E under the Office's data-sharing
#: programme", "… through its network".
_UNDER = re.compile(r"\s+(?:under|through|within|via)\s+(?:the|its|their|a|an)\s.*$")
#: (round 33) A count after data's "from" is whose data, no route: "national returns from the
#: twelve countries the office covers: A, B, …".
_DATA_FROM = re.compile(
    r"\b(?:returns|data|reports|figures|submissions|statistics)\s+from\s+(?:the\s+)?$", re.I
)
_IN_RESPECT = re.compile(r"^(?:(?!and\b)[\w'-]+\s+){1,3}in\s+respect\s+of\s+")


def one_member(context: DraftContext, sentence: str, keys: list[str]) -> bool:
    """(round 19) Whether the sentence before names one member country of a report's set of
    several ("A's police alone seized …"): the place of its own figures, a part of the set, not
    of the next sentence's, unless that one refers back to them ("Of those arrested, …")."""
    home = context.home
    countries = len(home) > 1 and all(context.countries.get(k) == k for k in home)
    member = countries and len(keys) == 1 and keys[0] in home
    return member and not _BACK.match(sentence)


#: A sentence opening on its figures' whole in the sentence before: "Of those arrested, …".
_BACK = re.compile(r"\s*(?:Of|Among)\s+(?:those|these|them|whom|which)\b")


def member_agency(context: DraftContext, sentence: Sentence, mention: Mention) -> tuple[str, ...]:
    """(round 21) In a report about a set of countries, a member's national agency named before
    the figure in its sentence places the figure in that member, by the member's name in the
    agency's ("El Salvador's Anti-Narcotics Division reported …", which the region rules leave
    out as a national agency's name) or by the member's adjective opening it ("The South African
    Police Service dismantled …": no place mention before "Police Service"). Only for one member
    and only when the sentence states no place of its own (:func:`.placing.figure_regions`)."""
    home = context.home
    if len(home) < 2 or not all(context.countries.get(k) == k for k in home):
        return ()
    found: set[str] = set()
    for agency in context.agencies:
        if not sentence.start <= agency.start < mention.start:
            continue
        inside = {n.key for n in context.regions if agency.start <= n.start < agency.end}
        if opening := _ADJECTIVE.match(context.text, agency.start, agency.end):
            inside.add(_ADJECTIVES[opening[1]])
        found |= inside & set(home)
    return (found.pop(),) if len(found) == 1 else ()


_ADJECTIVES = DEMONYMS | MORE_DEMONYMS
#: A country's adjective opening an agency's name: "South African Police Service".
_LONGEST_FIRST = sorted(_ADJECTIVES, key=len, reverse=True)
_ADJECTIVE = re.compile(rf"(?:[Tt]he\s+)?({'|'.join(re.escape(a) for a in _LONGEST_FIRST)})\s")
