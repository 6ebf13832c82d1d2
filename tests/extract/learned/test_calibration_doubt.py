"""A note that another reading also fits may lower a figure's learned confidence, never raise it
(round 23): the calibrator is shown the figure with and without such notes and keeps the lower."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from narcokg.extract.drafts import DraftMeasurement
from narcokg.extract.figures import Mention
from narcokg.extract.learned import calibration

DOUBT = "note=measure: the words also"


def _weights(doubt_weight: float) -> dict[str, Any]:
    return {
        "intercept": 0.0,
        "weights": {DOUBT: doubt_weight, "notes": 0.5, "rule confidence": 1.0},
        "means": {},
        "vocabulary": [DOUBT],
        "high": None,
    }


def _fact() -> DraftMeasurement:
    mention = Mention(start=0, end=9, quote="900 users", number=Decimal(900), sentence=1)
    return DraftMeasurement(
        id="x", mention=mention, measure="drug-users", unit="person", period="2025", regions=()
    )


def test_without_doubt_drops_the_notes_that_name_a_rival_reading() -> None:
    features = {DOUBT: 1.0, "note=period: the report's main": 1.0, "notes": 2.0}
    kept = calibration.without_doubt(features)
    assert DOUBT not in kept and kept["notes"] == 1.0
    assert kept["note=period: the report's main"] == 1.0


def test_a_doubt_note_the_fit_weighs_up_does_not_raise_the_confidence() -> None:
    features = {DOUBT: 1.0, "notes": 1.0, "rule confidence": 0.6}
    plain = {"rule confidence": 0.6}
    weights = _weights(doubt_weight=2.0)
    doubtful, clean = _fact(), _fact()
    calibration.apply(doubtful, features, weights)
    calibration.apply(clean, plain, weights)
    assert calibration.probability(features, weights) > calibration.probability(plain, weights)
    assert doubtful.confidence == clean.confidence


def test_a_doubt_note_the_fit_weighs_down_still_lowers_it() -> None:
    features = {DOUBT: 1.0, "notes": 1.0, "rule confidence": 0.6}
    weights = _weights(doubt_weight=-2.0)
    doubtful, clean = _fact(), _fact()
    calibration.apply(doubtful, features, weights)
    calibration.apply(clean, {"rule confidence": 0.6}, weights)
    assert doubtful.confidence < clean.confidence
