"""English reports, round 20 (measures, part C, branch ms21c): the registry's words applied too
widely. Arrest warrants are warrants, counted by what was done to them, neither the arrests
before the word nor search warrants; fugitives taken into custody are counted by their own name,
not as new suspects arrested. Made-up sentences."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2025, 3, 1)


def drafted(text: str) -> dict[str, tuple[str, str]]:
    draft = sentences.drafted("Agency bulletin\n\n" + text, SPRING)
    return {m.mention.quote: (m.measure, m.unit) for m in draft.measurements}


def test_arrest_warrants_served_are_warrants() -> None:
    found = drafted("In 2024 marshals detained 812 people and served 2,377 arrest warrants.")
    assert found["2,377 arrest warrants"] == ("arrest-warrants-served", "warrant")
    assert found["812 people"][0] == "suspects-arrested"


def test_arrest_warrants_executed_are_not_search_warrants() -> None:
    found = drafted("In 2024 the prosecutors executed 95 arrest warrants.")
    assert found["95 arrest warrants"] == ("arrest-warrants-executed", "warrant")


def test_search_warrants_stay_the_registry_concept() -> None:
    found = drafted("In 2024 detectives executed 61 search warrants and made 44 arrests.")
    assert found["61 search warrants"] == ("search-warrants-executed", "warrant")
    assert found["44 arrests"][0] == "suspects-arrested"


def test_fugitives_arrested_are_not_new_suspects() -> None:
    found = drafted("In 2024 task force officers arrested 3,905 fugitives across the region.")
    assert found["3,905 fugitives"] == ("fugitives-arrested", "person")


def test_fugitives_captured_drop_their_modifier() -> None:
    found = drafted("In 2024 the provincial police captured 27 drug-related fugitives.")
    assert found["27 drug-related fugitives"][0] == "fugitives-captured"


def test_fugitives_with_a_passive_verb_after() -> None:
    found = drafted("In the second quarter of 2024, 1,064 fugitives were apprehended.")
    assert found["1,064 fugitives"][0] == "fugitives-apprehended"


def test_fugitives_in_a_reward_notice_stay_the_registry_concept() -> None:
    found = drafted("In 2024 the bureau listed 12 fugitives in a public reward notice.")
    assert found["12 fugitives"][0] == "fugitives-in-reward-notice"


def test_suspects_detained_stay_suspects_arrested() -> None:
    found = drafted("In 2024 officers detained 318 suspected couriers at the airport.")
    assert found["318 suspected couriers"][0] == "suspects-arrested"


def test_cases_a_laboratory_completed_are_not_cases_cracked() -> None:
    found = drafted("In 2024 the state forensic laboratory completed 8,412 drug chemistry cases.")
    assert found["8,412 drug chemistry cases"] == ("drug-chemistry-cases-completed", "case")


def test_cases_cracked_stay_the_registry_concept() -> None:
    found = drafted("In 2024 detectives cracked 412 drug cases across the province.")
    assert found["412 drug cases"][0] == "drug-crime-cases-cracked"
