"""Apply the learned home-region ranker in plain Python (no numpy, no scikit-learn).

A logistic regression scores every candidate home region of a report (:mod:`.frame_features`);
the highest score wins, the second is the runner-up a reviewer sees. It is trained by
:mod:`.frame_train` on the dev and calibration splits' keys and shipped as ``frame_model.json``
beside this module. docs/extraction.md ("Learned models") says what judged it.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

from narcokg.extract.learned.frame_features import Candidate

MODEL_FILE = Path(__file__).with_name("frame_model.json")


class FrameModel:
    """A fitted ranker: an intercept and one weight per feature."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.intercept: float = float(data["intercept"])
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}

    def score(self, features: dict[str, float]) -> float:
        """The candidate's log-odds of being the key's home region (a fixed order of sums)."""
        total = self.intercept
        for name in sorted(features):
            total += self.weights.get(name, 0.0) * features[name]
        return total

    def ranked(self, found: list[Candidate]) -> list[tuple[Candidate, float]]:
        """The candidates, best first, with their probabilities; ties: the earlier candidate
        (the rules' guess comes first)."""
        scored = [(c, self.score(c.features)) for c in found]
        order = sorted(range(len(scored)), key=lambda i: (-scored[i][1], i))
        return [(scored[i][0], 1 / (1 + math.exp(-scored[i][1]))) for i in order]


@lru_cache(maxsize=2)
def shipped_model(question: str = "region") -> FrameModel:
    """The shipped ranker for ``question`` ("region" or "period"; read once)."""
    return FrameModel(json.loads(MODEL_FILE.read_text(encoding="utf-8"))[question])
