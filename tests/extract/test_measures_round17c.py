"""English reports, round 17 (proposed names, branch ms18c): people named ``people-`` in a
proposal, and the earlier level of a share named as the share it is compared with. Made-up
sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2025, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Agency bulletin\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def test_persons_in_a_proposal_are_people() -> None:
    found = facts("In 2024 the agency screened 3,100 persons for substance use.")
    assert found["3,100 persons"].measure == "people-screened-for-substance-use"


def test_individuals_in_a_proposal_are_people() -> None:
    found = facts("In 2024 the inspectors questioned 470 individuals at the ports.")
    assert found["470 individuals"].measure.startswith("people-questioned")


def test_a_thing_counted_keeps_its_own_noun() -> None:
    found = facts("In 2024 the inspectors examined 470 containers at the ports.")
    assert found["470 containers"].measure == "containers-examined"


def test_the_earlier_level_of_a_share_is_the_same_share() -> None:
    found = facts(
        "In 2024 the laboratory analysed 900 samples and found fentanyl in 64% of them,"
        " up from 52% in 2023."
    )
    # round 29: a share of samples a laboratory analysed is named after samples tested
    share = "share-of-samples-tested-fentanyl"
    assert found["52%"].measure == found["64% of them"].measure == share


def test_a_share_compared_with_nothing_keeps_its_own_name() -> None:
    found = facts("In 2024 fentanyl was found in 64% of the samples, and 52% of the drivers.")
    assert found["52% of the drivers"].measure != "share-of-samples-fentanyl"
