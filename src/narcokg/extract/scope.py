"""The scope of a report and of its figures beyond single place names (round 8): a report that
speaks of itself as "the province" or "the Territory" is that division's; a lead saying what an
agency "covers" gives the whole set; a figure "Coast Guard-wide" is the national agency's country.
(A multinational body's home is :mod:`.multinational`'s.) Internal to :mod:`.placing` and
:mod:`.gazetteer`."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from narcokg.extract import multi_state, municipal
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.lang.en.cities import FORCE_NAMES
from narcokg.extract.lang.en.names import CITY_REGIONS, COVERS, SELF_DIVISION
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.figures import Mention
    from narcokg.extract.text import Sentence


def self_division(
    text: str, names: list[Name], regions: dict[str, Region], country: str | None, lead_end: int
) -> str | None:
    """The division a report calls "the province", "this state" or "the Territory": the one
    region of that kind in its country named before the end of the lead (a heading
    "Government of British Columbia", a title), when the text refers to itself that way."""
    kinds = {" ".join(m["kind"].lower().split()) for m in SELF_DIVISION.finditer(text)}
    if not kinds or country is None:
        return None
    early = {
        n.key
        for n in names
        if n.start < lead_end
        and n.key in regions
        and regions[n.key].kind in kinds
        # (round 39) a city's name ("COLUMBUS -" of Texas) is no name of its state
        and n.text.casefold() not in _CITY_NAMES
        and regions[n.key].part_of == country
    }
    return early.pop() if len(early) == 1 else None


#: The cities the gazetteer places in their state by name alone, in any case.
_CITY_NAMES = frozenset(c.casefold() for c in CITY_REGIONS)


def covered(
    text: str,
    start: int,
    end: int,
    names: list[Name],
    regions: dict[str, Region],
    country: str | None,
) -> tuple[str, ...]:
    """The regions a sentence of the lead says an agency covers or serves ("The district covers
    Florida's Atlantic coast, Puerto Rico and the U.S. Virgin Islands"): all of them, two or more
    of the report's country."""
    for cue in COVERS.finditer(text, start, end):
        # (round 37) a sentence's full stop, not an initial's ("the U.S. Virgin Islands")
        full_stop = _FULL_STOP.search(text, cue.end(), end)
        stop = full_stop.start() if full_stop else end
        inside = [n.key for n in names if cue.end() <= n.start < stop and n.key in regions]
        # (a territory the gazetteer lists as a country of its own: "Puerto Rico")
        # (round 37) and the US territories the gazetteer lists so for the United States
        tops = {_top(k, regions) for k in inside}
        tops |= {"United States" for k in inside if multi_state.us_territory(regions[k])}
        if len(set(inside)) >= 2 and country in tops:
            return tuple(dict.fromkeys(inside))
    return ()


def agency_wide(context: DraftContext, sentence: Sentence) -> tuple[str, ...]:
    """ "Coast Guard-wide, cutters removed …": the country of the national agency so named."""
    for m in _AGENCY_WIDE.finditer(sentence.text):
        for name in context.agencies:
            label = context.text[name.start : name.end]
            national = name.key not in context.agency_states
            country = context.jurisdictions.get(name.key)
            if m["name"] in label and national and country == context.country and country:
                return (country,)
    return ()


def both_sides(context: DraftContext, sentence: Sentence) -> tuple[str, ...]:
    """ "In a joint operation with the Zhuhai public security organs, the two sides arrested 26
    suspects": the report's home and the places the sentence names (also in a partner's name)."""
    if not _BOTH_SIDES.search(sentence.text):
        return ()
    named = [n.key for n in context.regions if sentence.start <= n.start < sentence.end]
    together = tuple(dict.fromkeys([*context.home, *named]))
    return together if len(together) >= 2 else ()


def partial_list(text: str, name: Name) -> bool:
    """A place that opens an open list ("in Baoji and other cities"): the figure is not that
    place's alone."""
    return bool(_AND_OTHER.match(text, name.end))


_FULL_STOP = re.compile(r"(?<!\b[A-Z])\.")
_BOTH_SIDES = re.compile(r"\b(?:the\s+two|both)\s+sides\b", re.I)
_AND_OTHER = re.compile(
    r"\s+and\s+other\s+(?:cities|counties|districts|prefectures|provinces|states|regions|places"
    r"|areas|towns)\b",
    re.I,
)
_AGENCY_WIDE = re.compile(r"\b(?P<name>(?:[A-Z][\w.'&]*\s+){0,3}[A-Z][\w.'&]*)-wide\b")


def _top(name: str, regions: dict[str, Region]) -> str:
    region = regions[name]
    while region.part_of is not None:
        region = regions[region.part_of]
    return region.name


def force_area(
    text: str, label: str, regions: dict[str, Region], country: str | None
) -> str | None:
    """The nation of a police force of England and Wales its name gives ("Merseyside Police",
    "the Gwent Police"): the smallest region of the gazetteer holding the force's area; (round
    22) only in a report of that nation's country or of none found ("Surrey Police Service" in
    a report from British Columbia is no force of England), else a local force's own province
    (:func:`.municipal.publisher_province`: "Windsor Police Service", "HAMILTON, ON - …")."""
    found = _FORCE.match(label)
    nation = FORCE_NAMES[found[1]] if found else None
    if nation is not None and (country is None or nation not in regions):
        return nation
    if nation is not None and regions[nation].part_of == country:
        return nation
    return municipal.publisher_province(text, label, regions, country)


#: (a US city's "Cleveland Police Department" is no force of England)
_FORCE = re.compile(
    rf"(?:the\s+)?({'|'.join(map(re.escape, FORCE_NAMES))})\s+(?:Police|Constabulary)\b"
    r"(?!\s+Department)"
)

#: (round 9) Words that count every division of a country: "in every state", "all 50 states",
#: "each of the provinces".
EVERY_DIVISION = re.compile(
    r"\b(?:every|each\s+of\s+the|all(?:\s+\d+)?(?:\s+of\s+the)?)\s+(?:states?|provinces?)\b", re.I
)


# Moved from placing.py (round 10) to keep it under 400 lines.


def introduces_other(text: str, name: Name, mention: Mention) -> bool:
    """A name right before another figure in parentheses ("New South Wales (37,410)")."""
    after = text[name.end : name.end + 3]
    return bool(re.match(r"\s*\(\s*\d", after)) and not name.end <= mention.start <= name.end + 3


def respectively(
    text: str, sentence: Sentence, names: list[Name], mention: Mention, figures: list[Mention]
) -> str | None:
    """The i-th name of a list for the i-th figure of a "respectively" sentence."""
    cue = text.find("respectively", sentence.start, sentence.end)
    if cue < 0:
        return None
    for group in groups(text, names, heads=True):
        if len(group) < 2 or group[-1].end > mention.start:
            continue
        listed = [f for f in figures if group[-1].end <= f.start < cue and f.unit not in _RATES]
        if len(listed) == len(group) and mention in listed:
            return group[listed.index(mention)].key
    return _paired_run(text, sentence, names, mention, figures)


_RATES = {"percent", "per-mille", "fold", "percentage-point"}


def _paired_run(
    text: str, sentence: Sentence, names: list[Name], mention: Mention, figures: list[Mention]
) -> str | None:
    """(round 15) The i-th place for the i-th figure of a run of figures joined only by commas
    and "and" ("402, 165 and 138 cases", "3.9% and 3.1%") as long as the list of places, the
    places first (the run after them, wherever "respectively" stands: "A, B and C respectively
    recorded 402, 165 and 138") or last ("41,000 and 13,200 were seized in A and B,
    respectively", not a route: "bound for A and B"); a run of counts before one of rates."""
    runs = _runs(text, [f for f in figures if sentence.start <= f.start < sentence.end])
    for group in groups(text, names, heads=True):
        after = [r for r in runs if r[0].start >= group[-1].end]
        located = _LOCATED.search(text, max(0, group[0].start - 12), group[0].start)
        before = [r for r in reversed(runs) if r[-1].end <= group[0].start and located]
        fitting = [r for r in after or before if len(r) == len(group) > 1]
        fitting.sort(key=lambda run: any(f.unit in _RATES for f in run))
        if fitting and mention in fitting[0]:
            return group[fitting[0].index(mention)].key
    return None


def _runs(text: str, figures: list[Mention]) -> list[list[Mention]]:
    """Runs of figures joined only by commas and "and" ("214, 157, 132", "3.9% and 3.1%")."""
    found: list[list[Mention]] = []
    for figure in figures:
        if found and _FIGURE_JOIN.fullmatch(text, found[-1][-1].end, figure.start):
            found[-1].append(figure)
        else:
            found.append([figure])
    return found


#: Places named last are where the figures were counted only after a locative ("seized in").
_LOCATED = re.compile(r"\b(?:in|at|across|throughout|within)\s+(?:the\s+)?$")
_FIGURE_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


#: Between two members of a group ("Spain, Portugal and France", "Belgium and the Netherlands",
#: "… and West Virginia and in the District of Columbia").
_JOIN = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:in\s+)?(?:the\s+)?$")


