"""English reports, issue 14 round 15 second iteration (changes): a percentage that continues a
list a change began states the same change, and a list of several changes with no level in its
sentence does not all change the previous sentence's last figure. Made-up sentences; each rule
has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.drafts import DraftMeasurement
from tests.extract import sentences

SPRING = date(2024, 3, 1)


def facts(text: str) -> dict[str, DraftMeasurement]:
    draft = sentences.drafted("Lake patrol results\n\n" + text, SPRING)
    return {m.mention.quote: m for m in draft.measurements}


def test_a_long_second_subject_before_by_keeps_the_change() -> None:
    found = facts(
        "Thefts of boats rose by 31.4% and thefts of nets, traps and outboard motors on the "
        "lake by 18.2%."
    )
    assert found["18.2%"].measure == "percentage-increase"


def test_parts_named_with_bracketed_percentages_share_the_change() -> None:
    found = facts("The largest falls were in Lakeside (41.2%), Hill Town (27.6%) and Ford (7%).")
    assert [found[q].measure for q in ("41.2%", "27.6%", "7%")] == ["percentage-decrease"] * 3


def test_parts_named_after_for_share_the_change() -> None:
    found = facts("That is an increase of 23% for khat and 28% for hashish.")
    assert found["28%"].measure == "percentage-increase"


def test_a_share_after_a_change_in_another_clause_stays_a_share() -> None:
    found = facts("Arrests rose 5% in Lakeside, and 40% of those held were women.")
    assert found["5%"].measure == "percentage-increase"
    assert found["40%"].measure != "percentage-increase"


def test_several_changes_without_a_level_are_not_all_of_the_last_figure_before() -> None:
    found = facts(
        "Wardens seized 91 boats and 12 nets in 2023. The largest rises were in Lakeside "
        "(41.2%) and Ford (7%)."
    )
    assert found["41.2%"].change_of != found["12 nets"].id
    assert found["7%"].change_of != found["12 nets"].id
    one = facts("Wardens seized 91 boats in 2023. That was a rise of 12%.")
    assert one["12%"].change_of == one["91 boats"].id
