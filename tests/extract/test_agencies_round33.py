"""English reports, issue 14 round 33 (agencies): an international body's regional office named
with its parent's acronym ("INC Regional Office for Southern Arcadia", "the International
Narcotics Council (INC) Regional Office for …") is one body, keeps the acronym in its label
unless the prose names it bare, keeps a name cut at "and the …" whole, and issues the release
its letterhead names it on; an agency's or commission's name going on with "for …" ("the
Northern Union Agency for Criminal Records Cooperation") is whole. Made-up sentences, each with a
counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 6, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def publisher(text: str) -> str | None:
    return sentences.publisher_of(text, DAY)


def test_an_office_named_after_its_parent_in_brackets_is_one_body() -> None:
    text = (
        "Heroin seizures rise across Southern Arcadia\n\n"
        "PORT ALDER, 20 June 2026 - Authorities in Southern Arcadia seized 4.2 tons of heroin "
        "in 2025, according to a summary released today by the International Narcotics Council "
        "(INC) Regional Office for Southern Arcadia.\n\n"
        "Cannabis seizures across the region amounted to 212 tons.\n"
    )
    label = "INC Regional Office for Southern Arcadia"
    assert publisher(text) == label
    assert agency(text, "4.2") == label
    assert agency(text, "212") == label


def test_a_letterhead_office_issues_over_its_parent() -> None:
    text = (
        "Methamphetamine seizures hit a record in Southern Arcadia and the Pacific, INC says\n\n"
        "INC Regional Office for Southern Arcadia and the Pacific\n"
        "Press release - Port Alder, 20 June 2026\n\n"
        "Methamphetamine seizures in the region reached 248 tons in 2025, the latest regional "
        "assessment shows.\n"
    )
    label = "INC Regional Office for Southern Arcadia and the Pacific"
    assert publisher(text) == label
    assert agency(text, "248") == label


def test_an_office_the_prose_names_bare_keeps_its_bare_name() -> None:
    text = (
        "Heroin seizures rise across Southern Arcadia\n\n"
        "INC Regional Office for Southern Arcadia\n\n"
        "PORT ALDER, 20 June 2026 - Authorities seized more heroin in 2025 than in any year since "
        "the International Narcotics Council (INC) began compiling data, according to a summary "
        "released today by its Regional Office for Southern Arcadia.\n\n"
        "Across the region, authorities seized 4.2 tons of heroin in 2025.\n"
    )
    label = "Regional Office for Southern Arcadia"
    assert publisher(text) == label
    assert agency(text, "4.2") == label


def test_a_parent_named_alone_keeps_its_own_figures() -> None:
    # counter-example: the parent named without its office keeps the release
    text = (
        "Heroin seizures rise worldwide\n\n"
        "PORT ALDER, 20 June 2026 - Authorities seized 4.2 tons of heroin in 2025, according to "
        "a summary released today by the International Narcotics Council (INC).\n"
    )
    assert publisher(text) == "International Narcotics Council"
    assert agency(text, "4.2") == "International Narcotics Council"


def test_an_agency_named_for_its_task_is_one_body() -> None:
    text = (
        "Casework rises in 2025\n\n"
        "BRANDT, 20 June 2026 - The Northern Union Agency for Criminal Records Cooperation "
        "supported 1,874 drug trafficking cases in 2025.\n"
    )
    assert agency(text, "1,874") == "Northern Union Agency for Criminal Records Cooperation"


def test_an_agency_of_its_country_keeps_its_old_reading() -> None:
    # counter-example: "of" after the head was read before and still is
    text = (
        "Overdoses fall in 2025\n\n"
        "PORT ALDER, 20 June 2026 - The Public Health Agency of Northland recorded 1,874 "
        "overdoses in 2025.\n"
    )
    assert agency(text, "1,874") == "Public Health Agency of Northland"
