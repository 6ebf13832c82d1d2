"""English reports, round 16 (assembly): a part "of them", "of whom", "Of the M …, N" counts its
own measure, not its whole's, and keeps the whole as its denominator. Made-up sentences; each
rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

AUTUMN = date(2025, 10, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("River county bulletin\n\n" + text, AUTUMN)
    return {m.mention.quote.split()[0]: m for m in draft.measurements}


def test_the_positive_part_of_what_was_tested_is_samples_tested_positive() -> None:
    found = facts(
        "In 2024 wardens ran 6,250 saliva tests on boaters, and 840 of them were positive."
    )
    assert found["840"].measure == "samples-tested-positive"
    assert found["840"].unit == "sample"
    assert found["840"].denominator == Decimal(6250)


def test_the_items_listed_after_the_first_positive_part_follow_it() -> None:
    found = facts(
        "The county laboratory analysed 3,120 urine samples from detainees in 2024. Of those, "
        "1,406 were positive for cannabis, 588 for cocaine and 97 for ketamine."
    )
    for part in ("1,406", "588", "97"):
        assert found[part].measure == "samples-tested-positive"


def test_a_part_of_what_was_tested_that_is_not_positive_keeps_its_reading() -> None:
    found = facts(
        "In 2024 wardens ran 6,250 saliva tests on boaters, and 840 of them were retaken."
    )
    assert found["840"].measure != "samples-tested-positive"


def test_the_part_of_the_cases_a_drug_was_found_in_is_that_drugs_cases() -> None:
    found = facts(
        "The state crime laboratory completed 14,200 drug cases in 2024. Carfentanil was "
        "identified in 1,310 of those cases and xylazine in 402."
    )
    assert found["1,310"].measure == "carfentanil-cases"
    assert found["402"].measure == "xylazine-cases"


def test_the_part_of_the_deaths_a_drug_was_involved_in_is_that_drugs_deaths() -> None:
    found = facts("In 2024, 611 residents died of an overdose; kratom was involved in 140 of them.")
    assert found["140"].measure == "kratom-deaths"
    assert found["611"].measure == "drug-related-deaths"


def test_a_nationality_after_a_part_of_the_arrested_names_foreign_nationals() -> None:
    found = facts("Patrols arrested 96 crew members in 2024, 41 of them Peruvian nationals.")
    assert found["41"].measure == "foreign-nationals-arrested"


def test_an_age_below_eighteen_after_a_part_of_the_arrested_names_minors() -> None:
    found = facts(
        "Officers detained 730 persons for drug offences in 2024. Of them, 52 were younger than 18."
    )
    assert found["52"].measure == "minors-arrested"


def test_a_part_of_the_arrested_with_no_group_keeps_the_arrest_measure() -> None:
    found = facts(
        "Officers detained 730 persons for drug offences in 2024. Of them, 52 were "
        "released without charge."
    )
    assert not found["52"].measure.startswith(("minors", "foreign"))


def test_a_change_that_names_its_drug_changes_that_drugs_figure() -> None:
    draft = sentences.drafted(
        "River county bulletin\n\nIn 2024 the task force seized 48 kilograms of ketamine and "
        "310 kilograms of cannabis. Ketamine seizures rose by 27% on 2023.",
        AUTUMN,
    )
    found = {m.mention.quote: m for m in draft.measurements}
    ids = {m.id: m for m in draft.measurements}
    base = ids[found["27%"].change_of or ""]
    assert base.mention.quote.startswith("48 kilograms")


def test_a_respectively_list_of_changes_follows_the_drugs_it_names() -> None:
    draft = sentences.drafted(
        "River county bulletin\n\nIn 2024 the task force seized 48 kilograms of ketamine and "
        "310 kilograms of cannabis, against 51 kilograms of cannabis in 2023. Ketamine and "
        "cannabis seizures rose 27% and 8% respectively.",
        AUTUMN,
    )
    found = {m.mention.quote: m for m in draft.measurements}
    ids = {m.id: m for m in draft.measurements}
    assert ids[found["27%"].change_of or ""].mention.quote.startswith("48 kilograms")
    assert ids[found["8%"].change_of or ""].mention.quote.startswith("310 kilograms")


def test_a_change_that_names_no_drug_keeps_its_link() -> None:
    draft = sentences.drafted(
        "River county bulletin\n\nIn 2024 the task force seized 48 kilograms of ketamine and "
        "310 kilograms of cannabis. Seizures rose by 27% on 2023.",
        AUTUMN,
    )
    found = {m.mention.quote: m for m in draft.measurements}
    ids = {m.id: m for m in draft.measurements}
    assert ids[found["27%"].change_of or ""].mention.quote.startswith("310 kilograms")
