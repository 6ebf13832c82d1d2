"""The learned measure model: its features, its plain-Python application, and the shipped JSON
reproduced by retraining from the corpus's dev keys (a stale model fails here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from narcokg.extract.learned import measure_opinion
from narcokg.extract.learned.measure_features import anchor, features, lemma
from narcokg.extract.learned.measure_model import ABSTAIN, MODEL_FILE, MeasureModel, shipped_model

ROOT = Path(__file__).resolve().parents[3]
SENTENCE = "In 2023 police seized 2.3 tonnes of cocaine, and arrested four men in Sydney."


def test_features_tag_each_side_of_the_number() -> None:
    at = SENTENCE.index("2.3")
    found = features(SENTENCE, at, at + len("2.3 tonnes"))
    assert {"L:police", "VL:seiz", "N1:tonne", "R:cocaine", "D:cocaine"} <= set(found)
    assert "R:police" not in found and "L:cocaine" not in found
    assert found == sorted(set(found))


def test_features_stop_at_the_clause() -> None:
    at = SENTENCE.index("four")
    found = set(features(SENTENCE, at, at + len("four men")))
    assert {"N1:men", "VL:arrest", "P1:arrest"} <= found
    assert "L:police" not in found  # the earlier clause is read only as the sentence's words
    assert "S:police" in found


def test_anchor_finds_words_and_digits() -> None:
    assert SENTENCE[slice(*anchor(SENTENCE, SENTENCE.index("four"), len(SENTENCE)))] == "four"
    text = "about 1.2 million pills"
    assert text[slice(*anchor(text, 0, len(text)))] == "1.2 million"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("seizures", "seizure"), ("arrested", "arrest"), ("offences", "offence"), ("gas", "gas")],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_a_model_abstains_on_its_catch_all_class() -> None:
    data = {
        "classes": ["arrests", ABSTAIN],
        "intercept": [0.0, 0.0],
        "weights": {"N1:men": [[0, 2.0]], "N1:tonne": [[1, 3.0]]},
    }
    model = MeasureModel(data)
    label, p = model.predict_features(["N1:men"])
    assert label == "arrests" and p == pytest.approx(1 / (1 + 2.718281828**-2.0))
    assert model.predict_features(["N1:tonne"])[0] is None
    assert sum(model.probabilities(["N1:men", "unseen"])) == pytest.approx(1.0)


def test_a_unit_changes_only_when_its_kind_contradicts_the_measure() -> None:
    assert measure_opinion._unit_for("cocaine-seized", "kilogram") == "kilogram"
    assert measure_opinion._unit_for("suspects-arrested", "kilogram") == "person"
    assert measure_opinion._unit_for("cocaine-seized", "person") is None
    assert measure_opinion._unit_for("a-proposed-measure", "kilogram") == "kilogram"


def test_drafting_imports_no_learning_library() -> None:
    code = (
        "import sys; from datetime import date; from narcokg.extract.draft import draft_document;"
        "from narcokg.model.workspace import find_workspace;"
        f"draft_document({SENTENCE!r}, 'x', date(2024, 1, 1), file='x.txt',"
        " gazetteer_file=find_workspace().gazetteer_file);"
        "assert not {'sklearn', 'numpy', 'scipy'} & set(sys.modules), sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_shipped_model_is_what_training_gives() -> None:
    """Retrain from the dev keys with the shipped C: the same measure and probability for every
    dev figure (about 15 s)."""
    pytest.importorskip("sklearn")
    from narcokg.extract.learned import train_measures as training

    shipped = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    examples = training.key_examples(ROOT / "corpus")
    fresh = MeasureModel(training.fit(examples, training.labels_of(examples), shipped["C"]))
    for example in examples:
        want = shipped_model().predict_features(example.features)
        got = fresh.predict_features(example.features)
        assert got[0] == want[0] and got[1] == pytest.approx(want[1], abs=1e-4), example
