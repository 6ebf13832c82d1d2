"""English reports, round 19 (branch ms20a): figures whose key names a registry measure that the
draft proposed a name for. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2025, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Regional bulletin\n\n" + text, AUTUMN)
    return {m.mention.quote: m for m in draft.measurements}


def measure_of(found: dict[str, DraftMeasurement], start: str) -> str:
    return next(f.measure for q, f in found.items() if q.startswith(start))


def test_people_past_a_comma_clause_take_the_verb_after_it() -> None:
    found = facts(
        "Marines boarded a trawler off the cape. The six deckhands, of three nationalities, "
        "were arrested on board."
    )
    assert measure_of(found, "six") == "suspects-arrested"


def test_a_comma_clause_with_no_finite_verb_after_it_is_kept() -> None:
    found = facts("Inspectors tested 2,140 samples, most from the northern wards, in 2024.")
    assert measure_of(found, "2,140") != "suspects-arrested"


def test_an_act_ruled_out_by_instead_of_is_not_the_figures_verb() -> None:
    found = facts(
        "Another 415 people, caught with small quantities of cannabis, were referred to "
        "treatment instead of being charged."
    )
    assert measure_of(found, "415") == "people-referred-to-treatment"
    found = facts("Another 98 people were referred to treatment rather than being charged.")
    assert measure_of(found, "98") == "people-referred-to-treatment"


def test_people_charged_stay_charged() -> None:
    found = facts("Another 415 people were charged with supplying cannabis.")
    assert measure_of(found, "415") != "people-referred-to-treatment"


def test_investigations_with_no_verb_of_their_own_are_investigations_opened() -> None:
    found = facts(
        "The bureau opened 530 investigations in 2025. The harbour district accounted for "
        "212 of the investigations."
    )
    assert measure_of(found, "212") == "investigations-opened"
    found = facts("Detectives opened 610 cases (2024: 575 fraud investigations and 90 arrests).")
    assert measure_of(found, "575") == "investigations-opened"


def test_a_stock_of_open_investigations_is_not_investigations_opened() -> None:
    found = facts("At the end of June, the unit had 48 active investigations.")
    assert measure_of(found, "48") != "investigations-opened"


def test_a_list_item_shares_the_verb_of_its_lead() -> None:
    found = facts(
        "During the raids, officers seized:\n- 14.2 kilograms of heroin;\n- 6 pistols;\n"
        "- 11 vehicles.\n\nThe suspects face 40 charges."
    )
    assert measure_of(found, "11") == "vehicles-seized"


def test_a_list_item_under_a_lead_with_no_seizure_verb_is_not_seized() -> None:
    found = facts("The unit's fleet, at the end of the year:\n- 11 vehicles.\n- 4 boats.")
    assert measure_of(found, "11") != "vehicles-seized"
