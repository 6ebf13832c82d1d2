"""English reports, issue 14 round 47 (agencies). Made-up releases, each rule with a
counter-example: a body named in its own language with a lowercase particle ("Polizia di
Stato", "Mossos d'Esquadra", a letterhead "ARMA DEI CARABINIERI") is an agency, and its first or
last word by itself is the same body; a place so named is no body."""

from __future__ import annotations

from datetime import date

from narcokg.extract.agency_particle_names import particle_names
from tests.extract import sentences

DAY = date(2026, 7, 12)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_body_named_with_a_lowercase_particle_is_an_agency() -> None:
    text = (
        "Polizia di Stato: heroin seizures fall in 2025\n\n"
        "Turin, 12 July 2026 - On its annual day the Polizia di Stato, Italy's national police, "
        "presents its anti-drug results.\n\n"
        "The units of the corps seized 812 kilograms of heroin in 2025.\n"
    )
    assert agency(text, "812") == "Polizia di Stato"


def test_a_letterhead_in_capitals_names_the_body_with_its_particle_in_lower_case() -> None:
    text = (
        "ARMA DEI CARABINIERI - PROVINCIAL COMMAND OF TURIN\n"
        "Press Office\n\n"
        "Drug arrests rise in Turin\n\n"
        "TURIN, 12 July 2026 - The Carabinieri arrested 1,406 people for drug offences in 2025.\n"
    )
    assert agency(text, "1,406") == "Arma dei Carabinieri"


def test_an_elided_particle_and_the_first_word_alone_name_the_same_body() -> None:
    text = (
        "Mossos d'Esquadra close 214 drug flats in 2025\n\n"
        "Girona, 12 July 2026\n\n"
        "The Mossos d'Esquadra closed 214 drug flats in 2025. Mossos officers also arrested "
        "389 people.\n"
    )
    assert agency(text, "389") == "Mossos d'Esquadra"


def test_a_place_named_with_a_particle_is_no_body() -> None:
    # counter-example: "the Reggio di Calabria area" names a place (Calabria), not a force
    text = (
        "Drug seizures at the port in 2025\n\n"
        "Seizures in the Reggio di Calabria area reached 96 kilograms of cocaine in 2025, and "
        "the Reggio di Calabria port saw 12 more.\n"
    )
    assert particle_names(text, {"Calabria", "Italy"}) == []


def test_a_peoples_adjective_before_the_name_is_no_word_of_it() -> None:
    # "Italian" alone elsewhere ("Italian police") is no mention of the body
    text = "Joint action\n\nThe Italian Guardia di Finanza and Italian police seized 7 boats."
    spans = particle_names(text, {"Italy"})
    assert {label for _, _, label in spans} == {"Guardia di Finanza"}
    assert "Italian" not in {text[start:end] for start, end, _ in spans}
