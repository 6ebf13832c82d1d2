"""English reports, issue 14 round 33 (branch eng-rg34): the countries a regional office's
release names as the ones whose data it draws on are its figures' region, together, whatever
words bring the list: "returns from the N countries the office covers: A, B, …", "data
reported to <body> by A, B, …", "reported by A, B and C under the Office's programme". Made-up
offices and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SUMMER = date(2026, 6, 20)


def home(text: str) -> tuple[str, ...]:
    return sentences.home_region(text, SUMMER)


def test_returns_from_the_countries_an_office_covers_are_its_region() -> None:
    text = (
        "Cannabis seizures rise across the region in 2025\n\n"
        "Regional Office for Western Lands\n\n"
        "ACCRA, 20 June 2026 - Authorities in the region seized more cannabis in 2025 than in any "
        "year since the office began compiling data, according to a summary released today.\n\n"
        "The summary draws on national returns from the four countries the office covers: "
        "Ghana, Togo, Benin and Nigeria.\n\n"
        "Across the region, authorities seized 820 tonnes of cannabis in 2025."
    )
    assert set(home(text)) == {"Ghana", "Togo", "Benin", "Nigeria"}


def test_drugs_from_counted_countries_stay_a_route() -> None:
    text = (
        "Cannabis seizures rise across the region in 2025\n\n"
        "Regional Office for Western Lands\n\n"
        "ACCRA, 20 June 2026 - Authorities seized more cannabis in 2025, according to a summary "
        "released today by the office.\n\n"
        "Shipments came from the four countries named in the survey: Togo, Benin, Niger and "
        "Mali.\n\nAcross the region, authorities seized 820 tonnes of cannabis in 2025."
    )
    assert set(home(text)) != {"Togo", "Benin", "Niger", "Mali"}


def test_data_reported_to_a_body_by_countries_are_its_region() -> None:
    text = (
        "Methamphetamine seizures reach a new high in 2025\n\n"
        "Regional Office for the Southern Seas\nPress release - Manila, 20 June 2026\n\n"
        "Methamphetamine seizures in the region rose in 2025, according to an assessment "
        "released today by the office.\n\n"
        "The assessment draws on data reported to the office by Indonesia, Malaysia, the "
        "Philippines and Singapore. Across these countries, authorities seized 96 tons."
    )
    assert set(home(text)) == {"Indonesia", "Malaysia", "Philippines", "Singapore"}


def test_figures_reported_by_countries_under_a_programme_are_its_region() -> None:
    text = (
        "Regional Office for the Gulf Lands\n\nPRESS RELEASE\n\n"
        "Tablet seizures in the region fall in 2025\n\n"
        "DOHA, 18 June 2026 - Authorities in four countries of the region seized 212 million "
        "tablets in 2025, down 9 per cent from 2024. The figures were reported by Qatar, Oman, "
        "Bahrain and Kuwait under the Office's data-sharing programme."
    )
    assert set(home(text)) == {"Qatar", "Oman", "Bahrain", "Kuwait"}
