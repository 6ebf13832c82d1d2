"""English reports, issue 14 round 52 (agencies). Made-up releases, each rule with a
counter-example: an English name glossed with its own-language name and acronym ("The Central
Counter-Narcotics Office (Office Central de Lutte Antidrogue, OCLA)") is the agency of the
figures that follow, under a ministry's letterhead or a letterhead in the own language; a name
the grammar reads already keeps its figures as before."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 2, 12)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_glossed_office_under_a_ministrys_letterhead_is_the_office() -> None:
    text = (
        "Anti-drug results for 2025\n\n"
        "Ministry of Internal Order and Civil Safety - Central Counter-Narcotics Office\n\n"
        "Lomara, 12 February 2026 - The Central Counter-Narcotics Office (Office Central de Lutte "
        "Antidrogue, OCLA) gave the results of its work for 2025 at a briefing on Thursday.\n\n"
        "In 2025, OCLA units seized 812 kilograms of cocaine, against 344 kilograms in 2024.\n"
    )
    assert agency(text, "812 kilograms") == "Central Counter-Narcotics Office"


def test_a_glossed_office_takes_the_letterheads_own_language_name() -> None:
    text = (
        "Resin seizures climb in 2025\n\n"
        "PRESS NOTE - Office Central de Lutte Antidrogue (OCLA)\n\n"
        "Lomara, 12 February 2026 - The Central Counter-Narcotics Office (Office Central de Lutte "
        "Antidrogue, OCLA) presented its results for the year 2025 on Tuesday.\n\n"
        "Over the year, the units of the Office seized 31.4 tonnes of cannabis resin. According "
        "to the OCLA, 906 people were arrested.\n"
    )
    assert agency(text, "31.4 tonnes") == "Central Counter-Narcotics Office"
    assert agency(text, "906 people") == "Central Counter-Narcotics Office"


def test_a_glossed_name_the_grammar_reads_keeps_its_figures() -> None:
    text = (
        "Customs results for 2025\n\n"
        "BREMMEN, 12 February 2026 - The Federal Customs Directorate (Bundeszolldirektion, BZD) "
        "said on Thursday that customs officers seized 4,210 kilograms of cocaine in 2025.\n"
    )
    assert agency(text, "4,210 kilograms") == "Federal Customs Directorate"
