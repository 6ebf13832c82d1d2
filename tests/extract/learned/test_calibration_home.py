"""The calibrator sees why the report's home region was guessed (round 29), for the figures that
take that home and for no other: a home read from a dateline is wrong more often than one read
from the issuer's jurisdiction, and such a figure is no surer than its region."""

from __future__ import annotations

from datetime import date

from narcokg.extract.draft import draft_document
from narcokg.extract.learned import calibration
from narcokg.extract.learned.calibration_features import CATEGORICAL, draft_features
from narcokg.model.workspace import find_workspace

TEXT = """Lakeshore County narcotics results for 2025

SPRINGFIELD, Ill. - Detectives seized 120 kilograms of cocaine in 2025, the county task force said.

In Ohio, partner officers arrested 45 suspects in 2025.
"""


def _features() -> dict[str, dict[str, float]]:
    draft = draft_document(
        TEXT, "x", date(2026, 2, 1), file="x.txt", gazetteer_file=find_workspace().gazetteer_file
    )
    assert draft.home_why == "the dateline"
    return {
        m.mention.quote: f for m, f in zip(draft.measurements, draft_features(draft), strict=True)
    }


def test_a_figure_that_takes_the_home_region_carries_why_it_was_guessed() -> None:
    features = _features()
    assert features["120 kilograms of cocaine"]["home why=the dateline"] == 1.0
    assert not any(k.startswith("home why=") for k in features["45 suspects"])


def test_the_reason_is_a_categorical_feature_and_has_words_for_the_review_note() -> None:
    assert "home why=" in CATEGORICAL
    words = calibration._words("home why=the dateline", 1.0, {})
    assert words == ("whose home region was guessed from 'dateline'", "region")
