"""English reports, issue 14 round 40 (agencies): New Zealand Police's district table is read in
a release naming its owner in capitals ("NEW ZEALAND POLICE - TASMAN DISTRICT") or a district only
New Zealand has, and "<Name> Police" is the district too; a unit named in one subject with the
force's officers ("the Gang Unit and patrol officers seized …") acts for the force. Made-up
sentences, each rule with a counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 2)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_district_under_its_owner_in_capitals_is_the_district() -> None:
    text = (
        "NEW ZEALAND POLICE - TASMAN DISTRICT\n"
        "Media release\n\n"
        "Tasman seizures rise\n\n"
        "Officers in the Tasman District seized 8.6 kilograms of methamphetamine in 2025.\n"
    )
    assert agency(text, "8.6") == "Tasman District"


def test_a_district_short_name_is_the_district() -> None:
    # no owner named: "Counties Manukau" is New Zealand's alone
    text = (
        "Counties Manukau Police: cannabis seizures fall\n\n"
        "Monday, 2 March 2026 - Counties Manukau District\n\n"
        "Counties Manukau Police seized 12.4 kilograms of cannabis in the year, the district "
        "commander says.\n"
    )
    assert agency(text, "12.4") == "Counties Manukau District"


def test_a_district_short_name_elsewhere_keeps_its_name() -> None:
    # counter-example: "Central Police" in a text naming neither New Zealand Police nor a
    # district only New Zealand has
    text = (
        "Central Police have released their drug results for the year.\n\n"
        "Officers seized 14.2 kilograms of methamphetamine over the year.\n"
    )
    assert agency(text, "14.2") != "Central District"


def test_a_list_of_police_districts_is_no_district() -> None:
    # counter-example: "<Name> Police districts" lists districts; their share is the whole's
    text = (
        "New Zealand Police\n\n"
        "New Zealand Police seized 900 kilograms of methamphetamine in 2025. The Waikato and "
        "Tasman Police districts accounted for 31 per cent of it.\n"
    )
    assert agency(text, "31 per cent") not in {"Waikato District", "Tasman District"}


def test_a_unit_with_patrol_officers_acts_for_its_force() -> None:
    text = (
        "Riverton Police Department releases drug figures\n\n"
        "RIVERTON - The Riverton Police Department released its annual drug summary on Monday.\n\n"
        "The department's Street Crimes Unit and patrol officers seized 6.3 kilograms of "
        "cocaine in 2025.\n"
    )
    assert agency(text, "6.3") == "Riverton Police Department"


def test_deputies_and_a_task_force_act_for_the_sheriff() -> None:
    text = (
        "Marlow County Sheriff's Office releases drug figures\n\n"
        "MARLOW - The Marlow County Sheriff's Office released its annual drug summary on Monday, "
        "reporting that deputies and the Sheriff's Gang Task Force made 412 drug arrests in 2025.\n"
    )
    assert agency(text, "412") == "Marlow County Sheriff's Office"


def test_a_unit_alone_keeps_its_figure() -> None:
    # counter-example: the unit is the subject by itself
    text = (
        "Riverton Police Department releases drug figures\n\n"
        "RIVERTON - The Riverton Police Department released its annual drug summary on Monday.\n\n"
        "The department's Street Crimes Unit seized 6.3 kilograms of cocaine in 2025.\n"
    )
    assert agency(text, "6.3") == "Street Crimes Unit"
