"""English reports, round 22 (measures, part C, branch ms23c): counts a registry word stands
beside but whose own clause states another act. Fugitives captured, in the order machine
translation keeps, are not new suspects arrested; drugs destroyed or burned are not drugs seized;
drugs "were consumed" is a consumption estimate; drug users "were reported" are the reports of
the period, not the registered users; the people treatment episodes "were provided to" are the
people receiving treatment. Made-up sentences."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

AUTUMN = date(2025, 10, 1)


def drafted(text: str) -> dict[str, tuple[str, str]]:
    """Each drafted figure's (measure, unit), under its quote and under each shorter start of it."""
    draft = sentences.drafted("Agency bulletin\n\n" + text, AUTUMN)
    found: dict[str, tuple[str, str]] = {}
    for m in draft.measurements:
        words = m.mention.quote.split()
        for end in range(len(words), 0, -1):
            found.setdefault(" ".join(words[:end]), (m.measure, m.unit))
    return found


def test_fugitives_named_before_a_count_of_people_are_fugitives() -> None:
    found = drafted(
        "From January to August 2025, the county's police smashed 6 drug rings, "
        "captured drug-related fugitives 14 people."
    )
    assert found["14 people"] == ("fugitives-captured", "person")


def test_escape_personnel_are_fugitives() -> None:
    found = drafted(
        "From January to August 2025, the county's police arrested drug-related network escape "
        "personnel 21 people."
    )
    assert found["21 people"] == ("fugitives-arrested", "person")


def test_suspects_named_before_a_count_of_people_stay_arrests() -> None:
    found = drafted(
        "From January to August 2025, the county's police captured drug criminal suspects "
        "350 people."
    )
    assert found["350 people"][0] == "suspects-arrested"


def test_drugs_destroyed_are_not_drugs_seized() -> None:
    found = drafted(
        "In 2024 the bureau and its regional offices destroyed 2.4 million kilograms of seized "
        "drugs. In 2024 officers seized 310 kilograms of heroin and destroyed 95 kilograms "
        "of cocaine."
    )
    assert found["2.4 million kilograms"] == ("drugs-destroyed", "kilogram")
    assert found["95 kilograms of cocaine"] == ("cocaine-destroyed", "kilogram")
    assert found["310 kilograms of heroin"] == ("heroin-seized", "kilogram")


def test_drugs_burned_at_a_ceremony() -> None:
    found = drafted("On 4 June 2025 the ministry held a ceremony to burn 3.7 tons of drugs.")
    assert found["3.7 tons of drugs"] == ("drugs-destroyed", "tonne")


def test_goods_destroyed_that_are_no_drug_keep_their_head() -> None:
    found = drafted("In 2024 the regulator destroyed about 40 tonnes of expired medicines.")
    assert found["about 40 tonnes"] == ("medicines-destroyed", "tonne")


def test_drugs_that_were_consumed_are_consumption() -> None:
    found = drafted(
        "Wastewater analysis suggests that 6.3 tonnes of methamphetamine were consumed in the "
        "country in 2024."
    )
    assert found["6.3 tonnes of methamphetamine"] == ("methamphetamine-consumed", "tonne")


def test_drug_abusers_reported_are_reports_not_registered_users() -> None:
    found = drafted(
        "According to the central registry, 3,480 drug abusers were reported in 2024, "
        "down from 3,910 in 2023."
    )
    assert found["3,480 drug abusers"] == ("drug-abusers-reported", "person")


def test_reported_drug_abusers_named_before_the_count() -> None:
    found = drafted("The number of reported drug abusers in the first half of 2025 was 1,604.")
    assert found["1,604"] == ("drug-abusers-reported", "person")


def test_registered_users_stay_registered() -> None:
    found = drafted("At the end of 2024 the registry held 18,200 registered drug users.")
    assert found["18,200 registered drug users"][0] == "drug-users-registered"


def test_people_episodes_were_provided_to_receive_treatment() -> None:
    found = drafted(
        "Services closed 5,230 treatment episodes in 2024-25. These episodes were provided to "
        "3,150 clients."
    )
    assert found["3,150 clients"] == ("people-receiving-treatment", "person")


def test_episodes_delivered_to_individual_clients() -> None:
    found = drafted(
        "Funded services started 2,700 treatment episodes in 2024-25, delivered to 1,940 "
        "individual clients."
    )
    assert found["1,940 individual clients"] == ("people-receiving-treatment", "person")
