"""English reports, issue 14 round 49 (agencies). Made-up releases, each rule with a
counter-example: a public body named in French, its words in lower case ("Institut régional de
toxicologie de la Gaspésie"), is an agency the figures can go to (an English "Division includes"
or "Office provides" is no French name); a national force introduced in a province by its
lettered division ("The Royal Canadian Mounted Police in Manitoba, "D" Division") is that division
(a force introduced with no division stays the force); a criminal police office keeps its
"Office" and the place after it ("the State Criminal Police Office of Thuringia"), not a
"Police" that no "Office" follows."""

from __future__ import annotations

from datetime import date

from narcokg.extract.agency_french_names import french_names
from tests.extract import sentences

DAY = date(2026, 3, 10)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


def test_a_body_named_in_french_is_the_agency_of_its_figures() -> None:
    text = (
        "Overdose deaths in the Gaspésie rise, toxicology institute reports\n\n"
        "GASPÉ, March 10, 2026 - The Institut régional de toxicologie de la Gaspésie (IRTG) "
        "today published its yearly review. It counted 74 deaths from suspected drug poisoning "
        "in 2025, compared with 61 the year before.\n"
    )
    assert agency(text, "74 deaths") == "Institut régional de toxicologie de la Gaspésie"


def test_a_french_unit_named_after_its_service_keeps_its_figures() -> None:
    text = (
        "Rimouski police dismantle a cocaine network\n\n"
        "RIMOUSKI, March 10, 2026 - The Service de police de Rimouski announced the end of an "
        "investigation.\n\n"
        "Over eight months, the Division des enquêtes executed 14 search warrants "
        "and arrested 9 people.\n"
    )
    assert agency(text, "14 search warrants") == "Division des enquêtes"


def test_the_lower_case_words_stop_before_an_english_word() -> None:
    found = [label for _, _, label in french_names("the Bureau du coroner showed 12 deaths")]
    assert found == ["Bureau du coroner"]


def test_an_english_name_with_des_inside_a_word_is_no_french_name() -> None:
    text = (
        "The Narcotics Division includes district offices in four states. The Sheriff's Office "
        "provides patrol services, and the Bureau made more arrests."
    )
    assert french_names(text) == []


def test_a_force_in_a_province_introduced_by_its_lettered_division_is_the_division() -> None:
    text = (
        "Manitoba RCMP: cocaine seizures double in 2025\n\n"
        'WINNIPEG, Manitoba - The Royal Canadian Mounted Police in Manitoba, "D" Division, '
        "today released its drug enforcement figures for 2025.\n\n"
        "Manitoba RCMP officers seized 41.5 kilograms of cocaine during the year. RCMP members "
        "laid 312 drug charges.\n"
    )
    assert agency(text, "41.5 kilograms") == '"D" Division'
    assert agency(text, "312 drug charges") == '"D" Division'


def test_a_force_introduced_without_a_division_stays_the_force() -> None:
    text = (
        "RCMP: cocaine seizures double in 2025\n\n"
        "WINNIPEG, Manitoba - The Royal Canadian Mounted Police in Manitoba today released its "
        "drug enforcement figures for 2025, when Division officers were busy.\n\n"
        "RCMP members laid 312 drug charges.\n"
    )
    assert agency(text, "312 drug charges") == "Royal Canadian Mounted Police"


def test_a_criminal_police_office_keeps_its_office_and_its_place() -> None:
    text = (
        "State Criminal Police Office: drug offences fall in Thuringia\n\n"
        "ERFURT, 12 May 2026 - The State Criminal Police Office of Thuringia today presented "
        "its drug situation report for 2025. Police in Thuringia recorded 9,412 drug offences "
        "last year.\n"
    )
    assert agency(text, "9,412") == "State Criminal Police Office of Thuringia"


def test_a_criminal_police_office_named_without_a_place_keeps_its_office() -> None:
    text = (
        "ERFURT, 12 May 2026 - The Thuringian State Criminal Police Office (TLKA) today "
        "presented its drug situation report. The TLKA counted 9,412 drug offences in 2025.\n"
    )
    assert agency(text, "9,412") == "Thuringian State Criminal Police Office"


def test_a_police_no_office_follows_stays_itself() -> None:
    text = (
        "ERFURT, 12 May 2026 - The Thuringian State Criminal Police today presented its drug "
        "situation report. It counted 9,412 drug offences in 2025.\n"
    )
    assert agency(text, "9,412") == "Thuringian State Criminal Police"
