"""English reports, round 24 (units and numbers that are not statistics, branch un25): the unit
of a proposed count whose head noun has an irregular plural, and numbers no key counts: a
population or a body's own staff, members and parts, the members that sent a body their data,
phone numbers the phone rule missed, and a count a speaker weighs as one amount. Made-up
sentences."""

from __future__ import annotations

from decimal import Decimal

from narcokg.extract.proposed_units import proposed_unit, singular
from tests.extract import sentences

LEAD = "In 2024 officers seized 40 kilograms of cocaine. "


def test_an_irregular_plural_gives_its_singular_unit() -> None:
    assert singular("knives") == "knife"
    assert singular("diagnoses") == "diagnosis"
    assert singular("summonses") == "summons"
    assert proposed_unit("new hepatitis diagnoses") == "diagnosis"


def test_regular_plurals_in_ves_and_ses_stay() -> None:
    assert singular("detectives") == "detective"
    assert singular("overdoses") == "overdose"
    assert singular("olives") == "olive"


def test_knives_seized_in_a_list_take_the_unit_knife() -> None:
    text = "In 2025 detectives seized 3.1 kilograms of heroin, 57 knives and 4 firearms."
    assert sentences.figure(text, "57").unit == "knife"


def test_a_population_is_no_figure() -> None:
    text = LEAD + (
        "The Harbour Police Service serves a city of about 212,000 residents. The valley has a "
        "population of nearly 88,500. The island's population is about 61,200."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_residents_who_died_stay() -> None:
    text = "In 2025 the town lost 23 residents to drug poisoning."
    assert Decimal(23) in sentences.numbers(text)


def test_a_body_s_own_staff_and_crew_are_no_figures() -> None:
    text = LEAD + (
        "The bureau, which has nearly 3,400 members, runs the lab. The service has 11 districts "
        "and more than 4,100 operational staff. The cutter carries a crew of about 120."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_staff_employed_and_centres_held_stay() -> None:
    text = (
        "In 2025 the treatment services employed 870 staff. The customs service employs 9,300 "
        "officers, of whom 410 are dog handlers. The country currently has 96 registered "
        "rehabilitation centres."
    )
    assert {Decimal(870), Decimal(9300), Decimal(96)} <= set(sentences.numbers(text))


def test_the_parts_a_body_is_made_of_are_no_figures() -> None:
    text = LEAD + (
        "The agency has 31 field divisions. Its inspectors work out of 14 field offices. The "
        "network brings together 37 partner countries."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_offices_raided_stay() -> None:
    text = "In 2025 agents searched 14 field offices of the company."
    assert Decimal(14) in sentences.numbers(text)


def test_members_that_sent_their_data_are_no_figures() -> None:
    text = LEAD + (
        "Eleven member states submitted their returns for 2024. The summary compiles the "
        "figures that nine member countries reported."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_members_that_took_part_stay() -> None:
    text = "In 2024 officers of 6 of the 12 member states took part in the operation."
    assert sentences.numbers(text) == [Decimal(6)]


def test_phone_numbers_the_rule_missed_are_no_figures() -> None:
    text = LEAD + (
        "Boaters can call the coast guard radio channel 16. Call toll free on 1800 432 117. Reach "
        "the press office at +254 20 555 0148. Call 101, or 999 in an emergency. The free hotline "
        "404 remains open around the clock. Report dealing confidentially on 112 or 2233 7788. "
        "Call 613-555-0199, option 3."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_count_after_or_that_is_no_phone_stays() -> None:
    text = "In 2024 officers arrested 14, or 12 more than in 2023."
    assert Decimal(12) in sentences.numbers(text)


def test_a_count_weighed_as_one_amount_is_no_figure() -> None:
    text = (
        'In 2025, 1,412 people died of overdoses. "But 1,412 deaths is still far too many," the '
        'minister said. "Nearly one thousand deaths in one year is not a success."'
    )
    assert sentences.numbers(text) == [Decimal(1412)]


def test_a_count_with_a_plural_verb_and_a_median_stay() -> None:
    text = "In 2025, 1,412 deaths were recorded. A median wait of 23 days is still too long."
    assert sentences.numbers(text) == [Decimal(1412), Decimal(23)]


def test_a_name_that_ends_in_a_number_is_no_figure() -> None:
    text = LEAD + (
        "Couriers drove Interstate 64 and Interstate 81 corridors. They used Highway 3 in rented "
        "cars. Zone 2 and Troop 5 led the state. Quarter 3 in focus. Operation Kestrel 4 began."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_count_after_a_lower_case_quarter_stays() -> None:
    text = "In the quarter 1,260 people were arrested."
    assert Decimal(1260) in sentences.numbers(text)


def test_places_a_warrant_was_executed_at_are_no_figures() -> None:
    text = LEAD + "Officers executed 11 search warrants at homes, a garage and three vehicles."
    assert sentences.numbers(text) == [Decimal(40), Decimal(11)]


def test_people_arrested_after_the_warrants_stay() -> None:
    text = "In 2024 police executed 8 search warrants at homes and vehicles, and arrested 13 men."
    assert sentences.numbers(text) == [Decimal(8), Decimal(13)]


def test_a_goal_or_a_target_is_no_figure() -> None:
    text = (
        "In 2025 teams eradicated 31,400 hectares of coca, above the annual goal of 30,000 "
        "hectares. The service's target is a rate below 4 per cent."
    )
    assert sentences.numbers(text) == [Decimal(31400)]


def test_a_body_that_targets_dealers_keeps_its_count() -> None:
    text = "In 2025 the squad, which targets street dealing, opened 612 investigations."
    assert sentences.numbers(text) == [Decimal(612)]


def test_a_word_after_the_head_is_not_the_unit() -> None:
    assert proposed_unit("drug investigations open") == "investigation"
    assert proposed_unit("drug recognition experts nationwide") == "expert"
    assert proposed_unit("inspection reports under") == "report"


def test_a_head_noun_that_is_the_last_word_stays() -> None:
    assert proposed_unit("open investigations") == "investigation"
    assert proposed_unit("overtime shifts") == "shift"


def test_numbers_offered_as_alternatives_are_no_figures() -> None:
    text = LEAD + (
        '"We now find 20,000 or 40,000 pills in one car," he said. Couriers carry 800 or 900 '
        "grams each. It is a problem of one or two ports."
    )
    assert sentences.numbers(text) == [Decimal(40)]


def test_a_share_restated_after_or_stays() -> None:
    text = "In 2025 drug investigations numbered 1,204, or 31.5% of the total."
    assert sentences.numbers(text) == [Decimal(1204), Decimal("31.5")]


def test_the_parts_of_a_report_are_no_figures() -> None:
    text = LEAD + "The full annex, with 27 tables, is online. The report's 9 chapters cover it."
    assert sentences.numbers(text) == [Decimal(40)]
