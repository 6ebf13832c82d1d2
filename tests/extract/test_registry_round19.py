"""English reports, round 19 (the registry's coverage, branch ms20c): statistics that key writers
of several rounds named alike and that drafts proposed under other names, now registry concepts,
and a drug class named before its examples. Made-up sentences; each has a case it must not take."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Agency bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def starting(found: dict[str, DraftMeasurement], number: str) -> DraftMeasurement:
    """The figure whose quote holds ``number`` (a quote may run on into its verb)."""
    return next(m for quote, m in found.items() if number in quote)


def test_people_interviewed_whatever_their_role() -> None:
    found = facts("In 2024, 1,930 respondents were interviewed at nine clinics.")
    assert starting(found, "1,930").measure == "people-interviewed"
    assert starting(found, "1,930").unit == "person"


def test_a_survey_interviewed_people_of_an_age() -> None:
    found = facts("The 2024 wave interviewed some 8,400 people aged 16 to 64 across the island.")
    assert starting(found, "8,400").measure == "people-interviewed"


def test_people_arrested_are_not_interviewed() -> None:
    found = facts("In 2024 officers arrested 640 people for drug supply.")
    assert all(m.measure != "people-interviewed" for m in found.values())


def test_stimulant_deaths_named_by_the_class() -> None:
    found = facts("In 2024 there were 315 stimulant-related deaths.")
    assert starting(found, "315").measure == "stimulant-deaths"
    assert starting(found, "315").unit == "person"


def test_a_class_before_its_examples_names_the_deaths() -> None:
    found = facts("Stimulants such as ecstasy or amphetamine were detected in 83 deaths in 2024.")
    assert starting(found, "83").measure == "stimulant-deaths"


def test_a_class_with_its_main_example_in_commas() -> None:
    found = facts("Sedatives, chiefly alprazolam, were mentioned in 142 deaths in 2024.")
    assert starting(found, "142").measure == "sedative-deaths"


def test_a_list_of_drugs_is_no_class_with_examples() -> None:
    found = facts("Heroin, cocaine and ecstasy were detected in 61 deaths in 2024.")
    assert starting(found, "61").measure != "heroin-deaths"


def test_both_concepts_are_in_the_registry_counting_people() -> None:
    from narcokg.model.registry import registry

    for notation in ("people-interviewed", "stimulant-deaths"):
        entry = registry().measures[notation]
        assert (entry.kind, entry.count_unit, entry.nature) == ("count", "person", "flow")
