"""English reports, round 23 (branch ms24a): figures whose key names a registry measure that the
draft missed. Made-up sentences; each rule has a case it must not fire on."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import Draft
from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.earlier_wholes import earlier_whole
from tests.extract import sentences

AUTUMN = date(2026, 10, 1)


def drafted(text: str) -> Draft:
    return sentences.drafted("Services bulletin\n\n" + text, AUTUMN)


def context_of(draft: Draft) -> DraftContext:
    """The little of a draft's context that :func:`earlier_whole` reads: its text."""
    return DraftContext(draft.text, [], AUTUMN, [], None, (), [], "", [], [])


def facts(text: str) -> dict[str, DraftMeasurement]:
    return {m.mention.quote: m for m in drafted(text).measurements}


def figure(found: dict[str, DraftMeasurement], start: str) -> DraftMeasurement:
    return next(f for q, f in found.items() if q.startswith(start))


def test_the_whole_an_earlier_registry_count_named_is_that_count() -> None:
    draft = drafted(
        "The island's clinics closed 4,210 treatment episodes in 2025-26. "
        "Of the 4,210, counselling was the main treatment in 40% of episodes."
    )
    share = next(m for m in draft.measurements if m.mention.quote.startswith("40%"))
    whole = earlier_whole(context_of(draft), draft.measurements, share, "episodes")
    assert whole is not None and whole.measure == "treatment-admissions"
    assert whole.figure is not None and whole.figure.mention.quote.startswith("4,210")


def test_a_share_of_episodes_after_episodes_of_treatment_named_in_words() -> None:
    found = facts(
        "This bulletin describes episodes of alcohol and other drug treatment in 2025-26. "
        "Alcohol was the principal drug of concern in 41% of episodes."
    )
    assert figure(found, "41%").measure == "share-of-treatment-episodes-alcohol"


def test_a_share_of_episodes_with_no_earlier_whole_keeps_its_name() -> None:
    found = facts("Alcohol was the principal drug of concern in 41% of episodes in 2025-26.")
    assert figure(found, "41%").measure == "share-of-episodes-alcohol"
