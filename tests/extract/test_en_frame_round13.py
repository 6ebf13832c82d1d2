"""English reports, issue 14 round 13 (the report's home region): a country named only as a
route never becomes the report's country, a lead's list of places runs on past "the" and "and in
the", and a city in the lead does not stand for the report's states. Made-up sentences; each
rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

WINTER = date(2025, 2, 3)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, WINTER)


# a country named only as a route


def test_a_country_named_only_as_a_route_is_not_the_reports() -> None:
    text = (
        "Annual results of the Narcotics Enforcement Commission\n\n"
        "The Narcotics Enforcement Commission said its officers made 2,914 arrests in 2024. At "
        "the airport, officers seized 17 kilograms of cocaine carried by couriers arriving from "
        "Peru.\n\n"
        "Later in the year, the Commission and the Revenue Authority of Kenya opened a joint "
        "office, which intercepted 310 parcels."
    )
    assert figure(text, "2,914").regions == ("Kenya",)


def test_the_country_of_a_routed_port_is_a_route_too() -> None:
    text = (
        "Situation report on narcotics offences\n\n"
        "The Federal Narcotics Office today presented its report on drug crime across Austria "
        "in 2024. Much of the cocaine reached the country in containers routed through the "
        "port of Rotterdam in the Netherlands.\n\n"
        "Police recorded 48,200 drug offences during the year."
    )
    assert figure(text, "48,200").regions == ("Austria",)


def test_a_country_named_once_and_not_as_a_route_still_counts() -> None:
    text = (
        "Annual results of the Narcotics Enforcement Commission\n\n"
        "The Narcotics Enforcement Commission said its officers made 2,914 arrests in Peru in "
        "2024, and seized cocaine bound for Kenya."
    )
    assert figure(text, "2,914").regions == ("Peru",)


# lists that run on


def test_a_joint_operations_list_runs_past_a_member_named_with_the() -> None:
    text = (
        "Operation Kingfisher: 612 arrests\n\n"
        "Police and customs officers in Chile, Peru, the Philippines and Spain arrested 612 "
        "people in a joint operation coordinated by INTERPOL, the organization said today.\n\n"
        "Officers also seized 2.4 tonnes of cocaine."
    )
    assert figure(text, "2.4").regions == ("Chile", "Peru", "Philippines", "Spain")


def test_a_leads_group_runs_on_past_and_in_the_and_a_city_in_the_lead() -> None:
    text = (
        "Annual report of the Richmond Drug Task Force\n\n"
        "The Richmond Drug Task Force brings together federal, state and local agencies in "
        "counties of Maryland, Virginia and West Virginia and in the District of Columbia. "
        "This summary covers calendar year 2024.\n\n"
        "Task force officers made 1,204 arrests during the year."
    )
    assert figure(text, "1,204").regions == (
        "Maryland",
        "Virginia",
        "West Virginia",
        "District of Columbia",
    )


def test_a_group_that_stops_at_another_clause_stays_short() -> None:
    text = (
        "Annual report of the Richmond Drug Task Force\n\n"
        "The Richmond Drug Task Force brings together agencies in counties of Maryland and "
        "Virginia, while its training unit sits in a county of West Virginia. This summary "
        "covers calendar year 2024.\n\n"
        "Task force officers made 1,204 arrests during the year."
    )
    assert figure(text, "1,204").regions == ("Maryland", "Virginia")


# a route named with a noun between its word and its place is not carried to the next figure


def test_a_route_through_ports_in_a_country_is_not_the_next_figures_region() -> None:
    text = (
        "Recorded drug seizures in Wales, 2024\n\n"
        "Police in Wales seized 318 kilograms of heroin in 2024. Most of it had been shipped "
        "through ports in Belgium and France. Officers also seized 1.2 tonnes of cannabis."
    )
    assert figure(text, "1.2").regions == ("Wales",)


def test_suppliers_in_a_place_and_a_route_that_begins_in_one_are_routes() -> None:
    text = (
        "Indictments unsealed in Ohio drug ring\n\n"
        "Federal prosecutors in Ohio charged 24 people in 2024. The ring bought fentanyl from "
        "suppliers in Arizona and Mexico. Nine of the defendants face life in prison.\n\n"
        "The heroin came on the route that begins in Afghanistan. Agents seized 14 kilograms "
        "of it in December."
    )
    assert figure(text, "Nine").regions == ("Ohio",)
    assert figure(text, "14").regions == ("Ohio",)


def test_a_seizure_in_a_country_after_people_from_there_is_still_placed_there() -> None:
    text = (
        "Recorded drug seizures, 2024\n\n"
        "Police in Wales seized 318 kilograms of heroin in 2024. Officers working with "
        "colleagues in France seized a further 96 kilograms there."
    )
    assert figure(text, "96").regions == ("France",)


def test_a_place_after_a_routed_sentence_is_no_route() -> None:
    text = (
        "Police results for Wales\n\n"
        "Police in Wales traced the heroin to Belgium. Police in France seized 96 kilograms of "
        "it in 2024."
    )
    assert figure(text, "96").regions == ("France",)
