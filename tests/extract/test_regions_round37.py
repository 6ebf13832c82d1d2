"""English reports, issue 14 round 37 (branch eng-rg38): a town force's name in plural or with
"Community" before "Police", or of a town below the town list's 15,000 people, names its
province; more tribal nations of one state; a federal field office named for its seat city is
that city's state, unless its lead lists the area it covers (read past "U.S." and with US
territories), and keeps the federal fiscal year.
Made-up releases and figures (real place names of no corpus report); each rule has a case it
must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import scope
from narcokg.extract.gazetteer import find_regions, load_regions
from narcokg.extract.issuer import lead_end
from narcokg.extract.tribal_lands import nation_state
from tests.extract import sentences

WINTER = date(2026, 2, 10)
AUTUMN = date(2026, 10, 28)


def _town_force(name: str, town: str) -> str:
    return (
        f"{name}\nNEWS RELEASE\n\nDrug charges rise in {town}\n\n"
        f"The {name} laid 143 drug charges against 61 people in 2025, up from 120 charges in "
        "2024, the service said in its annual enforcement summary released today.\n\n"
        "Officers seized 2.3 kilograms of cocaine during the year."
    )


def test_a_plural_force_name_names_its_province() -> None:
    text = _town_force("Cobourg Police Services", "Cobourg")
    assert sentences.home_region(text, WINTER) == ("Ontario",)


def test_a_community_police_service_names_its_province() -> None:
    text = _town_force("Brockville Community Police Service", "Brockville")
    assert sentences.home_region(text, WINTER) == ("Ontario",)


def test_a_small_towns_force_names_its_province() -> None:
    # Kentville (about 12,600 people) is below the 15,000 list: read from the 5,000 list
    text = _town_force("Kentville Police Service", "Kentville")
    assert sentences.home_region(text, WINTER) == ("Nova Scotia",)


def test_a_force_of_no_listed_town_gets_no_province() -> None:
    text = _town_force("Harbour Community Police Service", "the harbour")
    assert sentences.home_region(text, WINTER) != ("Nova Scotia",)


def test_a_washington_nation_names_its_state() -> None:
    text = "The Swinomish Tribal Police Department made 64 drug arrests in fiscal year 2026."
    assert nation_state(text) == "Washington"


def test_a_city_of_a_nations_name_is_no_nation() -> None:
    assert nation_state("The Spokane Police Department made 310 drug arrests in 2025.") is None


FIELD_OFFICE = (
    "U.S. Customs and Border Protection\n"
    "Local Media Release\n\n"
    "Houston Field Office Seizures Climb in Fiscal Year 2026\n\n"
    "PORT ARTHUR - U.S. Customs and Border Protection officers of the Houston Field Office "
    "seized 8,420 pounds of narcotics at the office's ports of entry during fiscal year 2026, "
    "compared with 7,160 pounds in fiscal year 2025, the agency announced today.\n\n"
    "Officers seized 2,310 pounds of cocaine during the year."
)


def test_a_field_office_named_for_its_seat_is_its_states() -> None:
    assert sentences.home_region(FIELD_OFFICE, AUTUMN) == ("Texas",)


def test_a_field_office_that_lists_its_area_takes_the_area() -> None:
    text = FIELD_OFFICE.replace(
        "the agency announced today.",
        "the agency announced today. The office covers Texas and Louisiana.",
    )
    assert sentences.home_region(text, AUTUMN) == ("Texas", "Louisiana")


TERRITORIES = (
    "HSI Ponce Cocaine Seizures Rise in Fiscal Year 2026\n\n"
    "PONCE, Puerto Rico - Homeland Security Investigations (HSI) Ponce today announced its "
    "results for fiscal year 2026. The office's area of responsibility covers Puerto Rico and "
    "the U.S. Virgin Islands.\n\n"
    "Special agents seized 9,400 pounds of cocaine during the fiscal year."
)


def test_a_covered_list_reads_past_us_initials() -> None:
    known = load_regions(sentences.GAZETTEER)
    names = find_regions(TERRITORIES, known, "United States")
    title_end = TERRITORIES.index("\n")
    lead = (title_end, lead_end(TERRITORIES, title_end))
    covered = scope.covered(TERRITORIES, *lead, names, known, "United States")
    assert covered == ("Puerto Rico", "United States Virgin Islands")


def test_a_covered_list_stops_at_a_sentences_end() -> None:
    text = TERRITORIES.replace("Puerto Rico and the U.S.", "Puerto Rico. Its agents serve the U.S.")
    known = load_regions(sentences.GAZETTEER)
    names = find_regions(text, known, "United States")
    title_end = text.index("\n")
    covered = scope.covered(
        text, title_end, lead_end(text, title_end), names, known, "United States"
    )
    assert covered != ("Puerto Rico", "United States Virgin Islands")


HSI_OFFICE = (
    "HSI Phoenix Seizures Rise in Fiscal Year 2026\n\n"
    "PHOENIX - Homeland Security Investigations (HSI) Phoenix seized 21,300 pounds of narcotics "
    "during fiscal year 2026, up from 18,900 pounds in fiscal year 2025, the special agent in "
    "charge announced today.\n\n"
    "Agents seized 4,120 pounds of fentanyl during the year."
)


def test_an_hsi_office_keeps_the_federal_fiscal_year_in_its_state() -> None:
    found = sentences.by_quote(HSI_OFFICE, AUTUMN)
    seized = sentences.starting(found, "21,300")
    assert seized.regions == ("Arizona",)
    assert seized.period == "2025-10-01/2026-09-30"  # not Arizona's July-June year


def test_an_office_whose_lead_names_other_states_is_no_seats() -> None:
    text = HSI_OFFICE.replace("narcotics ", "narcotics across Arizona and Nevada ", 1)
    assert sentences.home_region(text, AUTUMN) != ("Arizona",)
