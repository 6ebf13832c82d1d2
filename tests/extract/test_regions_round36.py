"""English reports, issue 14 round 36 (branch eng-rg37): a tribal body's own nation or
reservation names its state (and the United States) when the text names none, and "Indian" in
the name of a body of America's native nations ("Indian Health Service") is no India. Made-up
releases and figures (real nation names, no corpus report's sentences); each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.multi_state import names_a_sea
from narcokg.extract.tribal_lands import nation_state
from tests.extract import sentences

AUTUMN = date(2026, 10, 28)

TRIBAL = (
    "LEECH LAKE TRIBAL POLICE DEPARTMENT\n"
    "Cass Lake\n\n"
    "Tribal Police Report Fiscal Year 2026 Drug Results\n\n"
    "CASS LAKE - The Leech Lake Tribal Police Department made 188 drug arrests during the "
    "Band's fiscal year 2026, up from 162 in fiscal year 2025, the department said.\n\n"
    "The Indian Health Service clinic in Cass Lake treated 74 overdose patients during the "
    "fiscal year."
)


def test_a_tribal_police_takes_its_nations_state() -> None:
    assert sentences.home_region(TRIBAL, AUTUMN) == ("Minnesota",)


def test_the_indian_health_services_figure_is_no_indias() -> None:
    found = sentences.by_quote(TRIBAL, AUTUMN)
    patients = sentences.starting(found, "74")
    assert "India" not in patients.regions


def test_a_nation_of_several_states_gives_no_one_state() -> None:
    assert nation_state("The Navajo Nation Police made 310 drug arrests in 2025.") is None


def test_a_lake_of_a_nations_name_is_no_nation() -> None:
    # no tribal word after the name: a lake, not the Band
    assert nation_state("Anglers on Leech Lake reported 12 boats stolen in 2025.") is None


def test_an_indian_agency_stays_indias() -> None:
    assert not names_a_sea("Indian Narcotics Control Bureau")
    assert names_a_sea("Indian Health Service")
