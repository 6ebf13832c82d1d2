"""English reports, issue 14 round 46 (branch eng-rg47): a body whose figures pool its members'
or partners' returns, said in a closing sentence ("The results pool the returns of the police
services of A, B and C", "The figures are pooled from the customs authorities of A, B and C",
"Returns were received from the customs administrations of A, B and C", "figures in this
release describe activity in the following partner nations: A, B and C"), is about those
countries, not the country of its secretariat, chair or headquarters. Made-up releases and
figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.extract import sentences

SPRING = date(2026, 3, 20)
AUTUMN = date(2026, 10, 28)


def _pooled(closing: str) -> str:
    return (
        "Caribbean customs heads report more cocaine seized in 2025\n\n"
        "Secretariat, Castries, Saint Lucia, 20 March 2026 - The Caribbean Customs Heads Forum "
        "today released its results for 2025: member services seized 3,420 kilograms of "
        "cocaine, up from 2,980 kilograms in 2024.\n\n"
        "Most of the cocaine was bound for Europe and North America.\n\n"
        f"About the figures\n\n{closing}"
    )


def test_results_that_pool_the_returns_of_member_services() -> None:
    closing = (
        "The 2025 results pool the returns of the customs services of Barbados, Jamaica, "
        "Grenada and Belize. The secretariat is hosted in Castries, Saint Lucia."
    )
    assert sentences.home_region(_pooled(closing), SPRING) == (
        "Barbados",
        "Jamaica",
        "Grenada",
        "Belize",
    )


def test_figures_pooled_from_the_authorities_of_member_states() -> None:
    closing = (
        "The figures in this release are pooled from the customs, police and coast guard "
        "authorities of Barbados, Jamaica and Belize, which chair the forum in turn."
    )
    assert sentences.home_region(_pooled(closing), SPRING) == ("Barbados", "Jamaica", "Belize")


def test_returns_received_from_member_administrations() -> None:
    closing = (
        "Returns for 2025 were received from the customs administrations of Jamaica and Belize."
    )
    assert sentences.home_region(_pooled(closing), SPRING) == ("Jamaica", "Belize")


def test_figures_describing_activity_in_the_following_partner_nations() -> None:
    closing = (
        "All seizure and arrest figures in this release describe activity in the following "
        "partner nations, with the forum's support: Barbados, Grenada and Belize."
    )
    assert sentences.home_region(_pooled(closing), SPRING) == ("Barbados", "Grenada", "Belize")


def test_what_the_figures_leave_out_is_not_whose_they_are() -> None:
    # the countries the figures do not include are no list of whose returns they pool
    closing = (
        "The figures pool returns from the member services and do not include the results of "
        "Jamaica or Belize, which report separately."
    )
    assert sentences.home_region(_pooled(closing), SPRING) == ("Saint Lucia",)


def _office(body: str) -> str:
    return (
        "HSI Denver methamphetamine seizures rise in fiscal year 2026\n\n"
        "DENVER - Homeland Security Investigations (HSI) Denver released its results for fiscal "
        "year 2026 on Wednesday. HSI Denver is responsible for Colorado, Utah, Wyoming and "
        "Montana.\n\n"
        f"{body}\n\n"
        "Most of the drugs had been moved north from Mexico through Texas and New Mexico."
    )


def _regions_of(text: str, number: str) -> tuple[str, ...]:
    found = [
        m.regions
        for m in sentences.drafted(text, AUTUMN).measurements
        if m.mention.number == Decimal(number.replace(",", ""))
    ]
    assert len(found) == 1, found
    return found[0]


FOUR = ("Colorado", "Utah", "Wyoming", "Montana")


def test_the_seat_city_closing_an_office_name_is_not_the_figure_place() -> None:
    text = _office("HSI Denver made 1,312 criminal arrests during the fiscal year.")
    assert _regions_of(text, "1,312") == FOUR


def test_a_sentence_after_the_office_name_keeps_the_whole_area() -> None:
    body = (
        "HSI Denver grew its narcotics groups. Its agents seized 4,120 pounds of methamphetamine."
    )
    assert _regions_of(_office(body), "4,120") == FOUR


def test_the_city_as_a_place_still_places_its_figure() -> None:
    text = _office("Agents seized 812 pounds of methamphetamine in Denver during the year.")
    assert _regions_of(text, "812") == ("Colorado",)


def test_a_state_named_in_an_agency_name_still_places_its_figure() -> None:
    text = _office("The Utah State Patrol, a partner of the office, recorded 956 drug seizures.")
    assert _regions_of(text, "956") == ("Utah",)


def test_a_city_in_another_body_name_still_places_its_figure() -> None:
    text = _office("The Denver Police Department seized 734 pounds of methamphetamine.")
    assert _regions_of(text, "734") == ("Colorado",)
