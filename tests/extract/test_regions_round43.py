"""English reports, issue 14 round 43 (branch eng-rg44): an editors' note saying whose figures a
programme's or an international operation's release gives ("Figures are those reported by the
units of A, B and C", "The countries taking part in Operation X were A, B and C", "Partner
countries reporting to the programme in 2025: A, B, C") makes those countries the report's home;
a tribal territory said in a main clause to lie in several states takes them all; the Goshute
nation's lands lie in Nevada and Utah; a district "responsible for operations in A, B and C" in
the paragraph after its lead takes them all; a Chinese prefecture in Pinyin ("Diqing") is the
gazetteer's division of another spelling, and one the gazetteer lacks ("Qiannan") its province.
Made-up releases and figures; each rule has a case it must
not fire on."""

from __future__ import annotations

from datetime import date

from tests.extract import sentences

SPRING = date(2026, 4, 20)


def _release(note: str) -> str:
    return (
        "Coastal Shield programme reports record seizures in 2025\n\n"
        "Lisbon, 20 April 2026 - Port units supported by the Coastal Shield Programme seized 8.6 "
        "tonnes of cocaine in 2025, up from 6.2 tonnes in 2024, the programme said today. Police "
        "in Gabon alone seized 2.1 tonnes.\n\n"
        "The units arrested 318 suspects during the year and searched 4,150 containers, against "
        "3,900 the year before.\n\n"
        f"Note to editors\n\n{note} Weights are rounded to the nearest 0.1 tonne."
    )


def test_a_note_on_whose_figures_they_are() -> None:
    note = "Seizure figures are those reported by the port units of Gabon, Cameroon and Angola."
    text = _release(note)
    assert sentences.home_region(text, SPRING) == ("Gabon", "Cameroon", "Angola")


def test_a_note_on_the_figures_the_partners_reported() -> None:
    note = "Figures in this release are those the partner customs services of Gabon, Angola and "
    text = _release(note + "Namibia reported to the programme.")
    assert sentences.home_region(text, SPRING) == ("Gabon", "Angola", "Namibia")


def test_a_note_on_the_countries_taking_part() -> None:
    note = "The countries taking part in Operation Seawall 2025 were Gabon, Cameroon and Togo."
    text = _release(note)
    assert sentences.home_region(text, SPRING) == ("Gabon", "Cameroon", "Togo")


def test_a_note_on_the_partner_countries_reporting() -> None:
    note = "Partner countries reporting to the programme in 2025: Gabon, Angola, Benin and Togo."
    text = _release(note)
    assert sentences.home_region(text, SPRING) == ("Gabon", "Angola", "Benin", "Togo")


def test_the_same_words_outside_a_note_leave_the_home() -> None:
    # the body's own sentence, not an editors' note: its list may be a part of the whole
    text = _release("Media enquiries go to the press office.").replace(
        "Police in Gabon alone", "The countries taking part were Gabon and Cameroon; police there"
    )
    assert sentences.home_region(text, SPRING) == ("Portugal",)


def _tribal(about: str, name: str = "Redwater Lake Tribes Police Department") -> str:
    return (
        "Tribal police drug arrests rise in 2025\n\n"
        f"POLSON, Mont. (Feb. 20, 2026) - The {name} today released its 2025 drug enforcement "
        "summary.\n\n"
        "Officers made 142 drug arrests in 2025, up from 118 in 2024, the chief of police said. "
        "They also seized 2,300 fentanyl pills during the year.\n\n"
        f"About the department\n\n{about} The department operates from Polson."
    )


def test_a_reservation_that_lies_in_two_states_in_a_main_clause() -> None:
    text = _tribal("The Redwater Lake Tribes reservation lies in Montana and Idaho, along a river.")
    assert sentences.home_region(text, SPRING) == ("Montana", "Idaho")


def test_a_lake_that_lies_in_two_states_is_no_area() -> None:
    # the clause is on a lake, not on the body's territory: the dateline's state
    text = _tribal("The Redwater Lake lies in both Montana and Idaho, along a river.")
    assert sentences.home_region(text, SPRING) == ("Montana",)


def test_the_goshute_nation_lies_in_two_states() -> None:
    text = _tribal("Call the tip line.", "Goshute Tribal Police Department").replace(
        "POLSON, Mont.", "IBAPAH, Utah"
    )
    assert sentences.home_region(text, SPRING) == ("Nevada", "Utah")


def test_a_goshute_valley_ranch_is_no_nation() -> None:
    # "Goshute" with no tribal word after it is a valley's name: the dateline's state
    text = _tribal("Officers also patrol a ranch in Goshute Valley.", "Ibapah Police Department")
    assert sentences.home_region(text.replace("POLSON, Mont.", "IBAPAH, Utah"), SPRING) == ("Utah",)


def _district(area: str) -> str:
    return (
        "Coast Guard district drug interdictions rise in fiscal 2026\n\n"
        "NORFOLK, Va. - Coast Guard district crews intercepted 48 vessels suspected of carrying "
        "illegal drugs in fiscal year 2026, up from 39 vessels in fiscal 2025, the district "
        "announced Monday.\n\n"
        f"{area}\n\n"
        "Boarding teams seized 1,240 pounds of marijuana and detained 31 people during the year."
    )


def test_a_district_responsible_for_operations_in_three_states() -> None:
    area = "The district is responsible for Coast Guard operations in Virginia, Maryland and "
    text = _district(area + "southern Delaware, including the bay.")
    assert sentences.home_region(text, SPRING) == ("Virginia", "Maryland", "Delaware")


def test_a_district_responsible_for_something_else_keeps_the_dateline() -> None:
    # what it is responsible for names no state: the federal district's country, as before
    text = _district("The district is responsible for search and rescue along the coast.")
    assert sentences.home_region(text, SPRING) == ("United States",)


def _bureau(name: str, full: str) -> str:
    return (
        f"{name} public security bureau hold press conference: drug cases fall\n\n"
        f"Source: {full} Public Security Bureau   Release time: 2026-07-08 10:00\n\n"
        f"July 7, {name} public security bureau hold press conference. 2025 year, whole state "
        "public security organs cracked drug criminal cases 214 pieces, arrest criminal suspect "
        "287 people, seized various drugs 56.2 kilograms."
    )


def test_a_prefecture_in_pinyin_is_the_gazetteers_division() -> None:
    text = _bureau("Ganzi prefecture", "Ganzi Tibetan Autonomous Prefecture")
    assert sentences.home_region(text, SPRING) == ("Garzê Tibetan Autonomous Prefecture",)


def test_a_prefecture_the_gazetteer_lacks_is_its_province() -> None:
    text = _bureau("Haibei state", "Haibei Tibetan Autonomous Prefecture")
    assert sentences.home_region(text, SPRING) == ("Qinghai",)


def test_a_longer_county_name_keeps_its_county() -> None:
    # Shandong's Liangshan County is in the gazetteer: not Liangshan prefecture's Sichuan
    text = _bureau("Liangshan County", "Liangshan County")
    assert "Sichuan" not in sentences.home_region(text, SPRING)
