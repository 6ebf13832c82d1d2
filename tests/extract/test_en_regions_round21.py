"""English reports, issue 14 round 21 (the home region and figure regions): the one map of the
world gazetteer's country names that both the region finder and the joint-action rule read.
Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract import gazetteer, joint_countries
from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SUMMER = date(2026, 7, 20)


def figure(text: str, quote_start: str) -> DraftMeasurement:
    return sentences.quoted_figure(text, quote_start, SUMMER)


# --- one map of country names (joint_countries and gazetteer) ---------------------------------


def test_joint_countries_reads_the_gazetteers_country_names() -> None:
    world = gazetteer.world_countries()
    names = joint_countries._names()
    assert world["Viet Nam"] == "Vietnam"
    assert all(names[form] == country for form, country in world.items())


def test_an_other_name_that_is_also_a_word_is_no_country_in_either() -> None:
    assert "Reunion" not in gazetteer.world_countries()
    assert "Reunion" not in joint_countries._names()
    assert gazetteer.world_countries()["Réunion"] == "Réunion"


# --- a member's national agency places its figure ----------------------------------------------

#: A made-up regional body's summary of three members; Sri Lanka is the country named most.
FORUM = (
    "Southern Seas Drug Forum\n"
    "Annual summary 2025\n"
    "Colombo, 20 July 2026\n\n"
    "This summary brings together the returns of the three member states that reported: India, "
    "Maldives and Sri Lanka. Sri Lanka hosted the meeting.\n\n"
    "Members' own figures\n\n"
    "{sentence}"
)
MEMBERS = {"India", "Maldives", "Sri Lanka"}


def test_a_members_adjective_opening_its_agencys_name_places_the_figure() -> None:
    text = FORUM.format(sentence="The Sri Lankan Police Narcotic Unit dismantled 14 laboratories.")
    assert figure(text, "14 laboratories").regions == ("Sri Lanka",)


def test_a_members_name_in_its_agencys_name_places_the_figure() -> None:
    sentence = "Sri Lanka's Anti-Narcotics Division of the National Police destroyed 96 kilograms."
    text = FORUM.format(sentence=sentence)
    assert figure(text, "96 kilograms").regions == ("Sri Lanka",)


def test_a_place_the_sentence_states_comes_before_the_agencys_member() -> None:
    sentence = "The Sri Lankan Police Narcotic Unit arrested 18 couriers in Maldives."
    text = FORUM.format(sentence=sentence)
    assert figure(text, "18 couriers").regions == ("Maldives",)


def test_a_members_agency_after_the_figure_places_nothing() -> None:
    sentence = "In all, 52,300 people were arrested, according to the Sri Lankan Police Service."
    text = FORUM.format(sentence=sentence)
    assert set(figure(text, "52,300").regions) == MEMBERS
