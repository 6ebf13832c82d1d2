"""Whole agency names (round 15, issue 14; causes recurring across the writers of the calibration
rounds). Translated Chinese releases name their police "the city public security organs" or "the
public security organs of the province": the keys name them by the report's own division, as for
"the province's". A name the text first gives with its state ("Ministry of Internal Affairs of the
Republic of Kazakhstan") keeps it, as docs/facts.md "Agency ids" asks (a label is the first full
form; round 20: also after a short form, unless the registry names the body: "National
Narcotics Board" before "… of the Republic of Indonesia" stays the registry's label). A
headquarters named as where something happened ("at Police Headquarters") is a building, not a
body. "The Task Force", "the Taskforce", "task force
investigators" refer back to the task force the text named before. Internal to :mod:`.actors`."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from narcokg.extract.agency_forms import Agency, agency_slug
from narcokg.extract.gazetteer import Mention
from narcokg.extract.lang.en.names import KNOWN_AGENCIES
from narcokg.extract.names_pattern import any_of_names, compiled

#: "the city public security organs", "the province's …", "the provincial …", "the public
#: security organs of the whole province", (round 16) "the public security organs": those of the
#: report's own division.
_OWN_ORGANS = re.compile(
    # round 24: "the whole city public security organs" (a city's only: a province's "whole" is
    # also the whole a share is of)
    r"(?:\b[Tt]he\s+(?:whole\s+(?=city\b))?"
    # round 34: "2025 year, whole city public security organs …", "This year first half year,
    # city public security organs …" (no article in the translation), a sentence's "The city's"
    r"|\b[Ww]hole\s+(?=city\b)|(?<=, )(?=city\b))"
    r"(?:(?P<kind>province|city|region|municipality)(?:'s)?|provincial|municipal)\s+"
    r"public\s+security\s+organs\b"
    r"|\b[Tt]he\s+public\s+security\s+organs\s+of\s+the\s+(?:whole\s+)?"
    r"(?:province|city|region|municipality)\b"
    # round 16: "The public security organs carried out …" in a provincial department's release
    # (not "the public security organs of Shijiazhuang, …", whose places say whose they are)
    r"|\b(?P<bare>[Tt]he)\s+public\s+security\s+organs\b(?!\s+of\b)"
)


#: Every mention the two finders below look for holds these words.
_ANY_ORGANS = re.compile(r"public\s+security\s+organs\b")


def own_organs(text: str, region_names: list[str]) -> list[tuple[int, int, Agency]]:
    """Each mention of the report's own public security organs, with the division they are of:
    the place named most often before them (round 16: named bare, the province of the provincial
    department the text names); for "the city's", the most named of the places the
    text calls a city ("Zhanjiang City", "Xi'an Municipal …"), not a province named last as a
    route ("… flowed into the city via Guangxi"), else the place named last."""
    if not region_names or not _ANY_ORGANS.search(text):  # spares the gazetteer-wide patterns
        return []
    regional = any_of_names(frozenset(region_names))
    named = listed_organs(text, regional)  # round 17
    place, provincial, _ = _gazetteer_patterns(regional)
    department = provincial.search(text)
    for m in _OWN_ORGANS.finditer(text):
        if m["bare"]:  # the province's only in a provincial department's release
            if department is not None:
                own = department[1]
                named.append((m.start(), m.end(), _organs(f"{own} public security organs", own)))
            continue
        places = [p[1] for p in place.finditer(text[: m.start()])]
        if m["kind"] == "city":  # a city's: those the text calls one ("Xi'an Municipal …")
            called = [p for p in places if _called_city(p, text)]
            # round 24: else the city whose bureau the text names (a county-level city the
            # gazetteer does not hold: not a neighbouring country named before it)
            places = called or _BUREAU_CITY.findall(text)[:1] or places[-1:]
        if places:
            most = max(places, key=lambda p: (places.count(p), -places.index(p)))
            own_bureau = _issuing_bureau(text, most, m.start()) if m["kind"] == "city" else None
            label = f"{most} public security organs"
            named.append((m.start(), m.end(), own_bureau or _organs(label, most)))
    return named


#: "Ruili Municipal Public Security Bureau" (round 34: or "… City …"): a municipal bureau's city.
_BUREAU_CITY = re.compile(r"\b([A-Z][a-z']+)\s+(?:Municipal|City)\s+Public\s+Security\s+Bureau\b")


def _issuing_bureau(text: str, city: str, before: int) -> Agency | None:
    """Round 24: a city's own organs in its municipal bureau's release ("Source: Ningbo Municipal
    Public Security Bureau" ... "the whole city public security organs cracked …") are the
    bureau, as the keys of such releases name them: the bureau is the first police body the prose
    below the heading block names (not a city's bureau a province's release names after its own
    police). A release whose prose names "<City> public security organs" itself (a headline's
    "Wuhan public security organs notify …" is its shorthand for the issuer) has given them a
    name of their own and keeps it; round 34: only a name before the mention (``before``) does,
    not a closing "Next step, <City> public security organs will …" (keyed to the bureau)."""
    block = max(text.find("\n\n"), 0)
    prose = text[block:]
    # round 34: "Source: Ganzhou City Public Security Bureau" is the same municipal bureau
    label = rf"{re.escape(city)}\s+(?:Municipal|City)\s+Public\s+Security\s+Bureau"
    first = re.search(rf"\b{label}\b|\b(?:[Pp]olice|[Pp]ublic\s+[Ss]ecurity)\b", prose)
    named = re.search(
        rf"\b{re.escape(city)}\s+public\s+security\s+organs\b", prose[: max(before - block, 0)]
    )
    if first is None or not first.group().startswith(city) or named:
        return None
    # the municipal name where the text gives it, else the "City" one it gives (docs/facts.md:
    # the label is a name the text gives; the issuer's own label, so both are one body)
    municipal = re.search(rf"\b{re.escape(city)}\s+Municipal\s+Public\s+Security\s+Bureau", text)
    whole = " ".join((municipal or first).group().split())
    return Agency(agency_slug(whole), whole, city)


def _called_city(place: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(place)}\s+(?:City|Municipal)\b", text) is not None


def _organs(label: str, place: str) -> Agency:
    return Agency(agency_slug(label), label, place, "public-security-organs")


#: A state a name is given with ("of the Republic of Kazakhstan", "of the Islamic Republic of
#: Iran"), matched right after the name's words. The state's own words are capitalised even in
#: a first line in capitals: the verb or adverb after it ("… of Slovenia today published") is not.
_STATE_WORD = r"(?-i:[A-Z][a-z]+|[A-Z]{2,})"
_STATE = re.compile(
    r"[ ]+of[ ]+the[ ]+(?:Islamic[ ]+)?(?:Republic|Kingdom|Federation|Commonwealth|Union)[ ]+of"
    rf"[ ]+(?:the[ ]+)?{_STATE_WORD}(?:[ ]+{_STATE_WORD})?\b"
    # round 20: "of the Lao People's Democratic Republic"
    rf"|[ ]+of[ ]+the[ ]+(?:{_STATE_WORD}[ ]+)?People's[ ]+(?:Democratic[ ]+)?Republic"
    rf"(?:[ ]+of[ ]+{_STATE_WORD})?\b",
    re.IGNORECASE,
)
#: Round 20: the superior a body is "under" before its state ("Drug Control Agency under the
#: President of the Republic of X", "Police Department under the Ministry of the Interior of the
#: Republic of Y"): part of the name the state closes.
_UNDER = rf"(?:[ ]+under[ ]+the(?:[ ]+(?:{_STATE_WORD}|of|the|for|and))+?)?"


def keep_states(
    text: str,
    found: list[Mention],
    agencies: dict[str, Agency],
    rename: Callable[[list[Mention], dict[str, Agency], str, Agency], None],
) -> None:
    """An agency the text gives with its state keeps the state in its label; a first line in
    capitals gives it too. Round 20: also when a short form comes first (a title's "Financial
    Administration" before the lead's "… of the Republic of Slovenia"), as docs/facts.md's first
    full form asks, unless the registry names the body (its label stays the registry's:
    "National Narcotics Board"); a superior it is "under" stays in the name."""
    for slug, agency in list(agencies.items()):
        first = min((m.start for m in found if m.key == slug), default=None)
        if first is None or _STATE.search(agency.label):
            continue
        pattern = re.escape(agency.label) + _UNDER + f"(?:{_STATE.pattern})"
        whole = compiled(pattern, re.IGNORECASE).search(text)
        if whole is None or (whole.start() > first and _registered(agency.label, whole.group())):
            continue
        state = whole.group()[len(agency.label) :].split()
        if all(w.isupper() for w in state):  # a first line in capitals
            state = [w.lower() if w.lower() in _SMALL else w.capitalize() for w in state]
        label = " ".join([agency.label, *state])
        rename(found, agencies, slug, replace(agency, slug=agency_slug(label), label=label))


_SMALL = {"of", "the"}
#: The registry's known bodies (``KNOWN_AGENCIES``): label -> country.
_REGISTRY = {label: country for label, country in KNOWN_AGENCIES.values()}


def _registered(label: str, whole: str) -> bool:
    """Whether the registry names this body: its label, of the state the whole name gives (China's
    "Ministry of Public Security" is not the one "of the Lao People's Democratic Republic")."""
    if label not in _REGISTRY:
        return False
    country = _REGISTRY[label]
    return country is None or country in whole


#: "at Police Headquarters": a place a thing was said or done at, not who did it.
_AT = re.compile(r"\b(?:at|outside|inside)[ ]+(?:the[ ]+)?$")


def drop_buildings(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """A headquarters named after "at", "outside", "inside" is a building: no agency (an
    agency named elsewhere as a body keeps its other mentions)."""
    for mention in list(found):
        label = agencies[mention.key].label
        before = _AT.search(text, max(0, mention.start - 12), mention.start)
        if label.endswith("Headquarters") and before is not None:
            found.remove(mention)
    named = {m.key for m in found}
    for slug, agency in list(agencies.items()):
        if slug not in named and agency.label.endswith("Headquarters"):
            del agencies[slug]


#: A task force referred to by its head alone: "The Task Force", "the Taskforce", "task force
#: investigators", "Task Force members".
_TASK_FORCE_BACK = re.compile(
    r"\b[Tt]he[ ]+(?:Task[ ]+Force|Taskforce)\b(?![ ]+(?:of|for|on)\b)"
    # not a partner's staff: "the Highway Patrol ran the operation with Task Force analysts"
    r"|(?<!with[ ])\b(?:[Tt]ask[ ]+[Ff]orce|[Tt]askforce)(?=[ ]+(?:members|investigators|analysts"
    r"|officers|detectives|agents|staff)\b)"
)
_TASK_FORCE = re.compile(r"\b(?:Task[ ]+Force|Taskforce)$")


def task_forces(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Give each bare reference to a task force the last task force named in full before it."""
    named = {s for s, a in agencies.items() if _TASK_FORCE.search(a.label) and " " in _bare(a)}
    for m in _TASK_FORCE_BACK.finditer(text):
        before = [f for f in found if f.key in named and f.end <= m.start()]
        if not before:
            continue
        key = max(before, key=lambda f: f.end).key
        inside = [f for f in found if f.start < m.end() and m.start() < f.end]
        if all(f.key not in named for f in inside):
            found[:] = [f for f in found if f not in inside]
            found.append(Mention(m.start(), m.end(), key, m.group()))
    kept = {f.key for f in found}
    for slug in [s for s in agencies if s not in kept and _bare(agencies[s]) == ""]:
        del agencies[slug]


def _bare(agency: Agency) -> str:
    """The words of a task force's name before its head ("" for "Task Force" alone)."""
    return _TASK_FORCE.sub("", agency.label).strip()


def listed_organs(text: str, regional: str) -> list[tuple[int, int, Agency]]:
    """The places listed before one "<place> public security organs" ("Wuhan, Yichang and
    Xiangyang public security organs"): each place's own organs, named by the place."""
    found: list[tuple[int, int, Agency]] = []
    named, _, listed = _gazetteer_patterns(regional)
    for m in listed.finditer(text):
        for place in named.finditer(m.group()):
            label = f"{place.group()} public security organs"
            agency = _organs(label, place.group())
            found.append((m.start() + place.start(), m.start() + place.end(), agency))
    return found


@functools.lru_cache(maxsize=4)
def _gazetteer_patterns(regional: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A place of the gazetteer, its provincial department, and a list of places before one
    "<place> public security organs": compiled once per gazetteer, since each holds every name
    and the re module's own cache is too small to keep them from one report to the next."""
    joined = rf"(?:{regional})(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    return (
        re.compile(rf"\b({regional})\b"),
        re.compile(rf"\b({regional})\s+Provincial\s+Public\s+Security\s+Department"),
        re.compile(rf"\b(?:{joined})+(?=(?:{regional})\s+public\s+security\s+organs\b)"),
    )
