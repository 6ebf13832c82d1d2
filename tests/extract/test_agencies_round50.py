"""English reports, issue 14 round 50 (agencies). Made-up releases, each rule with a
counter-example: a body's name keeps the front the name grammar cut at a small word (a polity's
"Commonwealth of", a community's "City of", "Tribe of", a saint's "St." before a two-place name
with the force's "Royal"), while a person's title before "of" ("the Chief of Harbour Police")
does not join the name; the unit a police service's release says led its project ("Projet
Brume", its heading's first line "It was led by investigators of the SPVR's Drug Section"; "an
investigation led by its Narcotics Section"; "Projet Falaise, led by its Escouade …") has the
project's figures, while a unit of another force that helped does not, and the service's own year
under its next heading stays the service's."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 1, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_commonwealths_force_keeps_its_whole_name() -> None:
    text = (
        "Police uproot more cannabis in 2025\n\n"
        "MARIGOT, January 20, 2026 - The Commonwealth of Sandovia Police Force uprooted 9,120 "
        "cannabis plants in 2025, the Force said at its yearly briefing.\n"
    )
    assert agency(text, "9,120 cannabis plants") == "Commonwealth of Sandovia Police Force"


def test_a_citys_police_keeps_its_city_of() -> None:
    text = (
        "Fraud and drugs: the year in figures\n\n"
        "LONDON, January 20, 2026 - Officers of the City of Eastgate Police arrested 64 people for "
        "supplying drugs in 2025, the force said.\n"
    )
    assert agency(text, "64 people") == "City of Eastgate Police"


def test_a_royal_force_keeps_its_saint() -> None:
    text = (
        "Cocaine seizures fall in 2025\n\n"
        "BASSETERRE, January 20, 2026 - The Royal St. Brendan and Tobia Police Force seized "
        "41 kilograms of cocaine in 2025, down from 58 kilograms the year before.\n"
    )
    assert agency(text, "41 kilograms") == "Royal St. Brendan and Tobia Police Force"


def test_a_persons_title_before_of_is_no_part_of_the_name() -> None:
    text = (
        "Drug arrests rise in 2025\n\n"
        "PORT ASTER, January 20, 2026 - The Chief of Harbour Police said that the Harbour Police "
        "arrested 212 people on drug charges in 2025.\n"
    )
    assert agency(text, "212 people") == "Harbour Police"


_PROJET = (
    "Service de police de la Ville de Rivebelle\nNews release\n\n"
    "Cocaine seizures double in 2025; Projet Brume shuts down a downtown network\n\n"
    "RIVEBELLE, January 20, 2026 - The Service de police de la Ville de Rivebelle (SPVR) today "
    "presented the results of Projet Brume, an investigation into a cocaine network, and its "
    "figures for 2025.\n\n"
    "Projet Brume\n\n"
    "Projet Brume ran from May 2 to November 28, 2025. It was led by investigators of the "
    "{owner} Drug Section, with support from the canine unit.\n\n"
    "Officers executed 13 search warrants and arrested 8 people.\n\n"
    "2025 results\n\n"
    "In 2025, the SPVR laid 1,140 drug charges, up 9% from 2024.\n"
)


def test_a_quebec_services_unit_leads_its_projet() -> None:
    text = _PROJET.format(owner="SPVR's")
    assert agency(text, "13 search warrants") == "Drug Section"
    assert agency(text, "8 people") == "Drug Section"


def test_the_services_own_year_after_the_projet_stays_the_services() -> None:
    # counter-example: the section of the project ends at the next heading
    text = _PROJET.format(owner="SPVR's")
    assert agency(text, "1,140") == "Service de police de la Ville de Rivebelle"


def test_another_forces_unit_does_not_take_the_projet() -> None:
    # counter-example: a unit the publisher does not own helped; the figures stay the service's
    text = _PROJET.format(owner="Sûreté du Québec's")
    assert agency(text, "13 search warrants") == "Service de police de la Ville de Rivebelle"


def test_an_investigation_led_by_its_unit() -> None:
    text = (
        "Kestrel Falls Police Service\nNews Release\n\n"
        "KESTREL FALLS, January 20, 2026 - The Kestrel Falls Police Service today announced the "
        "end of Project Thornbury, an investigation led by its Narcotics Section into a fentanyl "
        "network.\n\n"
        "Investigators executed 9 search warrants and seized 2.1 kilograms of fentanyl.\n\n"
        "2025 results\n\n"
        "In 2025, the service laid 630 drug charges.\n"
    )
    assert agency(text, "9 search warrants") == "Narcotics Section"
    assert agency(text, "630") == "Kestrel Falls Police Service"


def test_a_projet_named_before_led_by_its_unit() -> None:
    text = (
        "Service de police de Valmont\nPress release\n\n"
        "VALMONT, January 20, 2026 - The Service de police de Valmont (SPV) today presented the "
        "results of Projet Falaise, led by its Escouade des stupéfiants, together with its results "
        "for 2025.\n\n"
        "Projet Falaise\n\n"
        "During the project, police executed 7 search warrants and arrested 5 people.\n\n"
        "2025 results\n\n"
        "In 2025, the SPV laid 410 drug charges.\n"
    )
    assert agency(text, "7 search warrants") == "Escouade des stupéfiants"
