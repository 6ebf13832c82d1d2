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
