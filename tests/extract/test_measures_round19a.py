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

