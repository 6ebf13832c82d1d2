"""English reports, round 18 (branch ms19a): figures whose key names a registry measure that the
draft proposed a name for. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.nouns import noun_phrase
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Border bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def test_concerned_after_a_count_is_its_verb_not_its_noun() -> None:
    text = "Of the 5,310 offences, 2,870 concerned personal possession."
    assert noun_phrase(text, text.index("2,870") + 6) == (text.index("2,870") + 6, "")
    found = facts("Rangers recorded 4,120 drug offences in 2024, of which 2,640 concerned supply.")
    part = next(f for q, f in found.items() if q.startswith("2,640"))
    assert part.measure == "drug-offences-recorded"


def test_a_count_with_its_own_noun_keeps_it() -> None:
    text = "Some 310 drug offences concerned importation."
    assert noun_phrase(text, text.index("310") + 3)[1].startswith("drug offences")


def test_a_named_rate_keeps_its_name_past_an_appositive() -> None:
    found = facts("The conviction rate, counted over all verdicts given in 2024, was 91%.")
    assert found["91%"].measure == "conviction-rate"
    found = facts("The detection rate, the share of offences cleared, stood at 47%.")
    assert found["47%"].measure == "detection-rate"


def test_a_share_after_a_plain_clause_is_no_named_rate() -> None:
    found = facts("The rate, as in 2024, was unknown; cannabis, the main drug, was in 64% of them.")
    assert not found["64% of them"].measure.endswith("-rate")


def test_a_tested_share_whose_part_was_positive_counts_the_positives() -> None:
    found = facts("In 2024, 620 out of 940 prisoners tested were positive for cannabis.")
    part = found["620 out of 940 prisoners tested"]
    assert (part.measure, part.unit, part.denominator) == ("samples-tested-positive", "person", 940)
    found = facts(
        "Analysts screened seized tablets and detected nitazenes in 75 out of 410 tablets."
    )
    assert found["75 out of 410 tablets"].measure == "samples-tested-positive"


def test_an_untested_or_fatal_share_is_no_positive_sample() -> None:
    found = facts("In 2024, 52 of the 130 pills seized contained a lethal dose.")
    assert found["52 of the 130 pills"].measure != "samples-tested-positive"
    found = facts("Of 800 people who died in 2024, 540 out of 800 tested positive for fentanyl.")
    assert all(f.measure != "samples-tested-positive" for f in found.values())


def test_investigations_opened_whatever_crime_their_modifiers_name() -> None:
    found = facts("The unit opened 73 organised crime investigations in 2024.")
    assert found["73 organised crime investigations"].measure == "investigations-opened"
    found = facts("The unit opened 73 cocaine-smuggling investigations in 2024.")
    assert found["73 cocaine-smuggling investigations"].measure == "investigations-opened"
    found = facts("Results for 2024:\n\n- 29 money-laundering investigations opened")
    assert found["29 money-laundering investigations opened"].measure == "investigations-opened"


def test_other_things_acted_on_keep_their_own_words() -> None:
    found = facts("The unit opened 73 new field offices in 2024.")
    assert found["73 new field offices"].measure != "investigations-opened"


def test_places_drugs_are_sold_in_by_their_local_names_are_drug_dens() -> None:
    found = facts("Gendarmes closed 19 fumoirs and 7 drug bases; police shut 40 drug points.")
    assert {f.measure for f in found.values()} == {"drug-dens-dismantled"}
    assert {f.unit for f in found.values()} == {"den"}


def test_points_and_bases_of_other_things_are_no_dens() -> None:
    found = facts("Officers staffed 12 border points and 3 forward bases in 2024.")
    assert all(f.measure != "drug-dens-dismantled" for f in found.values())


def test_an_adjustment_is_no_part_of_a_death_rate_name() -> None:
    found = facts("The age-adjusted death rate was 27.5 per 100,000 residents in 2024.")
    assert found["27.5 per 100,000 residents"].measure == "drug-death-rate"
    found = facts("The standardised death rate was 6.2 deaths per 100,000 people in 2024.")
    assert found["6.2 deaths per 100,000 people"].measure == "drug-death-rate"


def test_a_drug_named_in_a_rate_stays_past_the_adjustment() -> None:
    found = facts("The age-adjusted heroin death rate was 4.4 per 100,000 residents in 2024.")
    assert found["4.4 per 100,000 residents"].measure == "heroin-death-rate"
