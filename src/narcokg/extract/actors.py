"""Agencies and operations a report names (the rest of the gazetteer, see :mod:`.gazetteer`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from narcokg.extract import (
    agency_body_programmes,
    agency_cutters,
    agency_detachments,
    agency_edges,
    agency_french_names,
    agency_full,
    agency_labs,
    agency_late_names,
    agency_national_units,
    agency_nz_districts,
    agency_particle_names,
    agency_placed_shorts,
    agency_plural_task_forces,
    agency_prefecture_organs,
    agency_shorts,
    agency_speakers,
    agency_subjects,
    agency_unit_owner_names,
    force_units,
    multi_state,
)
from narcokg.extract import agency_forms as forms
from narcokg.extract import agency_possessives as possessives
from narcokg.extract import agency_programmes as programmes
from narcokg.extract.agency_back_references import back_references
from narcokg.extract.agency_forms import Agency as Agency
from narcokg.extract.agency_forms import agency_slug
from narcokg.extract.agency_initials import initials_health
from narcokg.extract.gazetteer import Mention
from narcokg.extract.issuer import lead_end
from narcokg.extract.lang.en.issuers import (
    COMMUNICATIONS_UNIT,
    PERSON_APPOSITIVE,
    TITLE_OF,
    UNIT_OF_OWNER,
)
from narcokg.extract.lang.en.names import (
    ABBREVIATION,
    AGENCY_NAME,
    AGENCY_VARIANTS,
    ALIASES,
    ATTRIBUTION,
    DATA_FROM,
    DEMONYMS,
    FRENCH_POLICE,
    HEALTH_REPORTS,
    INITIALS_SKIP,
    INTRODUCED,
    KIND_PLACE,
    KNOWN_AGENCIES,
    LEADING_WORDS,
    NOT_AGENCY,
    OPERATION_NAMES,
    PERSON_TITLE,
    PLACE_KIND,
    POSSESSIVE_BEFORE,
    RELEASED_BY,
    REPORTED_BY,
    STATE_SUFFIX,
)
from narcokg.extract.names_pattern import any_of_names, compiled
from narcokg.extract.shared_divisions import qualified_bearer


@cache
def _known_agency_patterns() -> list[tuple[re.Pattern[str], tuple[str, str | None]]]:
    """Each known alias's pattern, longest alias first, compiled once per process."""
    return [
        (re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])"), named)
        for alias, named in sorted(KNOWN_AGENCIES.items(), key=lambda a: -len(a[0]))
    ]