#: A division's head noun, then the name of its body ("Municipal Public Security Bureau").
_HEAD = (
    r"(?:\s+(?i:city|prefecture|county|district|league|municipality))?"
    r"(?:\s+(?i:(?:municipal\s+|prefectural\s+|county\s+)?public\s+security\s+(?:bureau|organs)"
    r"|police))?"
)
_HEAD_JOIN = re.compile(_HEAD + _JOIN.pattern.lstrip("^"))
#: A compass word opening a name: "southeastern", "North", "central".
COMPASS = r"(?:(?:north|south|east|west|central)\w*\s+)"
_COMPASS_JOIN = re.compile(_JOIN.pattern.rstrip("$") + COMPASS + "?$", re.I)


def groups(
    text: str, names: list[Name], *, heads: bool = False, compass: bool = False
) -> list[list[Name]]:
    """Runs of names joined only by commas and "and"; with ``heads`` (round 17, a "respectively"
    list) also when each name carries its head noun ("Aville City and Btown City", "the Aville
    Municipal Public Security Bureau and the Btown …", "Aville city, Btown prefecture"); with
    ``compass`` (round 30, a body's states) also when a compass word opens a name ("southeastern
    A and southern B")."""
    join = _HEAD_JOIN if heads else _COMPASS_JOIN if compass else _JOIN
    found: list[list[Name]] = []
    for name in names:
        # (round 23) or a set's next member at the same span ("Great Britain")
        same = found and found[-1][-1].start == name.start
        if same or (found and join.match(text[found[-1][-1].end : name.start])):
            found[-1].append(name)
        else:
            found.append([name])
    return found


