"""English reports, issue 14 round 20 (the home region and figure regions): a regional body's
summary listing its reporting members after a short clause ("the six member states that reported:
A, B, …") is those members', even when a member's agency is named first in the body; a Chinese
district or city whose English name another shares ("Hongshan District") is the one in a region
the text names; a joint action's figure "in the three countries" is the report's country and the
partners'. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SUMMER = date(2026, 7, 20)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SUMMER)


# --- a regional body's reporting members -------------------------------------------------

#: A made-up regional body's summary: no agency of its own is recognised, a member's is named
#: first in the body.
BODY = (
    "Southern Seas Drug Forum\n"
    "Annual summary 2025\n"
    "Colombo, 20 July 2026\n\n"
    "This summary brings together the returns of {lead}\n\n"
    "Arrests\n\n"
    "Law enforcement agencies of the members arrested 52,300 people for drug offences in 2025.\n\n"
    "Members' own figures\n\n"
    "India's Narcotics Control Bureau destroyed 2,140 hectares of illicit cannabis."
)
MEMBERS = ("India", "Maldives", "Sri Lanka")


def test_members_listed_after_a_clause_of_their_own_are_the_home() -> None:
    text = BODY.format(lead="the three member states that reported: India, Maldives and Sri Lanka.")
    assert set(figure(text, "52,300").regions) == set(MEMBERS)


def test_uncounted_member_states_listed_after_a_colon_are_the_home() -> None:
    lead = (
        "the figures that the member states of the Forum submitted for 2025: the Republic of "
        "India, the Republic of Maldives and Sri Lanka."
    )
    text = BODY.format(lead=lead)
    assert set(figure(text, "52,300").regions) == set(MEMBERS)


def test_a_members_agency_still_places_its_own_sentence() -> None:
    text = BODY.format(lead="the three member states that reported: India, Maldives and Sri Lanka.")
    assert figure(text, "2,140").regions == ("India",)


def test_a_publisher_named_in_the_lead_keeps_its_country() -> None:
    text = (
        "Sri Lanka Police: annual summary 2025\n\n"
        "COLOMBO, 20 July 2026 - The Sri Lanka Police compared Sri Lanka's figures with "
        "those that three member states reported for 2025: Nepal, Bhutan and Maldives.\n\n"
        "The police registered 5,120 drug cases in 2025."
    )
    assert figure(text, "5,120").regions == ("Sri Lanka",)


# --- a Chinese division whose English name another shares ---------------------------------

#: A made-up machine-translated city release.
CITY = (
    "Wuhan public security organs announce drug control results for the first half of 2026\n\n"
    "From January to June, the city's public security organs cracked 1,020 drug criminal cases. "
    "Among them, Jiang'an District and Hongshan District cracked 230 and 175 cases "
    "respectively."
)


def test_a_shared_district_name_is_the_one_in_the_named_city() -> None:
    assert figure(CITY, "175").regions == ("Hongshan District, Wuhan",)
    assert figure(CITY, "230").regions == ("Jiang'an District",)


def test_a_shared_city_name_is_the_one_in_the_named_province() -> None:
    text = (
        "Jiangsu public security organs report anti-drug results\n\n"
        "From January to May, the province cracked 2,400 drug cases. Nanjing, Suzhou and Wuxi "
        "public security organs cracked 510, 430 and 260 cases respectively."
    )
    assert figure(text, "430").regions == ("Suzhou, Jiangsu",)


def test_a_shared_name_with_no_named_region_stays_unplaced() -> None:
    text = (
        "Public security organs report anti-drug results\n\n"
        "Police in Hongshan District cracked 48 drug cases in the first half of 2026."
    )
    assert "Hongshan District, Wuhan" not in figure(text, "48").regions
    assert "Hongshan District, Chifeng" not in figure(text, "48").regions


# --- a joint action's "in the three countries" ---------------------------------------------

#: A made-up national police report with a joint action.
JOINT = (
    "National Police of Peru: 2025 results\n\n"
    "LIMA, 20 July 2026 - The National Police of Peru seized 31.2 tonnes of cocaine in 2025.\n\n"
    "{sentence}"
)


def test_a_figure_in_the_three_countries_is_the_set() -> None:
    text = JOINT.format(
        sentence="Operation Condor Blanco, a joint action with the police forces of Chile and "
        "Bolivia, led to 212 arrests in the three countries."
    )
    assert set(figure(text, "212").regions) == {"Bolivia", "Chile", "Peru"}


def test_the_partners_may_be_named_in_the_sentence_before() -> None:
    text = JOINT.format(
        sentence="In May we ran a joint operation with the police of Chile and Ecuador. In those "
        "ten days, 57 couriers were detained in the three countries, and the Chilean police "
        "alone seized 44 kilograms of cocaine in Arica."
    )
    assert set(figure(text, "57").regions) == {"Chile", "Ecuador", "Peru"}
    assert "Peru" not in figure(text, "44").regions


def test_units_of_both_countries_are_the_two() -> None:
    text = JOINT.format(
        sentence="In a coordinated phase with the Colombian Navy, units of both countries seized "
        "6.3 tonnes of cocaine."
    )
    assert set(figure(text, "6.3").regions) == {"Colombia", "Peru"}


def test_a_count_that_does_not_fit_places_nothing_new() -> None:
    text = JOINT.format(
        sentence="A joint action with the police of Chile led to 75 arrests in the three countries."
    )
    assert set(figure(text, "75").regions) != {"Chile", "Peru"}


def test_across_the_province_is_the_province_however_often_a_city_is_named() -> None:
    text = (
        "Jiangsu public security organs report anti-drug results\n\n"
        "From January to May, Nanjing, Suzhou and Wuxi public security organs cracked 510, 430 "
        "and 260 cases respectively. The Nanjing police also seized 12 kilograms of heroin.\n\n"
        "Public security organs across the province organized 1,900 publicity activities."
    )
    assert figure(text, "1,900").regions == ("Jiangsu",)
