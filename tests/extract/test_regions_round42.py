"""English reports, issue 14 round 42 (branch eng-rg43): a programme's note naming its partner
countries, or the countries where its figures were made, is the report's home; a body's
territory that lies in several states, or whose area covers them, takes them all. Made-up
releases and figures; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import noted_countries
from tests.extract import sentences

SPRING = date(2026, 4, 20)


def _programme(note: str) -> str:
    return (
        "Harbour Watch programme reports record seizures in 2025\n\n"
        "Oslo, 20 April 2026 - Port units supported by the Harbour Watch Programme seized 12.4 "
        "tonnes of cocaine in 2025, up from 9.1 tonnes in 2024, the programme said in its annual "
        "results released today in Oslo.\n\n"
        "The units arrested 214 suspects during the year and inspected 3,820 containers, against "
        "2,960 the year before.\n\n"
        f"Notes to editors\n\n{note} The programme is funded by several donors."
    )


def test_a_note_naming_the_partner_countries() -> None:
    text = _programme("The partner countries of Harbour Watch 2.0 are Ghana, Senegal and Togo.")
    assert sentences.home_region(text, SPRING) == ("Ghana", "Senegal", "Togo")


def test_a_note_on_the_following_partner_countries() -> None:
    note = "In 2025 the programme supported port units in the following partner countries: Peru, "
    text = _programme(note + "Ecuador and Chile.")
    assert sentences.home_region(text, SPRING) == ("Peru", "Ecuador", "Chile")


def test_a_note_on_where_the_figures_were_made() -> None:
    note = "The 2025 figures cover the port units at container terminals in Kenya and Tanzania."
    text = _programme(note)
    assert sentences.home_region(text, SPRING) == ("Kenya", "Tanzania")


def test_a_note_naming_no_countries_leaves_the_dateline() -> None:
    # a note that names no partner country: the dateline's country, as before
    text = _programme("The figures cover all container terminals the units inspect.")
    assert sentences.home_region(text, SPRING) == ("Norway",)


def _tribal(clause: str, dateline: str) -> str:
    return (
        "Tribal police drug arrests rise in 2025\n\n"
        f"{dateline} (Feb. 20, 2026) - The Redwater Lake Tribal Police Department today released "
        f"its 2025 drug enforcement summary for the Redwater Lake Reservation{clause}.\n\n"
        "Officers made 142 drug arrests in 2025, up from 118 in 2024, the chief of police said. "
        "They also seized 2,300 fentanyl pills during the year."
    )


def test_a_reservation_whose_communities_lie_in_two_states() -> None:
    clause = ", whose communities lie in western Minnesota and eastern North Dakota"
    text = _tribal(clause, "GRANITE FALLS, Minn.")
    assert sentences.home_region(text, SPRING) == ("Minnesota", "North Dakota")


def test_a_territory_which_lies_in_both_provinces() -> None:
    text = _tribal(", which lies in both Manitoba and Saskatchewan", "FLIN FLON, Man.")
    assert sentences.home_region(text, SPRING) == ("Manitoba", "Saskatchewan")


def test_a_reservation_in_one_state_keeps_its_state() -> None:
    # a passing "lies" clause on something else: the dateline's state
    text = _tribal(
        ", where the river that lies in western Minnesota widens", "GRANITE FALLS, Minn."
    )
    assert sentences.home_region(text, SPRING) == ("Minnesota",)


def _district(area: str) -> str:
    return (
        "Coast Guard Tenth District\nNews Release\n\n"
        "Coast Guard cocaine seizures rise in fiscal 2026\n\n"
        "NORFOLK - The Coast Guard Tenth District released its drug interdiction results for "
        f"fiscal year 2026 on Wednesday. {area}\n\n"
        "District cutters seized 8,400 pounds of cocaine in fiscal 2026, up from 6,100 pounds "
        "in fiscal 2025."
    )


def test_a_district_whose_area_covers_its_states() -> None:
    # the coast's two ends name two of its states; the area clause names all three
    area = (
        "The district is responsible for the coast from Norfolk, Virginia, to Dover, Delaware. "
        "Its area covers Virginia, Maryland and Delaware, and its sectors work 900 miles of "
        "coastline."
    )
    assert sentences.home_region(_district(area), SPRING) == ("Virginia", "Maryland", "Delaware")


def test_an_area_clause_that_names_no_state() -> None:
    area = "Its area covers 900 miles of coastline, and its crews were honoured in Virginia."
    assert sentences.home_region(_district(area), SPRING) == ("United States",)


def test_the_frame_reason_reads_a_partners_note_with_its_list() -> None:
    # the frame's reason names a note only when the note lists the countries
    listed = "The partner countries of Harbour Watch 2.0 are Ghana, Senegal and Togo."
    assert noted_countries.covered_note(listed)
    assert not noted_countries.covered_note("The figures cover all container terminals.")
