"""English reports, issue 14 round 24 (agencies): a city's own public security organs in its
municipal bureau's machine-translated release are the bureau; a French-Canadian police service's
whole name ("Service de police de la Ville de …") is the body, not the city. Made-up sentences,
each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 6, 26)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


#: A made-up city bureau's machine-translated release; ``{named}`` may give the organs a name.
_BUREAU = (
    "Qingshan public security anti-drug results notified\n\n"
    "Source: Qingshan Municipal Public Security Bureau   Release time: 2026-06-26\n\n"
    "On June 26, the reporter learned from the Qingshan Municipal Public Security Bureau, this "
    "year since, the whole city public security organs cracked drug criminal cases 412 pieces, "
    "arrested criminal suspects 538 people.\n\n"
    "January to May, the city's public security organs seized drugs 21.6 kilograms.{named}\n"
)


def test_the_whole_citys_organs_are_the_issuing_bureau() -> None:
    text = _BUREAU.format(named="")
    assert agency(text, "412") == "Qingshan Municipal Public Security Bureau"
    assert agency(text, "21.6 kilograms") == "Qingshan Municipal Public Security Bureau"


def test_organs_the_release_names_keep_their_name() -> None:
    # counter-example: a release that calls them "Qingshan public security organs" keeps it
    # (round 34: a name before the figure; a closing "will strike hard" one no longer does)
    text = _BUREAU.format(named=" Qingshan public security organs carried out a drive.")
    text = text.replace("arrested criminal suspects 538 people.\n\n", "") + (
        "January to June, the city's public security organs arrested 538 people.\n"
    )
    assert agency(text, "538 people") == "Qingshan public security organs"


def test_a_french_police_services_whole_name() -> None:
    text = (
        "Service de police de la Ville de Rivebelle\n\n"
        "RIVEBELLE, March 2, 2026 - The Service de police de la Ville de Rivebelle (SPVR) seized "
        "6.3 kilograms of cocaine in 2025.\n"
    )
    assert agency(text, "6.3 kilograms") == "Service de police de la Ville de Rivebelle"


def test_an_english_name_before_its_acronym_is_left_alone() -> None:
    # counter-example: the English name grammar's own reading stays
    text = (
        "Rivebelle Police Service\n\n"
        "RIVEBELLE, March 2, 2026 - The Rivebelle Police Service (RPS) seized 6.3 kilograms of "
        "cocaine in 2025.\n"
    )
    assert agency(text, "6.3 kilograms") == "Rivebelle Police Service"


def test_a_headline_shorthand_is_no_name_of_their_own() -> None:
    # the headline's "Qingshan public security organs" is the issuer's shorthand, not a name
    text = _BUREAU.format(named="").replace(
        "Qingshan public security anti", "Qingshan public security organs anti"
    )
    assert agency(text, "21.6 kilograms") == "Qingshan Municipal Public Security Bureau"


#: A city bureau's release whose organs carry out a superior's plan.
_PLAN = (
    "Qingshan anti-drug results\n\n"
    "Source: Qingshan Municipal Public Security Bureau\n\n"
    "This year, the whole city public security organs firmly {verb} the Provincial Public "
    "Security Department deployment. The whole year, the city cracked drug criminal cases 655 "
    "pieces.\n"
)


def test_a_superior_whose_deployment_is_implemented_is_not_the_actor() -> None:
    text = _PLAN.format(verb="implement")
    assert agency(text, "655") == "Qingshan Municipal Public Security Bureau"


def test_a_superior_that_acts_keeps_its_figures() -> None:
    # counter-example: "joined" is no "implement": the department is named as an actor
    text = _PLAN.format(verb="joined").replace(" deployment.", ".")
    assert agency(text, "655") == "Provincial Public Security Department"


def test_a_city_bureau_a_provinces_release_names_does_not_own_its_organs() -> None:
    # counter-example: the province's own police are named first; the city's bureau is a party
    text = (
        "Provincial anti-drug results\n\n"
        "The provincial police reported on the year. In Qingshan, the Qingshan Municipal Public "
        "Security Bureau seized drugs.\n\n"
        "Last year, the city's public security organs cracked 3,150 drug criminal cases.\n"
    )
    assert agency(text, "3,150") != "Qingshan Municipal Public Security Bureau"