def heading_place(context: DraftContext, sentence: Sentence) -> tuple[str, ...]:
    """The place a section heading names ("Queensland" on a line of its own above the
    paragraph): the last heading before the figure's paragraph, when it is only a place."""
    for previous in reversed(context.sentences[: sentence.index]):
        if previous.paragraph == sentence.paragraph or not _HEADING.fullmatch(previous.text):
            continue
        inside = [n for n in context.regions if previous.start <= n.start < previous.end]
        named = "".join(context.text[n.start : n.end] for n in inside)
        if inside and _HEADING_REST.fullmatch(previous.text.replace(named, "", 1)):
            return (inside[0].key,)
        return ()  # a heading about something else ends the place of the one before
    return ()


#: A line that is a heading: short, with no full stop; a place heading holds nothing more than
#: the place and a colon or dash ("Queensland", "Region: Auckland", "Western Cape -").
_HEADING = re.compile(r"[^.!?\n]{2,60}")
_HEADING_REST = re.compile(r"\s*(?:(?:region|state|province|area)\s*:?)?\s*[:\-\u2013]?\s*", re.I)


def local_state(
    text: str, lead_end: int, regions: dict[str, Region], country: str | None
) -> str | None:
    """(round 11) The state or province of a local body's report (a county sheriff, a city
    police, a county): the one division of ``country`` the text names anywhere, an agency's name
    included ("… works with the Texas Department of Public Safety"); None when the title and
    lead name no local body, or the text names no division or several (docs/facts.md "The
    report's frame": the smallest gazetteer region holding the body that the text names)."""
    if country is None or not _LOCAL_BODY.search(text, 0, lead_end):
        return None
    if city := municipal.force_province(text, lead_end, regions, country):
        return city  # (round 19) its city's province, also when the text names several
    plain = folded(text)  # (round 25) "Sûreté du Québec" names Quebec
    named = {
        r.name
        for r in regions.values()
        if r.part_of == country
        and re.search(rf"(?<![\w-]){re.escape(folded(r.name))}(?![\w-])", plain)
    }
    return named.pop() if len(named) == 1 else None


