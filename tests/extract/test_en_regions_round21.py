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
