"""English reports, issue 14 round 47 (branch eng-rg48): a federal office or HIDTA named for the
city its release is datelined in ("PORTLAND, Ore. - … officers of the Portland Field Office",
"PHOENIX - The Phoenix High Intensity Drug Trafficking Area …") is in that city's state, not the
country, and keeps the federal fiscal year. Made-up releases and figures; each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

AUTUMN = date(2026, 10, 28)
SPRING = date(2026, 3, 10)


def _field_office(dateline: str) -> str:
    return (
        "U.S. Customs and Border Protection\nLocal Media Release\n\n"
        "Narcotics seizures at Portland Field Office ports rise in fiscal year 2026\n\n"
        f"{dateline}U.S. Customs and Border Protection officers of the Portland Field Office "
        "seized 842 pounds of narcotics at the seaports and airports of its area "
        "during fiscal year 2026, up from 615 pounds in fiscal year 2025.\n\n"
        "Methamphetamine made up 311 pounds of the total."
    )


def test_a_field_office_named_for_its_datelined_city_is_in_that_state() -> None:
    text = _field_office("PORTLAND, Ore. - ")
    assert sentences.home_region(text, AUTUMN) == ("Oregon",)


def test_the_field_office_keeps_the_federal_fiscal_year() -> None:
    text = (
        "Syracuse Field Office seizures rise in the first half of fiscal year 2026\n\n"
        "SYRACUSE, N.Y. - U.S. Customs and Border Protection officers of the Syracuse Field "
        "Office seized 418 pounds of narcotics during the first half of fiscal year 2026, up "
        "from 377 pounds a year earlier, the office said on Tuesday.\n\n"
        "Cocaine made up 160 pounds of the total."
    )
    assert sentences.home_region(text, SPRING) == ("New York",)
    found = sentences.by_quote(text, SPRING)
    assert sentences.starting(found, "418").period == "2025-10-01/2026-03-31"


def test_a_field_office_without_a_dateline_is_not_placed_by_its_name() -> None:
    text = _field_office("")
    assert sentences.home_region(text, AUTUMN) == ("United States",)


def _hidta(lead_tail: str) -> str:
    return (
        "Phoenix HIDTA 2025 results: fentanyl pill seizures fall\n\n"
        "PHOENIX, March 10, 2026 - The Phoenix High Intensity Drug Trafficking Area today "
        f"released its results for calendar year 2025.{lead_tail}\n\n"
        "Its task forces seized 1.9 million counterfeit pills in 2025, down from 2.6 million "
        "in 2024, and dismantled 41 trafficking organizations."
    )


def test_a_hidta_named_for_its_datelined_city_is_in_that_state() -> None:
    assert sentences.home_region(_hidta(""), SPRING) == ("Arizona",)


def test_a_hidta_whose_lead_names_another_state_is_not_placed_by_its_seat() -> None:
    tail = " Its task forces work in Maricopa County and across the border in New Mexico."
    assert sentences.home_region(_hidta(tail), SPRING) != ("Arizona",)