def folded(text: str) -> str:
    """``text`` without its accents, letter for letter ("Québec" -> "Quebec")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


#: A body that serves a county or a city: "Cameron County Sheriff's Office", "Sheriff Garza",
#: "the Springfield Police Department", "Harris County".
_LOCAL_BODY = re.compile(
    r"\b(?:County|City|Municipal|Parish|Borough|Township)\s+(?:Sheriff|Police|Constabulary)"
    r"|\bSheriff(?:['\u2019]s\s+Office|['\u2019]s\s+Department)?\b|\bPolice\s+Department\b"
    # (round 16) a county's own office ("Allegheny County Office of the Medical Examiner",
    # "… County Medical Examiner's Office") and a city's police named after a large city
    # ("Toronto Police Service"; a country's "Ghana Police Service" is no city's)
    r"|\bCounty\s+(?:Office|Department|Medical\s+Examiner|Coroner"
    r"|Attorney|Prosecutor|State['\u2019]s\s+Attorney)"  # (round 29, 31) "Brandt County Attorney"
    rf"|\b(?:{'|'.join(re.escape(c) for c in sorted(CITY_REGIONS, key=len, reverse=True))})"
    r"\s+Police\b" + municipal.UNLISTED  # (round 19) "Halifax Regional Police"
)


def in_passing(text: str, name: Name) -> bool:
    """(round 11) Whether a place opens an aside after its clause's comma ("seized 6.1 tonnes in
    the six months, with the largest raids in Sinaloa, Sonora and Durango"; "…, mostly in
    Gauteng"): where things happened, not the region of the figures before it."""
    clause = re.split(r"[.;:\n]|,(?!\d)", text[max(0, name.start - 100) : name.start])
    return len(clause) > 1 and bool(_ASIDE.match(clause[-1]))


_ASIDE = re.compile(
    r"\s*(?:with\b|mostly\b|mainly\b|largely\b|chiefly\b|notably\b|especially\b"
    r"|(?:most|many|much|some)\s+of\s+(?:them|it)\b)",
    re.I,
)


def settled(text: str, names: list[Name], after: int = 0) -> list[Name]:
    """``names`` without the lists of places an aside names (:func:`in_passing`); with ``after`` (a
    national body's release), only divisions named as such from ``after`` on: not its title,
    where one province's operation may be named beside the national results, nor a city (its
    "Ahmedabad Zonal Unit")."""
    aside = {
        (n.start, n.key)
        for g in groups(text, names)
        if len(g) > 1 and in_passing(text, g[0])
        for n in g
    }
    kept = [n for n in names if (n.start, n.key) not in aside]
    return [n for n in kept if n.start >= after and n.text == n.key] if after else kept


def partner_forces(text: str, names: list[Name]) -> set[int]:
    """(round 15) The starts of places that only say whose forces worked with the publisher's
    ("together with the police of A, B and C", "together with the A and B police", "with the
    support of the A Coast Guard"): a partner's home, not where the figure was counted."""
    found: set[int] = set()
    for group in groups(text, names):
        cue = _WITH_PARTNER.search(text, max(0, group[0].start - 60), group[0].start)
        if cue is None:
            continue
        force = cue["force"] or _FORCE_AFTER.match(text, group[-1].end)
        if force:
            found |= {n.start for n in group}
    return found


_FORCES = (
    r"police(?:\s+forces?)?|forces?|authorities|agencies|counterparts|officers|customs"
    r"|coast\s+guard|navy|army|border\s+guard"
)
_WITH_PARTNER = re.compile(
    r"\b(?:together\s+with|jointly\s+with|in\s+(?:co-?operation|partnership|conjunction)\s+with"
    r"|with\s+the\s+(?:support|help|assistance)\s+of|alongside|assisted\s+by|supported\s+by)"
    rf"\s+(?:the\s+)?(?P<force>(?:{_FORCES})\s+(?:of|from|in)\s+(?:the\s+)?)?$",
    re.I,
)
_FORCE_AFTER = re.compile(rf"(?:['\u2019]s)?\s+(?:{_FORCES})\b", re.I)
