"""The region of a figure: a "respectively" list by order, a coordinated group ("England and
Wales", "Thailand, Laos and Myanmar combined") as a whole, the nearest name in its sentence (not
one that introduces another figure in parentheses: "followed by New South Wales (37,410)"), the
subject of the previous sentence of its paragraph, else the document's home region: the state or
province a report is about when it is named more often than its country, else the country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, TypeGuard

from narcokg.extract import ambiguity, body_areas, capitals, issuer, multinational, scope
from narcokg.extract.agency_name_places import national_agency_name, set_seat
from narcokg.extract.blocs import bloc_members
from narcokg.extract.covered_lists import covered_list
from narcokg.extract.figures import Mention
from narcokg.extract.gazetteer import CUE_ONLY, WORLD
from narcokg.extract.gazetteer import Mention as Name
from narcokg.extract.home_country import GROUP_BEFORE as _GROUP_BEFORE
from narcokg.extract.home_country import dateline_place as dateline_place
from narcokg.extract.home_country import dateline_state, route
from narcokg.extract.home_country import document_country as document_country
from narcokg.extract.joint_countries import joint_countries
from narcokg.extract.lang.en.names import CITY_REGIONS
from narcokg.extract.noted_countries import noted_countries
from narcokg.extract.office_seat_names import seat_in_office_name
from narcokg.extract.region_sets import label_group, lead_group
from narcokg.extract.reporting_members import (
    member_agency,
    members_window,
    one_member,
    reporting_members,
)
from narcokg.extract.respective_bodies import respective_bodies
from narcokg.extract.sole_divisions import named_at_home
from narcokg.extract.text import Sentence
from narcokg.model.regions import Region

if TYPE_CHECKING:
    from narcokg.extract.actors import Agency
    from narcokg.extract.drafts import DraftContext


def document_home(
    text: str,
    title_end: int,
    names: list[Name],
    regions: dict[str, Region],
    country: str | None,
    publisher: Agency | None,
) -> tuple[str, ...]:
    """The regions a report is about: a coordinated group its title names ("England and
    Wales"), its publisher's state or province, the one region an international publisher's title
    names, the World for an international publisher with worldwide figures, else the
    sub-national region named most often or the country."""
    in_title = [n for n in names if n.end <= title_end and n.key not in CUE_ONLY]
    lead = (title_end, members_window(text, issuer.lead_end(text, title_end)))
    if counted := reporting_members(text, *lead, regions, publisher):
        return counted  # (round 18) "its ten reporting member states: A, B, …"
    if noted := noted_countries(text, regions, publisher):
        return noted  # (round 40) "The regional figures cover eight countries: A, B, …"
    joint = issuer.operation_countries(
        text, title_end, issuer.lead_end(text, title_end), names, regions
    )
    if joint:
        return joint  # (round 10) "ran from 7 to 20 October 2024 in Belize, Costa Rica, …"
    for group in _groups(text, in_title):
        if len(group) >= 2 and (
            country is None or {_top(n.key, regions) for n in group} == {country}
        ):
            return tuple(dict.fromkeys(n.key for n in group))
    lead_end = issuer.lead_end(text, title_end)
    if body := multinational.multinational(text, (title_end, lead_end), names, regions, publisher):
        return body  # (round 17) the Union or the members, not the seat's country
    if bloc := bloc_members(text, (title_end, lead[1]), publisher, regions):
        return bloc  # (round 24) "ASEAN … all ten Member States", members never listed
    jurisdiction = publisher.jurisdiction if publisher else None
    if publisher is not None and jurisdiction is None and country is not None:
        jurisdiction = ambiguity.named_division(publisher.label, regions, country)
    if publisher is not None and jurisdiction is None:
        jurisdiction = scope.force_area(text, publisher.label, regions, country)  # "Gwent Police"
    if publisher is not None and (
        named := label_group(text, publisher.label, names, regions, country)
    ):
        return named  # (round 23) "Juvenile Offending Board for England and Wales"
    if area := body_areas.body_area(text, lead[1], names, regions, country):
        return area  # (round 29) "the A/B HIDTA", "its designated counties in A, B and C"
    if jurisdiction in regions and regions[jurisdiction].part_of is not None:
        return (jurisdiction,)
    covered = scope.covered(text, title_end, lead_end, names, regions, country)
    if covered:
        return covered  # "The district covers Florida's coasts, Puerto Rico and …"
    own = scope.self_division(text, names, regions, country, lead_end)
    if own is not None:
        return (own,)  # a ministry of "Government of British Columbia" on "the province"
    state = dateline_state(text, title_end, regions)
    national = any(n.key == country and n.start < lead_end for n in names)
    # (round 9) a national agency's release datelined at its seat ("ROCKVILLE, Md. - SAMHSA …"),
    # or a lead counting every state ("interviews in every state and the District of Columbia")
    national = national or (publisher is not None and publisher.jurisdiction == country)
    # (round 10) a federal body's own release ("ALAMEDA, Calif. - … the Coast Guard Pacific Area
    # said"), not one of its local units ("crews operating out of Sector Key West")
    federal = publisher is not None and issuer.federal_issuer(
        text,
        title_end,
        lead_end,
        publisher.label,
        [n.text for n in names if regions[n.key].part_of],
    )
    national = (national or federal) and not body_areas.county_issuer(publisher)  # (round 29)
    if country is not None and scope.EVERY_DIVISION.search(text, title_end, lead_end):
        return (country,)
    if state is not None and _top(state, regions) == country and not national:
        # a local release ("HAZARD, Ky. - The Perry County Sheriff's Office …"), not a national
        # one datelined at its agency's seat ("ROCKVILLE, Md. - … in the United States")
        return (state,)
    if (local := body_areas.local(text, lead_end, regions, country, publisher)) and not national:
        return (local,)  # (round 11) a county sheriff's report: its state, named anywhere
    if country is None and len({n.key for n in in_title}) == 1:
        return (in_title[0].key,)  # an international report on one country ("Afghanistan ...")
    if country is None and any(n.key == WORLD for n in names):
        return (WORLD,)
    label = publisher.label if publisher else None
    if first := lead_group(text, (title_end, lead_end), names, regions, country, label):
        return first  # the first places of the lead: "In England and Wales, …"
    national = federal or (publisher is not None and publisher.jurisdiction == country)
    settled = scope.settled(text, names, title_end if federal else 0)  # (round 11)
    home = home_region(settled, regions, country, lead_end, once=not national)
    return (home,) if home else ()


def home_region(
    names: list[Name],
    regions: dict[str, Region],
    country: str | None,
    lead_end: int | None = None,
    *,
    once: bool = False,
) -> str | None:
    """The sub-national region named more often than the country, and named in the title or the
    opening paragraph (before ``lead_end``: a state named only further on is a paragraph's, not
    the report's), else the country."""
    # (round 14) a national address given in the capital ("…, Pretoria") is the country's, not
    # the capital's province's
    if country is not None:
        names = [replace(n, key=country) if capitals.capital_of(n, country) else n for n in names]
    counts: dict[str, int] = {}
    for name in names:
        if name.text not in CITY_REGIONS or name.key == country:
            # a city places its own figures, not the report
            counts[name.key] = counts.get(name.key, 0) + 1
    inside = [k for k in counts if regions[k].part_of is not None and _top(k, regions) == country]
    if not inside or country is None:
        return country
    best = max(inside, key=lambda k: (counts[k], -min(n.start for n in names if n.key == k)))
    opening = named_at_home(names, best, country, regions, lead_end, once)  # (round 53)
    # named twice, or (``once``) once in the opening of a text that never names the country
    # ("adults in treatment in England" in a bulletin that never says "United Kingdom"; not
    # when a national agency publishes: "the Australian Federal Police … Queensland officers")
    enough = counts[best] >= 2 or (once and counts.get(country, 0) == 0)
    return best if enough and counts[best] > counts.get(country, 0) and opening else country


def country_of(name: str | None, regions: dict[str, Region]) -> str | None:
    """The country a region of the gazetteer lies in (itself for a country)."""
    return _top(name, regions) if name in regions else None


def _top(name: str, regions: dict[str, Region]) -> str:
    region = regions[name]
    while region.part_of is not None:
        region = regions[region.part_of]
    return region.name


def _groups(text: str, names: list[Name]) -> list[list[Name]]:
    return scope.groups(text, names)


def figure_regions(
    context: DraftContext, sentence: Sentence, mention: Mention, figures: list[Mention]
) -> tuple[tuple[str, ...], bool]:
    """The regions of a figure and whether its sentence states them."""
    text = context.text
    own = [n for n in context.regions if sentence.start <= n.start < sentence.end]
    own = [n for n in own if not scope.introduces_other(text, n, mention)]
    own = [n for n in own if not national_agency_name(context, n)]
    own = [n for n in own if not scope.partial_list(text, n)]  # "in Baoji and other cities"
    # (round 10) not where the release was issued ("LYON, France, 12 November 2024 - "), nor a
    # currency's country ("2.7 million US dollars")
    own = [n for n in own if not _in_dateline(context, n) and not _CURRENCY.match(text, n.end)]
    own = [n for n in own if not _off_other_coast(context, n) and not _partner(context, n)]
    partners = scope.partner_forces(text, own)  # (round 15) "together with the A and B police"
    own = [n for n in own if n.start not in partners and not _customs_seat(context, n)]
    own = [n for n in own if not set_seat(context, n)]  # (round 38) "Seattle Field Office"
    own = [n for n in own if not seat_in_office_name(context, n)]  # (round 46) "HSI Dallas"
    if covered := covered_list(text, sentence, own, mention, figures):  # (round 23)
        return covered, True  # "…, which covers Nebraska, Iowa and western Kansas, seized …"
    listed = scope.respectively(text, sentence, own, mention, figures)
    # (round 24) or bodies named for their countries: "The Police of A and the Customs of B …"
    listed = listed or respective_bodies(text, sentence, context.regions, mention, figures)
    if listed is not None:
        return (listed,), True
    # (round 20) or "in the three countries" of a joint action
    if sides := scope.both_sides(context, sentence) or joint_countries(context, sentence, mention):
        return sides, True
    groups = [g for g in _groups(text, own) if _places(text, g[0], mention)]
    if groups:

        def distance(group: list[Name]) -> int:
            n = group[0]
            if mention.start <= n.start < mention.end and not re.search(
                r"\bof\s+(?:the\s+)?$", text[mention.start : n.start]
            ):
                return -1  # in the figure's own words: "107,500 nationally" (not "61% of global")
            if n.end <= mention.start:
                return mention.start - group[-1].end
            return n.start - mention.end + (0 if _located(text, n, mention) else 1000)

        group = min(groups, key=distance)
        return tuple(dict.fromkeys(n.key for n in group)), True
    counted = _counted_group(context, sentence) or scope.agency_wide(context, sentence)
    if counted or (counted := member_agency(context, sentence, mention)):  # (round 21)
        return counted, True
    earlier = [s for s in context.sentences[: sentence.index] if s.paragraph == sentence.paragraph]
    for previous in reversed(earlier):
        found = [n for n in context.regions if previous.start <= n.start < previous.end]
        found = [n for n in found if not _CURRENCY.match(text, n.end)]  # (round 17) "US$610"
        # (round 28) nor a one-state report's country inside a national agency's name
        found = [n for n in found if len(context.home) > 1 or not national_agency_name(context, n)]
        # (round 46) nor an office's seat city in its name ("HSI Dallas")
        found = [n for n in found if not seat_in_office_name(context, n)]
        # no route ("through Macao"), partner's place ("with the Judiciary Police of Macao"),
        # nor (round 11) where none of its figures were ("…, with raids in Sinaloa")
        there = context.figures.get(previous.index, [])
        partners = scope.partner_forces(text, found)
        paired = "respectively" in previous.text  # (round 17) its places with their heads too
        groups = [
            g for g in scope.groups(text, found, heads=paired)
            if not route(text, g[0])
            and g[0].start not in partners
            # (round 15) a "respectively" list's places went one by one to its own figures
            and not (len(g) > 1 and paired)
            and not _partner(context, g[0])
            and not _off_other_coast(context, g[0])
            and (not there or any(_places(text, g[0], f) for f in there))
        ]  # fmt: skip
        if groups and one_member(context, sentence.text, [n.key for n in groups[0]]):
            break  # (round 19) a part of the set ("A's police alone seized …"), not the next's
        if groups:
            return tuple(dict.fromkeys(n.key for n in groups[0])), False
    return scope.heading_place(context, sentence) or context.home, False


def _customs_seat(context: DraftContext, name: Name) -> bool:
    """(round 15) In a report about one province or state, a place of its country that only
    names the customs body seated there ("Haikou Customs seized …"; "U.S. Customs and Border
    Protection" in a state's report): the body serves more than its seat, the figure is the
    home's."""
    return _seat_in_home(context, name.key) and bool(_SEAT_OF.match(context.text, name.end))


def agency_state(context: DraftContext, agency: str | None) -> str | None:
    """The state or province of an agency, for a figure it is named for: a customs body seated
    in a city of the report's province ("Zhengzhou Customs") serves that province."""
    state = context.agency_states.get(agency or "")
    labels = {context.text[a.start : a.end] for a in context.agencies if a.key == agency}
    seat = state is not None and _seat_in_home(context, state)
    return context.home[0] if seat and any(_CUSTOMS.search(x) for x in labels) else state


def another_country(country: str | None, context: DraftContext, named: bool) -> TypeGuard[str]:
    """A national agency's country that is not the report's, or (round 18) one of several
    countries the report is about ("twelve Forum members (A, B, …)") when the agency is
    ``named`` in the figure's sentence: it places the figure there, not in the set."""
    member = named and len(context.home) > 1 and country in context.home
    return country not in (None, context.country) or member


def _seat_in_home(context: DraftContext, place: str) -> bool:
    home = context.home
    provincial = len(home) == 1 and home[0] != context.country and place not in home
    return provincial and context.countries.get(place) == context.country


#: A body named after the city it is seated in: "Zhengzhou Customs", "Haikou Customs District".
_SEAT_OF = re.compile(r"\s+Customs\b")
_CUSTOMS = re.compile(r"\bCustoms\b")


def _off_other_coast(context: DraftContext, name: Name) -> bool:
    before = context.text[max(0, name.start - 60) : name.start]
    foreign = name.key not in context.home
    return foreign and bool(_OFF.search(_GROUP_BEFORE.sub("", before)))


def _in_dateline(context: DraftContext, name: Name) -> bool:
    """A name in the dateline that opens the lead ("LYON, France, 12 November 2024 - ")."""
    title_end = context.sentences[0].end if context.sentences else 0
    dateline = DATELINE_SPAN.match(context.text, title_end)
    return dateline is not None and name.end <= dateline.end()


DATELINE_SPAN = re.compile(
    r"\s*[A-Z][A-Za-z .'/-]{2,40}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)?"
    r"(?:,?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4})?"
    r"\s*(?:\([^)\n]{1,30}\)\s*)?[-\u2013\u2014]\s"
)
#: (round 16) the sign closes the currency whether a space follows it or not ("US$ 446 million",
#: "US$446 million"): a word boundary after "$" missed the spaced form
_CURRENCY = re.compile(r"\s*(?:dollars?\b|\$)", re.I)


def _partner(context: DraftContext, name: Name) -> bool:
    """A place after "of" in the name of an agency named as a partner ("with the Judiciary Police
    of Macao"): that agency's home, not where the publisher's figures were counted."""
    text = context.text
    return any(
        a.start < name.start <= a.end + 8  # (round 10) also "the Ministry … of China" after it
        and re.search(r"\bof\s+(?:the\s+)?$", text[a.start : name.start])
        and issuer.PARTNER.search(text[max(0, a.start - 120) : a.start])
        for a in context.agencies
    )


def partner_agency(context: DraftContext, agency: Name) -> bool:
    """An agency the text first names as a partner ("in cooperation with the Narcotics Control
    Bureau of China and the …", "support from … the United Kingdom's National Crime Agency"): its
    country is not where the publisher's figures were counted, here or later ("the agency")."""
    first = min((a.start for a in context.agencies if a.key == agency.key), default=agency.start)
    return issuer.partner_named(context.text, first)


def _counted_group(context: DraftContext, sentence: Sentence) -> tuple[str, ...]:
    """ "Across the four states", "in both countries": the last group of that many places named
    before the sentence."""
    cue = _COUNTED.search(sentence.text)
    if cue is None:
        return ()
    size = 2 if cue["n2"] else _COUNTS[cue["n"].lower()]
    before = [n for n in context.regions if n.end <= sentence.start]
    groups = [g for g in _groups(context.text, before) if len(g) == size]
    if groups:
        return tuple(dict.fromkeys(n.key for n in groups[-1]))
    # "across all nine provinces" with no such list: every one of them, the country
    whole = cue["all"] and cue["n"] and cue["kind"].lower() != "countries"
    return (context.country,) if whole and context.country else ()


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13}
_COUNTED = re.compile(
    r"\b(?:(?:the|these|those|(?P<all>all(?:\s+(?:of\s+)?the)?))\s+(?P<n>two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen)|(?P<n2>both))"
    r"\s+(?P<kind>states|provinces|countries|territories|nations|jurisdictions|regions)\b",
    re.I,
)


def _places(text: str, name: Name, mention: Mention) -> bool:
    """Whether a name in the figure's sentence can be where the figure was counted: not a route
    ("shipped from China"), and after the figure only in its own phrase ("67 kilograms seized in
    Alberta", "used cocaine around the world"), not in a later clause ("... and traced the
    supply to cartels in Mexico")."""
    if route(text, name):
        return False
    if name.start < mention.start:
        return True
    gap = text[mention.end : name.start]
    words = re.findall(r"[A-Za-z']+", gap)
    if re.search(r"[,;:()]", gap) or "and" in words or _RELATIVE & set(words):
        return False
    # farther on in the same clause only after a locative ("2.3 tonnes of cocaine hidden in a
    # shipment of steel pipes in Sydney")
    return len(words) <= 4 or (len(words) <= 10 and bool(_LOCATIVE.search(gap)))


#: At sea off a coast: a coast outside the report's home is no region of the figure ("seized off
#: Colombia"); one of its own ("off Puerto Rico" in a district covering it) is.
_OFF = re.compile(r"\boff\s+(?:the\s+(?:coasts?|shores?)\s+of\s+)?(?:the\s+)?$")


_RELATIVE = {"who", "which", "that", "whose", "where", "while", "but", "or"}


def _located(text: str, name: Name, mention: Mention) -> bool:
    """A name after the figure that says where it was counted ("... in England", "around the
    world"), rather than of what it is a share ("61% of global coca cultivation")."""
    gap = text[mention.end : name.start]
    return bool(_LOCATIVE.search(gap) or re.match(r"(?:in|across|throughout|around)\b", name.text))


_LOCATIVE = re.compile(
    r"\b(?:in|across|throughout|around|at|within|nationwide)\s+(?:the\s+)?"
    # "at the Port of Durban", "in the city of Cebu"
    r"(?:(?:port|harbou?r|airport|city|town|province|state|district|county|region)\s+of\s+)?$",
    re.I,
)
