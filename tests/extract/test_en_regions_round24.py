"""English reports, issue 14 round 24 (the home region and figure regions): a regional body's
report is its members' as a set, not its seat's country, when its name holds a bloc whose
membership is known (ASEAN, the African Union) or when the lead lists the members' bodies ("data
supplied by the … Units of A, B and C"). Made-up sentences; each rule has a case it must not
fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import reporting_members
from narcokg.extract.blocs import AFRICAN_UNION, ASEAN
from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.gazetteer import load_regions
from tests.extract import sentences

SPRING = date(2026, 5, 12)
REGIONS = load_regions(sentences.GAZETTEER)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SPRING)


# --- a bloc's members, never listed --------------------------------------------------------------

ASEAN_DESK = (
    "Regional precursor bulletin 2025\n\n"
    "Jakarta, 12 May 2026 - ASEAN Precursor Control Desk (APCD)\n\n"
    "This bulletin brings together the returns {lead} sent to the desk for the year.\n\n"
    "Officers intercepted 3,412 litres of safrole oil in 2025, up from 2,980 litres in 2024.\n"
)


def test_an_asean_body_speaking_of_its_member_states_is_the_ten_members() -> None:
    text = ASEAN_DESK.format(lead="that the Member States")
    assert set(figure(text, "3,412 litres").regions) == set(ASEAN)


def test_an_asean_body_that_never_speaks_of_member_states_keeps_its_place() -> None:
    text = ASEAN_DESK.format(lead="that the national agencies")
    assert set(figure(text, "3,412 litres").regions) != set(ASEAN)


def test_an_african_union_body_in_capitals_is_the_union_s_members() -> None:
    text = (
        "AFRICAN UNION CENTRE FOR DRUG POLICY STUDIES\n\n"
        "Addis Ababa, 12 May 2026\n\n"
        "The centre today published the continental figures that Member States returned for "
        "2025, the first full year of its shared reporting form.\n\n"
        "Treatment centres admitted 61,300 people for cannabis use during 2025.\n"
    )
    regions = figure(text, "61,300 people").regions
    assert len(regions) == 55 and set(regions) == set(AFRICAN_UNION)


# --- the members' bodies before their list -------------------------------------------------------


def test_a_list_after_the_members_bodies_is_the_report_s_set() -> None:
    text = (
        "Island narcotics summary 2025\n\n"
        "Nuku'alofa, Tonga - 12 May 2026 - Seizures of cocaine across the southern islands rose in "
        "2025, according to the yearly summary released today by the Island Narcotics Desk.\n\n"
        "The summary compiles figures supplied by the Harbour Intelligence Cells (HICs) of Samoa, "
        "Tonga, Niue and Vanuatu.\n\n"
        "Agencies seized 918 kilograms of cocaine in 2025, up from 640 kilograms in 2024.\n"
    )
    assert set(figure(text, "918 kilograms").regions) == {"Samoa", "Tonga", "Niue", "Vanuatu"}


def test_a_country_named_with_of_is_still_read_whole() -> None:
    # a list of countries as it stands keeps its first member ("Republic of ... of" is no body)
    text = (
        "Data were supplied by the Democratic Republic of the Congo, Rwanda and Uganda; the "
        "summary covers 2025.\n"
    )
    found = reporting_members.reporting_members(text, 0, len(text), REGIONS)
    assert found == ("Democratic Republic of the Congo", "Rwanda", "Uganda")


# --- a "respectively" list of bodies named for their countries ----------------------------------

MEMBERS_LEAD = (
    "Southern Cone drug summary 2025\n\n"
    "Asunción, 12 May 2026 - The Southern Cone Drug Council today published the figures its four "
    "member states (Argentina, Chile, Paraguay and Uruguay) reported for 2025.\n\n"
)


def test_each_body_of_a_respectively_list_places_its_own_figure() -> None:
    text = MEMBERS_LEAD + (
        "The Investigations Police of Chile and the Federal Police of Argentina reported 14.2 "
        "and 9.6 tonnes of cocaine respectively.\n"
    )
    assert figure(text, "14.2").regions == ("Chile",)
    assert figure(text, "9.6 tonnes").regions == ("Argentina",)


def test_adjectives_of_a_respectively_list_place_their_figures() -> None:
    text = (
        "Joint action on the Rhine ports, 2026\n\n"
        "Strasbourg, 12 May 2026 - Police of France, Germany and the Netherlands ended a joint "
        "action against cocaine couriers on the Rhine barges.\n\n"
        "Dutch, German and French officers made 41, 26 and 12 arrests respectively.\n"
    )
    assert figure(text, "41").regions == ("Netherlands",)
    assert figure(text, "26").regions == ("Germany",)
    assert figure(text, "12 arrests").regions == ("France",)


def test_a_list_longer_than_its_run_of_figures_places_nothing_by_order() -> None:
    # three bodies, two figures: no pairing by order, the figures keep the body's set
    text = MEMBERS_LEAD + (
        "The police of Chile, the police of Paraguay and the police of Uruguay seized 310 and 95 "
        "kilograms of cannabis respectively.\n"
    )
    assert figure(text, "310").regions != ("Chile",)
    assert figure(text, "95 kilograms").regions != ("Paraguay",)
