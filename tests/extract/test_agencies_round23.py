"""English reports, issue 14 round 23 (agencies): a police force's unit named with the force's
acronym runs the lead's project ("The X Police Service (XPS) Drug Unit has concluded Project
Y"), "Section" and "Field Office" head a unit's name. Made-up sentences, each with a
counter-example."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

DAY = date(2026, 3, 1)


def agency(text: str, quote_start: str) -> str | None:
    return sentences.agency_of(text, quote_start, DAY)


#: A force's release: a long headline, the lead naming the unit after the force's acronym, the
#: project's own heading, then the force's year under a heading of its own.
_RELEASE = (
    "Kestrel Falls Police Service\n"
    "News Release\n\n"
    "Project Thornbury dismantles cocaine network across the north end; drug charges rise 9.4% "
    "in 2025\n\n"
    "KESTREL FALLS - March 2, 2026 - The Kestrel Falls Police Service (KFPS) {unit}{helper} has "
    "concluded Project Thornbury, an investigation into a network selling cocaine in the north "
    "end. The project ran from May 5 to October 17, 2025.\n\n"
    "Project Thornbury\n\n"
    "During the project, officers executed 13 search warrants and seized 2.8 kilograms of "
    "cocaine.\n\n"
    "KFPS enforcement in 2025\n\n"
    "Across the service, officers laid 1,210 drug charges in 2025.\n"
)


def test_a_unit_after_its_forces_acronym_runs_the_project() -> None:
    text = _RELEASE.format(unit="Street Crime Unit", helper="")
    assert agency(text, "13 search") == "Street Crime Unit"
    assert agency(text, "2.8 kilograms") == "Street Crime Unit"


def test_the_forces_own_year_under_its_heading_stays_the_forces() -> None:
    # counter-example: the section after the project's ends at the next heading
    text = _RELEASE.format(unit="Street Crime Unit", helper="")
    assert agency(text, "1,210") == "Kestrel Falls Police Service"


def test_a_helper_between_the_unit_and_its_verb() -> None:
    text = _RELEASE.format(
        unit="Street Crime Unit", helper=", assisted by the Harbour Regional Police,"
    )
    assert agency(text, "13 search") == "Street Crime Unit"


def test_a_section_heads_a_units_name() -> None:
    text = _RELEASE.format(unit="Guns and Gangs Section", helper="")
    assert agency(text, "2.8 kilograms") == "Guns and Gangs Section"


def test_a_statutes_section_is_no_body() -> None:
    # counter-example: "Section" before a number is a statute's
    text = (
        "Molvanian State Police\nAnnual drug report\n\n"
        "Troopers arrested 840 people, of whom 212 were charged under Penal Law Section 4-210 "
        "with intent to distribute.\n"
    )
    assert agency(text, "840") == "Molvanian State Police"


def test_the_acronym_front_of_a_unit_the_text_also_names_bare_is_dropped() -> None:
    text = (
        "Kestrel Falls Police Service\nNews Release\n\n"
        "The Kestrel Falls Police Service (KFPS) reported its 2025 results today.\n\n"
        "The Street Crime Unit led the work. In 2025, the KFPS Street Crime Unit executed 61 "
        "search warrants.\n"
    )
    assert agency(text, "61") == "Street Crime Unit"


def test_a_unit_named_only_with_the_acronym_keeps_it() -> None:
    # counter-example: the text never calls the unit by its bare name
    text = (
        "Kestrel Falls Police Service\nNews Release\n\n"
        "The Kestrel Falls Police Service (KFPS) reported its 2025 results today.\n\n"
        "In 2025, the KFPS Marine Unit made 17 seizures at sea.\n"
    )
    assert agency(text, "17") == "KFPS Marine Unit"


def test_a_unit_of_its_owner_without_an_article_runs_the_project() -> None:
    text = (
        "Harbour Regional Police - News Release\n\n"
        "Project Lindenmoor dismantles a fentanyl pipeline through the port; drug charges up "
        "7 per cent in 2025\n\n"
        "Port Aster, April 2, 2026 - Investigators with the Narcotics Unit (HNU) of Harbour "
        "Regional Police have concluded Project Lindenmoor, an investigation into a network "
        "that moved fentanyl through the port.\n\n"
        "Over the course of the project, investigators arrested 15 individuals.\n"
    )
    assert agency(text, "15 individuals") == "Narcotics Unit"


def test_a_field_office_is_a_unit() -> None:
    text = (
        "Molvanian Bureau of Investigation\nAnnual results, fiscal year 2026\n\n"
        "The bureau opened 2,140 drug investigations nationwide. The Port Aster Field Office, "
        "which covers three coastal states, initiated 88 investigations.\n"
    )
    assert agency(text, "88") == "Port Aster Field Office"
    # counter-example: the bureau's own national figure
    assert agency(text, "2,140") == "Molvanian Bureau of Investigation"


#: A force's news page whose lead names no unit: the operation's own section names it.
_NEWS = (
    "Wexmoor Police\nNews\n\nPublished 4 May 2026\n\n"
    "Drug supply lines closed as Operation Halloran ends with 38 arrests across the county\n\n"
    "A five-week operation against dealers supplying heroin into the county has ended, and new "
    "figures show the force closed more supply lines in 2025/26 than ever before.\n\n"
    "Operation Halloran\n\n"
    "Operation Halloran ran from 9 March to 10 April 2026 and {led}.\n\n"
    "Officers executed 26 warrants during the operation and seized 2.4 kilograms of heroin.\n\n"
    "The year in numbers\n\n"
    "Over the 2025/26 financial year, Wexmoor Police closed 64 supply lines.\n"
)


def test_the_unit_the_operations_section_says_led_it_runs_it() -> None:
    text = _NEWS.format(led="was led by the force's Serious Crime Command")
    assert agency(text, "26 warrants") == "Serious Crime Command"
    # counter-example: the force's year under the next heading stays the force's
    assert agency(text, "64") == "Wexmoor Police"


def test_a_unit_only_named_in_the_section_without_leading_it_does_not() -> None:
    # counter-example: the section names a unit that did not run the operation
    text = _NEWS.format(led="the Serious Crime Command later reviewed the arrests")
    assert agency(text, "26 warrants") == "Wexmoor Police"


def test_a_health_body_reporting_a_figure_is_a_body() -> None:
    text = (
        "Kestrel Falls Police Service\nNews Release\n\n"
        "The Kestrel Falls Police Service (KFPS) released its 2025 drug figures today. Officers "
        "laid 910 drug charges in 2025.\n\n"
        "Lakeshire Public Health reported 57 opioid deaths among residents in 2025. Hospital "
        "emergency departments recorded 820 visits for overdoses. Marsh Valley Health, which "
        "runs the supervised site on Quay Street, reports that staff reversed 74 overdoses.\n"
    )
    assert agency(text, "57") == "Lakeshire Public Health"
    assert agency(text, "820") == "Lakeshire Public Health"
    assert agency(text, "74") == "Marsh Valley Health"
    # counter-example: the force's own figure before them
    assert agency(text, "910") == "Kestrel Falls Police Service"


def test_a_health_body_named_without_a_reporting_verb_is_left_alone() -> None:
    # counter-example: no reporting verb after the name
    text = (
        "Kestrel Falls Police Service\nNews Release\n\n"
        "The Kestrel Falls Police Service (KFPS) released its 2025 drug figures today.\n\n"
        "Under an agreement with Lakeshire Public Health, officers handed out 640 naloxone kits.\n"
    )
    assert agency(text, "640") == "Kestrel Falls Police Service"
