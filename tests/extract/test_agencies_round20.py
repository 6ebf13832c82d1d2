"""English reports, issue 14 round 20 (agencies): a body's full name with its state ("… of the
Republic of Molvania", "… of the Molvanian People's Democratic Republic", "… under the Cabinet
of Ministers of the Republic of Molvania") is its label, as docs/facts.md "Agency ids" asks, also
when a short form comes first (a title's); a body the registry names keeps the registry's label.
Made-up sentences, each with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_full_name_after_the_titles_short_form_is_the_label() -> None:
    text = (
        "Border seizures in 2025: annual results of the Revenue Administration\n\n"
        "Tarvik, 20 February 2026\n\n"
        "In 2025 officers of the Revenue Administration of the Republic of Molvania (RAM) made "
        "1,017 drug seizures, 12% fewer than in 2024. RAM intercepted 612 kilograms of cocaine.\n"
    )
    full = "Revenue Administration of the Republic of Molvania"
    assert agency(text, "1,017") == full
    assert agency(text, "612") == full


def test_a_registered_body_keeps_the_registrys_label() -> None:
    # counter-example: the registry's "National Narcotics Board" (Indonesia's BNN)
    text = (
        "Drug situation 2025: National Narcotics Board annual report\n\n"
        "JAKARTA - The National Narcotics Board of the Republic of Indonesia (BNN) presented its "
        "annual report. In 2025, BNN uncovered 1,148 drug trafficking cases.\n"
    )
    assert agency(text, "1,148") == "National Narcotics Board"


def test_a_body_under_a_superior_of_the_state_keeps_the_whole_name() -> None:
    text = (
        "Speech by the Director of the Drug Control Service\n\n"
        "Tarvik, 26 June 2026\n\n"
        "Dear colleagues, let me share the results of the year with you all today.\n\n"
        "In 2025 the Drug Control Service under the Cabinet of Ministers of the Republic of "
        "Molvania seized 2,900 kilograms of narcotic drugs.\n"
    )
    assert agency(text, "2,900") == (
        "Drug Control Service under the Cabinet of Ministers of the Republic of Molvania"
    )


def test_a_body_under_an_owner_with_no_state_stays_short() -> None:
    # counter-example: a unit "under" its owner, no state named, keeps its own name
    text = (
        "Annual crime report 2025\n\n"
        "The Narcotics Department under the Criminal Investigations Directorate registered 4,210 "
        "drug cases in 2025, up from 3,980 in 2024.\n"
    )
    found = agency(text, "4,210")
    assert found is not None and "under" not in found


def test_a_peoples_democratic_republic_closes_the_name() -> None:
    text = (
        "Ministry of Public Security of Molvania summarises six months of drug work\n\n"
        "TARVIK, 18 April 2026 - The Ministry of Public Security of the Molvanian People's "
        "Democratic Republic held a meeting on the drug suppression work of the six months "
        "from October to March. The police forces of all provinces arrested 3,402 suspects.\n"
    )
    assert agency(text, "3,402") == (
        "Ministry of Public Security of the Molvanian People's Democratic Republic"
    )


def test_chinas_ministry_of_public_security_stays_the_registrys() -> None:
    # counter-example: the registry's body, of the state the registry gives it
    text = (
        "Ministry of Public Security releases drug control results\n\n"
        "BEIJING - The Ministry of Public Security of the People's Republic of China said on "
        "Tuesday that police solved 41,000 drug crime cases in 2025.\n"
    )
    assert agency(text, "41,000") == "Ministry of Public Security"


def test_a_programme_that_publishes_the_report_is_its_publisher() -> None:
    text = (
        "Regional Drug Summary 2025\n\n"
        "Tarvik, 26 June 2026 - The Drug Monitoring Programme (DMP) of the Molvanian Regional "
        "Council today released its regional summary for 2025.\n\n"
        "Arrests\n"
        "Member countries recorded 1,126,400 drug-related arrests in 2025.\n"
    )
    assert agency(text, "1,126,400") == "Drug Monitoring Programme"


def test_a_programme_cited_for_a_figure_is_its_source() -> None:
    text = (
        "Opioid report 2025\n\n"
        "The Molvanian Department of Health Services released its opioid report today.\n\n"
        "Pharmacies dispensed 2.94 million opioid prescriptions in 2025, according to the "
        "Prescription Drug Monitoring Program. The share of patients given opioids fell.\n"
    )
    assert agency(text, "2.94 million") == "Prescription Drug Monitoring Program"


def test_a_programme_named_in_passing_is_no_body() -> None:
    # counter-example: a plan the publisher runs ("under the … Program") stays the publisher's
    text = (
        "Highway interdiction results 2025\n\n"
        "The Molvanian Highway Patrol today released its interdiction results for 2025.\n\n"
        "In 2025, under the Patrol's Fentanyl Interdiction Program, officers arrested 1,840 "
        "people on drug trafficking charges.\n"
    )
    assert agency(text, "1,840") == "Molvanian Highway Patrol"
