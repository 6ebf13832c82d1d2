"""English reports, issue 14 round 22 (the home region and figure regions): a local police force
that publishes its report under a letterhead is in its province, and a regional body's
reporting members are read after "submitted by", with "St." for "Saint" and below a dateline's
line. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer, municipal, reporting_members, scope
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.gazetteer import load_regions
from tests.extract import sentences

SPRING = date(2026, 4, 2)
REGIONS = load_regions(sentences.GAZETTEER)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


# --- a local force's letterhead: its province ---------------------------------------------------

#: A letterhead, a headline of more than 100 characters (the "lead"), then the dateline's paragraph.
LETTERHEAD = (
    "{force}\n"
    "News Release\n\n"
    "Project Marlin takes apart a cocaine and fentanyl supply line in the north end; drug charges "
    "climb in 2025\n\n"
    "{dateline} - The {force} Drug Unit has concluded Project Marlin. Officers seized "
    "4.8 kilograms of cocaine during the project. Investigators believe the cocaine came from a "
    "supplier in Vancouver, British Columbia, and that the network sold pills across Canada.\n"
)


def test_a_local_force_under_a_letterhead_is_in_its_datelines_province() -> None:
    dateline = "LAKEVIEW, ON - April 2, 2026"
    text = LETTERHEAD.format(force="Lakeview Police Service", dateline=dateline)
    assert figure(text, "4.8 kilograms").regions == ("Ontario",)


def test_a_local_force_named_after_a_listed_city_is_in_its_province() -> None:
    text = LETTERHEAD.format(force="SASKATOON POLICE SERVICE", dateline="Saskatoon")
    assert figure(text, "4.8 kilograms").regions == ("Saskatchewan",)
    # by its name alone, with no dateline naming a province
    found = municipal.publisher_province(text, "Saskatoon Police Service", REGIONS, "Canada")
    assert found == "Saskatchewan"


def test_a_force_named_after_its_country_is_no_local_force() -> None:
    text = "Ghana Police Service\n\nACCRA, ON - The service seized 12 kilograms.\n"
    assert municipal.publisher_province(text, "Ghana Police Service", REGIONS, "Ghana") is None
    assert municipal.force_named(text, 0, "Royal Canadian Mounted Police") is None


def test_a_dateline_of_another_country_places_no_local_force() -> None:
    text = "Lakeview Police Service\n\nLAKEVIEW, ON - The service seized 12 kilograms.\n"
    assert municipal.publisher_province(text, "Lakeview Police Service", REGIONS, "Canada") == (
        "Ontario"
    )
    assert municipal.publisher_province(text, "Lakeview Police Service", REGIONS, "Mexico") is None


def test_an_english_forces_name_in_a_canadian_report_is_not_england() -> None:
    text = (
        "SPS concludes Project Marlin as cocaine seizures climb in 2025\n\n"
        "SURREY, B.C., April 2, 2026 — The Surrey Police Service (SPS) has concluded Project "
        "Marlin, an investigation into a dial-a-dope network. Officers seized 4.8 kilograms of "
        "cocaine during the project.\n"
    )
    assert figure(text, "4.8 kilograms").regions == ("British Columbia",)
    assert scope.force_area(text, "Surrey Police Service", REGIONS, "Canada") == "British Columbia"
    assert scope.force_area(text, "Surrey Police", REGIONS, "United Kingdom") == "England"


def test_an_english_force_in_a_british_report_is_still_england() -> None:
    text = (
        "Surrey Police\n\nDrug results for 2025\n\n"
        "Officers across the county seized 31 kilograms of cannabis in 2025, police in the United "
        "Kingdom said, as the force published its yearly figures for the whole of its area.\n"
    )
    assert figure(text, "31 kilograms").regions == ("England",)


# --- a regional body's reporting members --------------------------------------------------------

#: A made-up regional body; the seat's country (Barbados) is named most.
BODY = (
    "Caribbean Drug Council\n"
    "Regional summary of the drug situation, 2025\n"
    "Bridgetown, Barbados, 2 April 2026\n\n"
    "{lead}\n\n"
    "Seizures\n"
    "The reporting states seized 2,480 kilograms of cocaine in 2025. Barbados hosted the "
    "meeting in Barbados.\n"
)


def test_members_who_submitted_the_data_are_the_home() -> None:
    lead = (
        "The council's annual meeting approved this summary of the year's figures. Data were "
        "submitted by Barbados, Grenada, Jamaica and Saint Lucia; Guyana, which joined in 2025, "
        "will report from next year."
    )
    home = figure(BODY.format(lead=lead), "2,480 kilograms").regions
    assert set(home) == {"Barbados", "Grenada", "Jamaica", "Saint Lucia"}


def test_two_groups_of_members_reporting_are_one_home() -> None:
    lead = (
        "The council presents the figures reported for 2025 by the States Parties (Barbados, "
        "Grenada and Jamaica) and by the Associated States Belize and Guyana. Suriname's figures "
        "were not received in time."
    )
    home = figure(BODY.format(lead=lead), "2,480 kilograms").regions
    assert set(home) == {"Barbados", "Grenada", "Jamaica", "Belize", "Guyana"}


def test_saint_shortened_is_a_member_of_the_list() -> None:
    lead = (
        "The council has presented its annual summary of the drug situation to its ministers, "
        "covering its five Member States: Barbados, Grenada, St. Kitts and Nevis, St. Lucia, "
        "and St. Vincent and the Grenadines."
    )
    home = figure(BODY.format(lead=lead), "2,480 kilograms").regions
    assert set(home) == {
        "Barbados",
        "Grenada",
        "Saint Kitts and Nevis",
        "Saint Lucia",
        "Saint Vincent and the Grenadines",
    }
    assert gazetteer.world_countries()["St. Kitts and Nevis"] == "Saint Kitts and Nevis"


def test_a_list_below_a_datelines_line_is_read() -> None:
    text = (
        "Caribbean Drug Council\n"
        "Annual report on the drug situation in the region, 2025: cocaine seizures fall as "
        "couriers move to sea routes\n\n"
        "Bridgetown, 2 April 2026\n\n"
        "On the occasion of its annual meeting, the council publishes the summary of its report "
        "for 2025, prepared from the national returns of the member states.\n\n"
        "Four member states submitted their returns for 2025: Barbados, Grenada, Jamaica and "
        "Saint Lucia.\n\n"
        "The reporting states seized 2,480 kilograms of cocaine in 2025. Barbados hosted the "
        "meeting in Barbados.\n"
    )
    home = figure(text, "2,480 kilograms").regions
    assert set(home) == {"Barbados", "Grenada", "Jamaica", "Saint Lucia"}


def test_a_list_after_submitted_by_that_holds_no_country_is_no_list_of_members() -> None:
    found = reporting_members._lists(
        "Data were submitted by the regional offices and the coast guard.", 0, 70, REGIONS
    )
    assert found == []


def test_the_window_stays_one_paragraph_after_a_long_one() -> None:
    text = "Title\n" + "x" * 120 + "\n\n" + "y" * 120 + "\n\n" + "z" * 120 + "\n"
    lead_end = 6 + 120
    assert reporting_members.members_window(text, lead_end) == lead_end + 2 + 120
