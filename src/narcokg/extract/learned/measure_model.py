"""Apply the learned measure model in plain Python (no numpy, no scikit-learn).

The model is a multinomial logistic regression over the words around a figure
(:mod:`.measure_features`), trained by :mod:`.train_measures` from the dev split's answer keys
and shipped as ``measure_model.json`` beside this module. :func:`learned_measure` is the one
call the rest of the extractor makes: the measure the model reads for a drafted figure and its
probability, or ``None`` when the model abstains (its best guess is a measure it has too few
examples of). docs/extraction.md ("Learned models") says what judged it.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narcokg.extract.learned.measure_features import features

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftMeasurement

MODEL_FILE = Path(__file__).with_name("measure_model.json")
#: The class standing for every measure with too few training examples: the model abstains.
ABSTAIN = "~other"


class MeasureModel:
    """A fitted model: classes, intercepts and each feature's weight for every class."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.classes: list[str] = list(data["classes"])
        self.intercept: list[float] = list(data["intercept"])
        #: feature -> [[class index, weight], ...] (weights under 0.01 are not shipped)
        self.weights: dict[str, list[list[float]]] = data["weights"]

    def probabilities(self, found: tuple[str, ...] | list[str]) -> list[float]:
        """The softmax over the classes for a figure with the features ``found``."""
        scores = list(self.intercept)
        for feature in sorted(set(found)):  # a fixed order: the same sums in every process
            for index, weight in self.weights.get(feature, ()):
                scores[int(index)] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict_features(self, found: tuple[str, ...] | list[str]) -> tuple[str | None, float]:
        """The likeliest measure and its probability (``None``: abstain)."""
        probabilities = self.probabilities(found)
        best = max(range(len(self.classes)), key=lambda i: (probabilities[i], -i))
        label = self.classes[best]
        return (None if label == ABSTAIN else label), probabilities[best]

    def predict(self, text: str, start: int, end: int) -> tuple[str | None, float]:
        """The measure of the figure whose number is written inside ``[start, end)``."""
        return self.predict_features(features(text, start, end))


@lru_cache(maxsize=1)
def shipped_model() -> MeasureModel:
    """The model shipped with narcokg (read once)."""
    return MeasureModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def learned_measure(text: str, figure: DraftMeasurement) -> tuple[str | None, float]:
    """The shipped model's measure for a drafted figure of ``text`` (the document's whole text)
    and its probability; ``(None, p)`` when it abstains. Reads only the words around the
    figure's span, never the rules' answer, so agreement with the rules is evidence."""
    return shipped_model().predict(text, figure.mention.start, figure.mention.end)
