"""English reports, issue 14 round 53 (agencies). Made-up releases, each rule with a
counter-example: a data collection (an indicator, tool, register, registry, database or
reporting system) is no agency; its figures go to the body that keeps it, by a "kept by", by its
possessive, or, with neither, as a sentence naming no body sends them; a surveillance system
the keys read as a body is left as it was."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 6, 18)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_register_kept_by_a_body_is_the_bodys() -> None:
    text = (
        "Quarrow Health Institute - Data note\n"
        "Treatment entries in 2025 from the Client Entry Indicator (CEI) register\n\n"
        "Drug services recorded 8,115 treatment entries in 2025, according to the Client Entry "
        "Indicator register kept by Vetrania, the national health institute. Of these, "
        "2,230 were first entries.\n"
    )
    assert agency(text, "8,115 treatment") == "Vetrania"


def test_a_tool_its_owner_names_is_the_owners() -> None:
    text = (
        "Tarn Valley Health Unit\n\n"
        "TARNWICK, June 18, 2026 - The Tarn Valley Health Unit today released its overdose "
        "update.\n\n"
        "According to Public Health Lorwen's Interactive Overdose Tool, 96 residents died of "
        "opioid poisoning in 2025, down from 121 in 2024.\n"
    )
    assert agency(text, "96 residents") == "Public Health Lorwen"


def test_a_registry_with_no_keeper_gives_its_figures_to_the_publisher() -> None:
    text = (
        "Drug abuse figures for 2025 released\n\n"
        "The number of reported drug abusers in 2025 was 4,180, according to statistics from the "
        "Central Registry of Substance Abuse (CRSA) released today by the Drugs Division (DD) "
        "of the Security Bureau.\n\n"
        "The CRSA recorded 1,024 newly reported abusers in the year.\n"
    )
    assert agency(text, "4,180") == "Drugs Division"


def test_a_surveillance_system_stays_a_body() -> None:
    text = (
        "Lorwen Substance Use Surveillance System\n\n"
        "June 18, 2026 - The Lorwen Substance Use Surveillance System (LSUSS) reported 612 "
        "opioid poisoning deaths in 2025.\n"
    )
    assert agency(text, "612 opioid") == "Lorwen Substance Use Surveillance System"
