"""English reports, issue 14 round 16 (agencies): an owner the lead says acts through its unit, or
publishes its unit's figures, leaves the release to the unit; the title is never the opening
paragraph; "Branch" heads a name, and so do "Directorate General of …" and "General Directorate
of …"; a hyphenated word after "of" stays in the name; "the public security organs" named bare
in a translated provincial release are the province's. Made-up sentences, each with a
counter-example the rule must not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2024, 2, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def publisher(text: str) -> str | None:
    return sentences.publisher_of(text, DAY)


def test_an_owner_acting_through_its_unit_leaves_the_release_to_the_unit() -> None:
    text = (
        "Molvania Federal Police: first half results\n\n"
        "Lutenburg, 3 July 2024. The Molvania Federal Police (MFP), through its Narcotics "
        "Interdiction Directorate (NID), presented the results for January to June 2024.\n\n"
        "- Cocaine seized: 2,140 kilograms\n"
    )
    assert agency(text, "2,140") == "Narcotics Interdiction Directorate"
    assert publisher(text) == "Narcotics Interdiction Directorate"


def test_an_owner_represented_by_its_unit_leaves_the_release_to_the_unit() -> None:
    text = (
        "LUTENBURG, 3 July 2024 - The Molvania Federal Police, represented by the Narcotics "
        "Interdiction Directorate, said that it had seized 2,140 kilograms of cocaine in 2023.\n"
    )
    assert publisher(text) == "Narcotics Interdiction Directorate"


def test_an_owner_publishing_its_units_figures_leaves_the_release_to_the_unit() -> None:
    text = (
        "Molvania Federal Police: drug statistics for the 2023/24 financial year - questions and "
        "answers\n\n"
        "Lutenburg, 3 July 2024\n\n"
        "The Molvania Federal Police (MFP) today released the figures of its Drug Interdiction "
        "Branch for the 2023/24 financial year, which ran from 1 April 2023 to 31 March 2024.\n\n"
        "How many people were arrested?\n\n"
        "Officers arrested 1,214 suspects for dealing in drugs.\n"
    )
    assert publisher(text) == "Drug Interdiction Branch"
    assert agency(text, "1,214") == "Drug Interdiction Branch"


def test_an_owner_working_with_another_body_keeps_the_release() -> None:
    # counter-example: a partner is no unit of the owner, and "its results" names no unit
    text = (
        "LUTENBURG, 3 July 2024 - The Molvania Federal Police, working with the Coastal Customs "
        "Service, today presented the results of its campaign: 2,140 kilograms of cocaine were "
        "seized in 2023.\n"
    )
    assert publisher(text) == "Molvania Federal Police"


def test_branch_heads_a_units_name() -> None:
    text = "The Drug Interdiction Branch opened 412 new investigations in 2023.\n"
    assert agency(text, "412") == "Drug Interdiction Branch"


def test_directorate_general_of_heads_a_name() -> None:
    text = (
        "The Directorate General of Narcotics and Border Control said it had seized 3.8 tonnes "
        "of hashish in 2023.\n"
    )
    assert agency(text, "3.8 tonnes") == "Directorate General of Narcotics and Border Control"


def test_a_hyphenated_word_after_of_stays_in_the_name() -> None:
    text = "The General Department of Anti-Narcotics arrested 1,038 suspects in 2023.\n"
    assert agency(text, "1,038") == "General Department of Anti-Narcotics"


def test_the_bare_public_security_organs_are_the_provinces() -> None:
    text = (
        "Jiangxi public security organs crack down on drug crimes\n\n"
        "The reporter learned from the Jiangxi Provincial Public Security Department that from "
        "January to May, Jiangxi public security organs cracked 1,326 drug criminal cases. "
        "The public security organs carried out hair testing for 23,480 key persons.\n"
    )
    assert agency(text, "23,480") == "Jiangxi public security organs"


def test_the_bare_public_security_organs_of_a_national_release_are_not_a_provinces() -> None:
    # counter-example: the Ministry's release speaks of the whole country's organs
    text = (
        "The reporter learned from the Ministry of Public Security that Jiangxi public security "
        "organs cracked 1,326 drug criminal cases in 2023. The public security organs carried "
        "out hair testing for 23,480 key persons.\n"
    )
    assert agency(text, "23,480") != "Jiangxi public security organs"


def test_public_security_organs_of_named_cities_are_not_the_provinces() -> None:
    # counter-example: "of Nanchang and Ganzhou" says whose organs they are
    text = (
        "Jiangxi public security organs crack down on drug crimes\n\n"
        "From January to May, Jiangxi public security organs cracked 1,326 drug criminal cases. "
        "Among them, the public security organs of Nanchang and Ganzhou cracked 402 cases.\n"
    )
    assert agency(text, "402") != "Jiangxi public security organs"


def test_a_hospital_counting_its_admissions_is_the_figures_agency() -> None:
    text = (
        "The Molvania Police Service seized 412 kilograms of cannabis in 2023. Lakeview "
        "Psychiatric Hospital admitted 1,148 patients with drug-related illness in 2023.\n"
    )
    assert agency(text, "1,148") == "Lakeview Psychiatric Hospital"


def test_a_tax_and_customs_body_is_one_name() -> None:
    text = "The Molvanian Tax and Customs Board seized 212 kilograms of cocaine in 2023.\n"
    assert agency(text, "212 kilograms") == "Molvanian Tax and Customs Board"


def test_police_and_customs_stay_two() -> None:
    # counter-example: "Police and Customs officers" are two bodies' staff, no "Police" body
    text = "In Molvania, Police and Customs officers seized 212 kilograms of cocaine in 2023.\n"
    assert agency(text, "212 kilograms") != "Molvania, Police"