def find_agencies(text: str, region_names: list[str]) -> tuple[list[Mention], dict[str, Agency]]:
    """Agency mentions (key = agency slug) and the agencies they name: regional public security
    organs, name variants, known names, the source of an "according to" and other names of
    agencies, then abbreviations a name introduces ("Alberta Law Enforcement Response Teams
    (ALERT)")."""
    agencies: dict[str, Agency] = {}
    found: list[Mention] = []

    def add(start: int, end: int, agency: Agency, quote: str) -> None:
        if not any(f.start < end and start < f.end for f in found):
            agencies.setdefault(agency.slug, agency)
            found.append(Mention(start, end, agency.slug, quote))

    # round 41: an international body's programme the lead names, before its owner's acronym
    for start, end, label in agency_body_programmes.body_programmes(text, lead_end(text, 0)):
        add(start, end, Agency(agency_slug(label), label, None, international=True), label)
    # round 39; (round 40) before the heading, which may name a district after its owner
    for start, end, agency in agency_nz_districts.nz_districts(text):
        add(start, end, agency, text[start:end])
    heading = forms.heading_agency(text)
    if heading is not None:
        start, label = heading
        add(start, start + len(label), _named_agency(label, region_names), label)
    if (speaker := agency_speakers.speaker_office(text)) is not None:  # round 18
        add(speaker[0], speaker[1], _named_agency(speaker[2], region_names), speaker[2])
    regional = any_of_names(frozenset(region_names))
    for m in compiled(rf"\b({regional})\s+public\s+security\s+organs\b").finditer(text):
        label = f"{m[1]} public security organs"
        add(
            m.start(),
            m.end(),
            Agency(agency_slug(label), label, m[1], "public-security-organs"),
            m.group(),
        )
    # round 15: "the city public security organs", "… of the whole province": the report's own
    for start, end, agency in agency_full.own_organs(text, region_names):
        add(start, end, agency, text[start:end])
    # round 42: "Joint Airport Interdiction Task Forces (JAITFs)", one body of many task forces
    for start, end, label in agency_plural_task_forces.plural_task_forces(text):
        add(start, end, _named_agency(label, region_names), text[start:end])
    # round 42: "The Coast Guard Cutter Munro offloaded …": the cutter, not the bare service
    for start, end, label in agency_cutters.named_cutters(text):
        add(start, end, replace(_named_agency(label, region_names), part_of="coast-guard"), label)
    # round 44: "the Westland unit of the National Police", a national police's regional unit
    for start, end, label in agency_national_units.national_units(text):
        regional_unit = replace(_named_agency(label, region_names), part_of="national-police")
        add(start, end, regional_unit, label)
    # round 42: "whole prefecture public security organs": the prefecture bureau's own
    for start, end, label in agency_prefecture_organs.prefecture_organs(text):
        add(start, end, _named_agency(label, region_names), text[start:end])
    # round 25: "Richmond RCMP", a force's local unit, before the force's bare acronym
    for start, end, agency in agency_detachments.place_detachments(text, set(region_names)):
        add(start, end, agency, text[start:end])
    for pattern, label, country in AGENCY_VARIANTS:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), Agency(agency_slug(label), label, country), m.group())
    for pattern, (label, country) in _known_agency_patterns():
        for m in pattern.finditer(text):
            agency = Agency(agency_slug(label), label, country, international=country is None)
            add(m.start(), m.end(), agency, m.group())
    for start, end, label in agency_placed_shorts.placed_shorts(text):  # round 31: "(NY/NJ HIDTA)"
        # places joined by a slash ("New York/New Jersey") are no one state's jurisdiction
        add(start, end, _named_agency(label, [] if "/" in label else region_names), text[start:end])
    named = [*FRENCH_POLICE.finditer(text), *INTRODUCED.finditer(text), *AGENCY_NAME.finditer(text)]
    named += _attributed(text)
    reporting = [*REPORTED_BY.finditer(text), *HEALTH_REPORTS.finditer(text)]  # round 23: health
    for m in [*named, *reporting, *RELEASED_BY.finditer(text)]:
        whole = m.group("name") if "name" in m.re.groupindex else m.group()
        # "according to Health Canada. Alberta …": a name ends with its sentence
        cut = _SENTENCE_END.split(whole, maxsplit=1)[0]
        cut = cut.removesuffix("'s")  # "the Centre for Disease Control's program"
        # "data from CDC's National Center for Health Statistics": the unit after the possessive
        cut, front = possessives.unit_after_owner(whole, cut)
        label = TITLE_OF.sub("", LEADING_WORDS.sub("", cut))  # round 10: not "Chief Executive of"
        label = _FUNCTION_FRONT.sub("", label)  # round 17: not "of the …" left by "Agents"
        end = (m.end("name") if "name" in m.re.groupindex else m.end()) - len(whole) + front
        end += len(cut)
        # round 20: a programme that publishes or is cited is a body, not a plan
        start = end - len(label)
        plan = NOT_AGENCY.search(label) and not programmes.acting(text, start, end, label)
        if plan or COMMUNICATIONS_UNIT.search(label) or " " not in label:
            continue  # a survey, or a bare head left by "The" ("The Bureau said")
        if PERSON_APPOSITIVE.match(text, m.end()) and not AGENCY_NAME.search(label):
            continue  # round 10: "according to Maria Lopez, its director": a person
        person = PERSON_TITLE.match(label)
        if person is not None:
            office = agency_speakers.office_of(person, text[: end - len(label)])
            if office is not None:
                add(end - len(label), end, _named_agency(office, region_names), label)
            continue  # a person, not an agency
        if (unit := UNIT_OF_OWNER.search(label)) is not None:
            # "the Narcotics Bureau of the Hong Kong Police Force": the unit, part of its owner,
            # named in full (round 10, docs/facts.md "Agency ids")
            owner = _named_agency(unit["owner"], region_names)
            agencies.setdefault(owner.slug, owner)
            named_unit = _named_agency(label, region_names)
            where = named_unit.jurisdiction or owner.jurisdiction
            add(end - len(label), end, replace(named_unit, jurisdiction=where, part_of=owner.slug),
                label)  # fmt: skip
            continue
        add(end - len(label), end, _named_agency(label, region_names), label)
    for start, end, label in agency_particle_names.particle_names(text, set(region_names)):
        add(start, end, _named_agency(label, region_names), text[start:end])  # round 47
    for start, end, label in agency_french_names.french_names(text):  # round 49
        add(start, end, _named_agency(label, region_names), text[start:end])
    # round 14: a body named without an English head ("The Guardia Civil seized …")
    for start, label in agency_subjects.subject_bodies(text, set(region_names)):
        add(start, start + len(label), _named_agency(label, region_names), label)
    # after the longer names: "North Wales Police" is not "Wales Police"
    for form in (KIND_PLACE, PLACE_KIND):
        for m in compiled(form.format(place=regional)).finditer(text):
            label = m.group()
            add(m.start(), m.end(), Agency(agency_slug(label), label, m["a"]), label)
    for start, end, agency in initials_health(text, region_names):  # round 21
        add(start, end, agency, text[start:end])
    _unit_after_owner(text, found, agencies, region_names)
    _owned(text, found, agencies, region_names)
    _short_forms(text, found, agencies)
    forms.full_forms(found, agencies)
    forms.owners_under(text, found, agencies)
    forms.units_of_owners(text, found, agencies)
    forms.acting_units(text, found, agencies)
    _abbreviations(text, found, agencies)
    _initials(text, found, agencies)
    force_units.units_named_by_acronym(text, found, agencies)  # round 23: "(WPS) Drug Unit"
    back_references(text, found, agencies)
    agency_labs.lab_references(text, found, agencies)  # round 30
    forms.kept_by(text, found)
    forms.drop_spokespeople(found, agencies)
    agency_edges.settle(text, found, agencies, set(region_names))
    agency_unit_owner_names.owner_names_as_unit(text, found, agencies)  # round 42
    agency_late_names.full_names(text, found, agencies)  # round 45
    organs = "public-security-organs"
    if organs not in agencies and any(a.part_of == organs for a in agencies.values()):
        agencies[organs] = Agency(organs, "Public security organs", "China")
    for slug, agency in agencies.items():  # an owner never named by itself is not drafted
        if agency.part_of and agency.part_of not in agencies:
            agencies[slug] = replace(agency, part_of=None)
    return sorted(found, key=lambda f: f.start), agencies


