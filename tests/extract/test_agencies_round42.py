"""English reports, issue 14 round 42 (agencies). Made-up sentences, each rule with a
counter-example: a Chinese prefecture's own "whole prefecture" (or "state", for 州) public
security organs are the prefecture bureau the machine-translated release names."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 7, 20)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_whole_prefecture_organs_are_the_prefecture_bureau() -> None:
    text = (
        "Qiaolin prefecture public security bureau hold news conference\n\n"
        "Source: Qiaolin Bai Autonomous Prefecture Public Security Bureau   Release time: "
        "2026-07-20 09:00\n\n"
        "2025 year, whole prefecture public security organs cracked drug criminal cases 731 "
        "pieces, arrested drug crime suspects 902 people.\n"
    )
    assert agency(text, "731") == "Qiaolin Bai Autonomous Prefecture Public Security Bureau"
    assert agency(text, "902") == "Qiaolin Bai Autonomous Prefecture Public Security Bureau"


def test_state_organs_are_the_autonomous_prefecture_bureau() -> None:
    # 州 rendered "state" by the machine
    text = (
        "Qiaolin state public security bureau hold news conference\n\n"
        "Source: Qiaolin Bai Autonomous Prefecture Public Security Bureau   Release time: "
        "2026-07-20 09:00\n\n"
        "This year first half, state public security organs cracked drug criminal cases 388 "
        "pieces, seized various drugs 61.5 kilograms.\n"
    )
    assert agency(text, "388") == "Qiaolin Bai Autonomous Prefecture Public Security Bureau"


def test_the_whole_province_organs_are_not_the_prefecture_bureau() -> None:
    text = (
        "Qiaolin prefecture public security bureau hold news conference\n\n"
        "Source: Qiaolin Bai Autonomous Prefecture Public Security Bureau   Release time: "
        "2026-07-20 09:00\n\n"
        "2025 year, whole prefecture public security organs cracked drug criminal cases 731 "
        "pieces. Same year, whole province public security organs cracked drug criminal cases "
        "8,460 pieces.\n"
    )
    assert agency(text, "731") == "Qiaolin Bai Autonomous Prefecture Public Security Bureau"
    assert agency(text, "8,460") != "Qiaolin Bai Autonomous Prefecture Public Security Bureau"


def test_a_districts_release_gives_its_services_crews_to_the_district() -> None:
    # the service's bare name in its district's release: the district's own crews
    text = (
        "Coast Guard Lakes district reports more seizures\n\n"
        "CLEVELAND - The Coast Guard Ninth District released its counter-drug results for "
        "fiscal year 2026 on Monday, a year in which its crews patrolled four lakes.\n\n"
        "Coast Guard crews detained 63 suspects during the year.\n"
    )
    assert agency(text, "63") == "Coast Guard Ninth District"


def test_the_services_name_stays_the_services_without_a_district_in_the_lead() -> None:
    text = (
        "Coast Guard reports more seizures\n\n"
        "CLEVELAND - The Coast Guard released its counter-drug results for fiscal year 2026 on "
        "Monday, a year in which its crews patrolled four lakes and two rivers.\n\n"
        "Coast Guard crews detained 63 suspects during the year.\n"
    )
    assert agency(text, "63") == "Coast Guard"


def test_a_cutter_named_as_the_actor_takes_its_seizure() -> None:
    text = (
        "Coast Guard Lakes district reports more seizures\n\n"
        "CLEVELAND - The Coast Guard Ninth District released its counter-drug results for "
        "fiscal year 2026 on Monday, a year in which its crews patrolled four lakes.\n\n"
        "The Coast Guard Cutter Alder offloaded 2,140 pounds of cocaine in May.\n"
    )
    assert agency(text, "2,140") == "Coast Guard Cutter Alder"


def test_a_cutters_crew_offloading_stays_the_services() -> None:
    text = (
        "Coast Guard offloads cocaine\n\n"
        "MIAMI - The crew of the Coast Guard Cutter Alder offloaded approximately 2,140 pounds "
        "of cocaine worth an estimated $28 million Wednesday at Port Everglades.\n"
    )
    assert agency(text, "approximately 2,140") != "Coast Guard Cutter Alder"


def test_task_forces_named_together_take_their_figures() -> None:
    text = (
        "Port task forces seize more heroin\n\n"
        "GENEVA, 20 July 2026 - Joint Harbour Search Task Forces (JHSTFs) supported by the "
        "Harbour Exchange Project seized 2.6 tonnes of heroin at partner ports in 2025, "
        "according to results released today.\n\n"
        "The JHSTFs arrested 412 suspects during the year, and the task forces also recorded "
        "733 seizures of cannabis.\n"
    )
    assert agency(text, "412") == "Joint Harbour Search Task Forces"
    assert agency(text, "733") == "Joint Harbour Search Task Forces"


def test_task_forces_qualifying_a_case_name_no_actor() -> None:
    text = (
        "Ring dismantled\n\n"
        "HOUSTON - Fourteen people were charged in the case, an Organized Crime Drug "
        "Enforcement Task Forces (OCDETF) investigation led by the Drug Enforcement "
        "Administration. Agents seized 38 kilograms of cocaine.\n"
    )
    assert agency(text, "38") != "Organized Crime Drug Enforcement Task Forces"
