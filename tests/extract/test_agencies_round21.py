"""English reports, issue 14 round 21 (agencies): "without" joins the words of a name that
introduces its acronym, as "for" and "against" do ("the National Council for Peace and Life
without Violence (NCPLV)"), so the body keeps its whole name and its acronym's figures.
Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_without_inside_a_name_with_its_acronym_keeps_the_whole_name() -> None:
    text = (
        "Treatment figures for 2025\n\n"
        "Tarvik, 20 February 2026 - The National Council for Recovery and Life without "
        "Addiction (NCRLA) said 4,120 people entered treatment in 2025. NCRLA also trained "
        "610 counsellors.\n"
    )
    full = "National Council for Recovery and Life without Addiction"
    assert agency(text, "4,120") == full
    assert agency(text, "610") == full


def test_without_after_a_whole_name_is_no_part_of_it() -> None:
    # counter-example: a name with no acronym after it ends before "without"
    text = (
        "Treatment figures for 2025\n\n"
        "Tarvik, 20 February 2026 - The Molvanian Addiction Service said 4,120 people were "
        "treated without Charge (a pilot) in 2025.\n"
    )
    assert agency(text, "4,120") == "Molvanian Addiction Service"


def test_a_title_naming_treatment_services_names_no_body() -> None:
    text = (
        "Drug Treatment Services Bulletin, Molvania 2025/26\n\n"
        "Department of Health\n"
        "Statistics release, 20 June 2026\n\n"
        "In 2025/26, 2,314 people entered structured drug treatment, 6% more than in 2024/25.\n"
    )
    assert agency(text, "2,314") == "Department of Health"


def test_a_bureau_of_treatment_services_stays_a_body() -> None:
    # counter-example: a body whose head is "Bureau" keeps its name
    text = (
        "Opioid treatment in 2025\n\n"
        "The Bureau of Addiction Services said 2,314 people entered treatment in 2025.\n"
    )
    assert agency(text, "2,314") == "Bureau of Addiction Services"


def test_a_health_body_named_by_its_states_initials_is_the_issuer() -> None:
    text = (
        "Drug-related hospitalisations rise in 2025\n\n"
        "NSW Health bulletin: drug-related hospitalisations, 2025\n"
        "Published 8 September 2026\n\n"
        "In 2025 there were 9,412 drug-related hospitalisations. The Australian Bureau of "
        "Statistics recorded 612 drug-induced deaths in 2024.\n\n"
        "Hospitalisations for cocaine rose 9% to 1,204.\n"
    )
    assert agency(text, "9,412") == "NSW Health"
    assert agency(text, "1,204") == "NSW Health"
    assert agency(text, "612") == "Australian Bureau of Statistics"


def test_initials_before_a_longer_health_name_are_no_body_of_their_own() -> None:
    # counter-example: "NSW Health Pathology" is a longer name the grammar does not shorten
    text = (
        "Toxicology results 2025\n\n"
        "In 2025 NSW Health Pathology tested 3,180 samples for fentanyl.\n"
    )
    assert agency(text, "3,180") != "NSW Health"


def test_initials_before_health_and_more_words_are_no_body() -> None:
    # counter-example: "US Health and Human Services" is part of a longer name
    text = (
        "Opioid grants 2025\n\n"
        "The Molvanian Drug Board said the US Health and Human Services funds paid for 3,180 "
        "naloxone kits in 2025.\n"
    )
    assert agency(text, "3,180") != "US Health"