def _unit_after_owner(
    text: str, found: list[Mention], agencies: dict[str, Agency], region_names: list[str]
) -> None:
    """A unit named right after its owner (:func:`.agency_forms.unit_after`): a part of it."""
    for mention in list(found):
        unit = None if agencies[mention.key].part_of else forms.unit_after(text, mention)
        if unit is not None:
            named = _named_agency(unit.text, region_names)
            agencies.setdefault(named.slug, replace(named, part_of=mention.key))
            found[found.index(mention)] = replace(unit, key=named.slug)


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")
#: Round 17: a name never opens on a function word, a closed class: the preposition a staff noun
#: leaves ("Agents of the Bureau of …" less "Agents") or a possessive determiner ("Our
#: Anti-Narcotics Directorate", "Its Border Guard Command").
_FUNCTION_FRONT = re.compile(r"^(?:(?:of|for)\s+(?:the\s+)?|(?:Our|Its|Their|our|its|their)\s+)")


def _owned(
    text: str, found: list[Mention], agencies: dict[str, Agency], region_names: list[str]
) -> None:
    """A name after a possessive: a unit of the agency that owns it stays itself, a part of its
    owner ("the Drug Enforcement Administration's Rocky Mountain Field Division": the division,
    as docs/facts.md says since round 8); a place that owns it is its jurisdiction ("Manitoba's
    Office of the Chief Medical Examiner")."""
    for mention in found:
        before = POSSESSIVE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        if before is None:
            continue
        owner = next((f for f in found if f.end == before.start() and f is not mention), None)
        agency = agencies[mention.key]
        if owner is not None and owner.key != mention.key:
            # "the DEA's Miami Field Division": the unit itself, a part of its owner
            where = agency.jurisdiction or agencies[owner.key].jurisdiction
            agencies[mention.key] = replace(agency, jurisdiction=where, part_of=owner.key)
            continue
        place = next(
            (n for n in region_names if text.endswith(n, 0, before.start())), None
        )  # fmt: skip
        if place is not None and agency.jurisdiction is None:
            agencies[mention.key] = Agency(agency.slug, agency.label, place, agency.part_of)
    _drop_unnamed(found, agencies)


