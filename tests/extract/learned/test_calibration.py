"""The learned confidence calibrator (issue 14, part 4): retraining from the corpus reproduces the
shipped model, its threshold rule, and what it does to drafted figures.

The retraining tests draft the 1342 reports of the calibration split twice, as guessed and with
each key's frame answered (about 40 s of drafting)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from narcokg.extract.draft import draft_document
from narcokg.extract.drafts import Draft
from narcokg.extract.frame_answers import FrameAnswers
from narcokg.extract.learned import calibration, calibration_train
from narcokg.extract.learned.calibration_features import draft_features, note_kind
from narcokg.extract.notes import RULES_HELD, passes_rules

pytestmark = pytest.mark.long  # drafts a whole split: started first

ROOT = Path(__file__).resolve().parents[3]
GAZETTEER = ROOT / "graph" / "reference" / "regions.csv"
Trained = tuple[dict[str, Any], list[calibration_train.Row], list[float]]


@pytest.fixture(scope="module")
def trained() -> Trained:
    return calibration_train.train(ROOT / "corpus", GAZETTEER)


@pytest.fixture(scope="module")
def trained_answered() -> Trained:
    return calibration_train.train(ROOT / "corpus", GAZETTEER, answered=True)


def _draft(text: str) -> Draft:
    return draft_document(text, "doc", date(2024, 3, 1), file="doc.txt", gazetteer_file=GAZETTEER)


@pytest.mark.parametrize("answered", [False, True])
def test_retraining_gives_the_shipped_model(answered: bool, request: pytest.FixtureRequest) -> None:
    weights, rows, _ = request.getfixturevalue("trained_answered" if answered else "trained")
    assert all(r.answered == answered for r in rows)
    shipped = calibration.model(answered)
    assert weights["high"] == shipped["high"] and weights["vocabulary"] == shipped["vocabulary"]
    for row in rows:
        new = calibration.probability(row.features, weights)
        assert abs(new - calibration.probability(row.features, shipped)) < 1e-4, row.document
    expected = calibration.model_file(answered).read_text("utf-8")
    assert calibration_train.model_text(weights) == expected


def test_fitting_twice_writes_the_same_bytes(trained: Trained) -> None:
    _, rows, _ = trained
    first = calibration_train.fit(rows)
    assert calibration_train.model_text(first) == calibration_train.model_text(
        calibration_train.fit(rows)
    )


def test_out_of_fold_the_calibrator_beats_the_rules_confidence(trained: Trained) -> None:
    _, rows, oof = trained
    assert len({r.document for r in rows}) == 1342
    rules = calibration_train._brier([r.rules for r in rows], rows)
    assert calibration_train._brier(oof, rows) < rules


def test_the_threshold_is_the_lowest_that_keeps_97_percent_with_a_wilson_bound() -> None:
    # 40 right at the top, then one wrong, then 40 more right, then wrong ones
    probabilities = [0.99 - i / 1000 for i in range(120)]
    labels = [True] * 40 + [False] + [True] * 40 + [False] * 39
    t = calibration_train.threshold(probabilities, labels)
    chosen = [r for p, r in zip(probabilities, labels, strict=True) if t is not None and p >= t]
    assert len(chosen) == 82 and sum(chosen) == 80  # 80/82: 0.976; one wrong more: 80/83 < 0.97
    assert calibration_train.threshold(probabilities[:19], labels[:19]) is None  # too few
    # 20 figures all right are not enough evidence: the bound needs 22
    assert calibration_train.wilson_lower(21, 21) < 0.93 <= calibration_train.wilson_lower(22, 22)


def test_an_english_figure_gets_the_model_probability_and_a_note_naming_what_to_check() -> None:
    draft = _draft("Police report 2023\n\nPolice in Ohio seized 300 widgets in 2023.")
    weights = calibration.model()
    for fact, features in zip(draft.measurements, draft_features(draft), strict=True):
        p = calibration.probability(features, weights)  # the features survive calibration
        assert fact.rule_confidence is not None
        if weights["high"] is None or p < weights["high"]:
            assert fact.confidence == min(round(p, 2), 0.89)
            note = fact.review[-1]
            assert note.startswith(f"confidence {fact.confidence:.2f}: figures ")
            assert "on reports written by others: check " in note
        else:
            assert fact.confidence >= calibration.HIGH_CUT


def test_a_proposed_measure_is_named_among_the_reasons() -> None:
    # an issuer it recognises, so that the report's frame is not what pulls the figure down most
    draft = _draft(
        "Queensland Police Service drug enforcement report 2023\n\nBRISBANE - The Queensland "
        "Police Service seized 300 widgets in 2023. Officers arrested 2,100 people for drug "
        "offences in 2023 and seized 40 kilograms of cannabis in 2023.\n"
    )
    fact = draft.measurements[0]
    assert fact.measure not in {"drugs-seized"} and "check measure" in fact.review[-1]
    assert "proposed" in fact.review[-1]


def test_the_rules_verdict_survives_calibration() -> None:
    text = "Police report 2023\n\nPolice in Ohio arrested 2,100 people for drug offences in 2023."
    (fact,) = _draft(text).measurements
    assert passes_rules(fact) == (RULES_HELD in fact.review)


def test_chinese_figures_keep_the_rules_confidence() -> None:
    draft = _draft("云南省2023年禁毒工作\n\n2023年，云南省共破获毒品犯罪案件1286起。")  # noqa: RUF001
    assert draft.language.startswith("zh") and draft.measurements
    assert all(m.rule_confidence is None for m in draft.measurements)


def test_a_note_kind_drops_quoted_values_and_numbers() -> None:
    assert note_kind("period '2023': the paragraph's only period") == "period Q"
    assert note_kind("measure 'widgets' is proposed: map it") == "measure Q is proposed"
    assert note_kind("period: the paragraph also names '2022'") == "period: the paragraph also"
    assert note_kind("a share: '3 in 10'; the value is the part") == "a share"


def test_judging_a_folder_scores_each_english_figure_of_its_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = "nswpf-2024-02-12-strike-force-results"  # a dev report: the judge scores any folder
    for suffix in (".txt", ".yaml"):
        (tmp_path / f"{report}{suffix}").write_bytes(
            (ROOT / "corpus" / f"{report}{suffix}").read_bytes()
        )
    assert calibration_train.judge(tmp_path, "all", GAZETTEER) == 0
    shown = capsys.readouterr().out
    drafted = calibration_train.collect(tmp_path, "all", GAZETTEER)
    assert f"on {len(drafted)} English figures" in shown
    weights = calibration.model()
    brier = calibration_train._brier(
        [calibration.probability(r.features, weights) for r in drafted], drafted
    )
    assert f"calibrator {brier:.4f}" in shown


def test_the_calibrator_sees_whether_the_measure_model_agrees_with_the_rules() -> None:
    draft = _draft("In 2023 the police seized 40 kilograms of heroin in Victoria.")
    fact = draft.measurements[0]
    assert fact.learned is not None  # drafting asked the model
    seen = []
    for reading in ((fact.measure, 0.8), ("suspects-arrested", 0.8), (None, 0.4)):
        fact.learned = reading
        features = draft_features(draft)[0]
        seen.append(
            (
                features["learned model agrees"],
                features["learned model abstains"],
                features["learned model's p when it agrees"],
            )
        )
    assert seen == [(1.0, 0.0, 0.8), (0.0, 0.0, 0.0), (0.0, 1.0, 0.0)]


def test_a_draft_whose_region_and_period_are_answered_takes_the_answered_model() -> None:
    # Several figures, since a refit can make the two models agree on any single one; the test
    # needs some that the two models score apart by more than the rounding.
    sentences = (
        "Police in Ohio seized 41,000 pills in 2023.",
        "Police in Ohio seized drugs worth $3.2 million in 2023.",
        "Paramedics in Ohio administered naloxone 450 times in 2023.",
        "Police in Ohio executed 85 search warrants in 2023.",
        "Police in Ohio seized 18 kilograms of cocaine in 2023, up 20% from 2022.",
        "Police in Ohio arrested more than 1,200 people for drug offences in 2023.",
        "Police in Ohio cracked 640 drug cases in 2023.",
        "Police in Ohio seized about 2.5 tonnes of cannabis in 2023.",
        "Police in Ohio dismantled 37 drug trafficking organizations in 2023.",
    )
    apart = 0
    for sentence in sentences:
        text = f"Police report 2023\n\n{sentence}"
        found = {}
        for name, frame in (
            ("guessed", None),
            ("region only", FrameAnswers(region=("Ohio",))),
            ("answered", FrameAnswers(region=("Ohio",), period="2023")),
        ):
            draft = draft_document(
                text, "doc", date(2024, 3, 1), file="doc.txt", gazetteer_file=GAZETTEER, frame=frame
            )
            confidences = [fact.confidence for fact in draft.measurements]
            found[name] = list(zip(confidences, draft_features(draft), strict=True))
        for name, answered in (("guessed", False), ("region only", False), ("answered", True)):
            weights = calibration.model(answered)
            high = weights["high"]
            for shown, features in found[name]:
                p = calibration.probability(features, weights)
                expected = max(round(p, 2), 0.9) if high and p >= high else min(round(p, 2), 0.89)
                assert shown == expected
        for _, features in found["answered"]:
            as_answered = calibration.probability(features, calibration.model(True))
            as_guessed = calibration.probability(features, calibration.model(False))
            apart += abs(as_answered - as_guessed) > 0.01
    # the two models differ on some figures, so the checks above tell them apart
    assert apart >= 2


def test_a_threshold_refuted_on_fresh_reports_drafts_nothing_high(
    trained_answered: Trained,
) -> None:
    """The answered model's out-of-fold threshold is kept for the record, but the fresh blind
    sets refuted it (round 13), so no figure is drafted high with it."""
    weights, rows, oof = trained_answered
    kept = weights["high out of fold"]
    assert kept == calibration_train.threshold(oof, [r.right for r in rows])
    chosen = [r.right for r, p in zip(rows, oof, strict=True) if kept is not None and p >= kept]
    if kept is not None:  # the rule of the threshold, on the answered drafts' own figures
        assert len(chosen) >= 20 and sum(chosen) / len(chosen) >= 0.97
    assert weights["high"] is None and weights["high refuted"] == calibration_train.REFUTED[True]
    assert calibration.model(True)["high"] is None  # the shipped model drafts nothing high
