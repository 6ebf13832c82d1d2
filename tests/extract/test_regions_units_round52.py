"""Regions, round 52 (branch eng-rg53): the country a national body's letterhead names in upper
case ("REPUBLIC OF GABON") or as "<Country> Police" is the report's, before a place named in
passing in its body (a spokesperson called Lima is no report of Peru's) and where the country is
never named otherwise. Made-up releases and figures; the rule has cases it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer
from narcokg.extract.letterhead_countries import letterhead_country
from tests.extract import sentences

SPRING = date(2026, 4, 2)


def _region_of(text: str, quote_start: str) -> tuple[str, ...]:
    return tuple(sentences.quoted_figure(text, quote_start, SPRING).regions)


def _head(text: str) -> str | None:
    return letterhead_country(text, gazetteer.load_regions(sentences.GAZETTEER))


#: A release whose country is named only in its upper-case letterhead, and whose body names a
#: spokesperson whose surname is a foreign capital's name.
UPPER = (
    "GABONESE REPUBLIC\n"
    "REPUBLIC OF GABON - MINISTRY OF SECURITY\n"
    "Anti-Narcotics Office\n\n"
    "Yearly results: fewer cannabis fields found\n\n"
    "Port-Gentil, 2 April 2026 - The Anti-Narcotics Office dismantled 57 trafficking networks in "
    '2025, against 44 the year before. "We worked with the fishermen," said Commander Rosa Lima, '
    "who heads the office.\n\n"
    "Officers destroyed 212 cannabis fields during the year.\n"
)

#: A force named for its country, whose name is also a given name and counts only standing alone
#: (the spokesperson's unit after it is the publisher: no country of its own).
FORCE = (
    "Niger Police - Spokesperson's Unit\n\n"
    "Drug results for 2025\n\n"
    "Zinder, 2 April 2026 - Niger Police opened 318 drug files in 2025, according to the yearly "
    "summary of the Criminal Division.\n"
)


def test_an_upper_case_letterhead_names_the_report_country() -> None:
    assert _region_of(UPPER, "57") == ("Gabon",)
    assert _region_of(UPPER, "212") == ("Gabon",)


def test_a_force_named_for_its_country_names_the_report_country() -> None:
    assert _region_of(FORCE, "318") == ("Niger",)


def test_a_letterhead_naming_no_country_or_a_shared_name_places_nothing() -> None:
    # counter-examples: a US state's patrol (the shared name "Georgia"), a state's force named
    # with its country inside ("South Australia Police"), a town named like a country, a world
    # body, and a text whose first line is prose
    assert _head("GEORGIA STATE PATROL\nPress release\n\nBody.\n") is None
    assert _head("South Australia Police\nMedia release\n\nBody.\n") is None
    assert _head("LEBANON POLICE DIVISION\nCity news\n\nBody.\n") is None
    assert _head("CITY OF LEBANON POLICE DEPARTMENT\n\nBody.\n") is None
    assert _head("WORLD CUSTOMS ORGANIZATION\n\nBody.\n") is None
    prose = "The police of a small town " * 6 + "met GABON officials.\n"
    assert _head(prose) is None
    assert _head("REPUBLIC OF GABON\nREPUBLIC OF CHAD\n\nA joint release.\n") is None