def _short_forms(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """A name whose words are all in one other agency's longer name is a short form of it ("the
    Coroners Service" of "the Saskatchewan Coroners Service", "the Federal Police" of "the Federal
    Judicial Police", "the Interior Ministry" of "the Ministry of the Interior"); with two such
    longer names it stays itself; a numbered unit ("the Seventh Coast Guard") and (round 18) a
    unit named with the whole name are parts, not the whole."""
    words = {s: set(a.label.split()) - INITIALS_SKIP for s, a in agencies.items() if not a.part_of}
    for slug, short in words.items():
        longer = [
            s for s, w in words.items()
            if s != slug and short <= w and len(agencies[s].label) > len(agencies[slug].label)
            and not any(_PART_WORD.fullmatch(x) for x in w - short)
            and not forms.names_a_part(agencies[s].label, agencies[slug].label)
        ]  # fmt: skip
        if len(longer) == 1 and not agency_shorts.named_first(
            text, found, agencies, slug, longer[0]
        ):
            for index, mention in enumerate(found):
                if mention.key == slug:
                    found[index] = Mention(mention.start, mention.end, longer[0], mention.text)
    _drop_unnamed(found, agencies)


#: Words that make a longer name a part of the shorter one: "the Seventh Coast Guard", (round 15)
#: "Coast Guard Headquarters".
_PART_WORD = re.compile(
    r"Headquarters|\d+(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Eleventh|Twelfth|Thirteenth|Fourteenth"
)


def _drop_unnamed(found: list[Mention], agencies: dict[str, Agency]) -> None:
    named = {f.key for f in found}
    for slug in [s for s in agencies if s not in named]:
        del agencies[slug]


def _named_agency(label: str, region_names: list[str]) -> Agency:
    """An agency by its name; a state its name ends with ("... of the Republic of Indonesia") is
    its jurisdiction, not part of its label."""
    suffix = STATE_SUFFIX.search(label)
    if suffix is not None:
        short = label[: suffix.start()]
        where = suffix["state"] if suffix["state"] in region_names else None
        where = where or (suffix["sar"] if suffix["sar"] in region_names else None)
        where = where or _where(label, region_names)
        return Agency(
            agency_slug(short), short, qualified_bearer(label, where, region_names) or where
        )
    return Agency(agency_slug(label), label, _where(label, region_names))


#: "the force" is a police force too ("South Wales Police … The force recorded …").
def letterhead_agency(label: str, region_names: list[str]) -> Agency:
    """(round 22) The body a letterhead names without a head word (:mod:`.agency_headings`)."""
    return Agency(agency_slug(label), label, _where(label, region_names))


def _where(label: str, region_names: list[str]) -> str | None:
    """The region an agency's name names, also by an abbreviation ("WA Police Force")."""
    words = set(re.findall(r"[\w.]+", label))
    short = (ALIASES[a] for a in ALIASES if a in words and ALIASES[a] in region_names)
    # the substring test first: a pattern per region name would be compiled anew for each label
    named = [
        n for n in region_names
        if n in label and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", label)
        and not multi_state.inside_longer_name(label, n, region_names)  # not "New England"
    ]  # fmt: skip
    if not named and (first := label.split()[0]) in DEMONYMS and not multi_state.names_a_sea(label):
        return DEMONYMS[first]  # "French Anti-Narcotics Office": France's
    where = max(named, key=len) if named else next(short, None)  # "Western Australia"
    return qualified_bearer(label, where, region_names) or where


def _attributed(text: str) -> list[re.Match[str]]:
    return [*ATTRIBUTION.finditer(text), *DATA_FROM.finditer(text)]


def _abbreviations(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """Every later use of an abbreviation a name introduced: "ALERT's 2023 priorities"."""
    for mention in list(found):
        match = ABBREVIATION.match(text, mention.end)
        if match is None:
            continue
        abbreviation = match["abbr"]
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])", text):
            taken = any(
                f.start <= m.start() < f.end or m.start() < f.start < m.end() for f in found
            )
            if not taken and m.start() != match.start("abbr"):
                found.append(Mention(m.start(), m.end(), mention.key, m.group()))
    del agencies  # the abbreviations name agencies already found


def _initials(text: str, found: list[Mention], agencies: dict[str, Agency]) -> None:
    """An abbreviation never introduced but made of a found agency's initials ("HPD officers"
    after "the Houston Police Department"): that agency, when only one has those initials."""
    by_initials: dict[str, set[str]] = {}
    for agency in agencies.values():
        words = [w for w in re.findall(r"[A-Za-z]+", agency.label) if w not in INITIALS_SKIP]
        words = [w for w in words if w != "s"]  # "Sheriff's"
        if len(words) >= 2:
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(agency.slug)
    for m in re.finditer(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", text):
        slugs = by_initials.get(m.group(), set())
        taken = any(f.start <= m.start() < f.end for f in found)
        if len(slugs) == 1 and not taken:
            found.append(Mention(m.start(), m.end(), next(iter(slugs)), m.group()))


def find_operations(text: str) -> list[Mention]:
    """Operation mentions; ``key`` is the operation's label."""
    found: list[Mention] = []
    for pattern in OPERATION_NAMES:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            found.append(Mention(m.start(), m.end(), _operation_label(m), m.group()))
    return sorted(found, key=lambda f: f.start)


def _operation_label(match: re.Match[str]) -> str:
    name = " ".join(match["name"].split())
    if match.group().startswith('"'):
        kind = " ".join(match["kind"].split())
        return f'"{name[0].upper()}{name[1:]}" {kind}'
    kind = " ".join(match["kind"].split())
    if kind in {"Operation", "Project", "Strike Force"}:
        return f"{kind} {name}"
    return f"{name} {kind}"
