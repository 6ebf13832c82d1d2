"""The learned confidence of an English figure: P(right end to end), from what its draft knows.

A logistic regression fitted on the calibration split (reports written by people who never read
the extractor, never tuned on) by :mod:`.calibration_train`, shipped as ``calibration.json`` and
applied here in plain Python. A figure is drafted high only when its probability reaches the
model's ``high`` threshold, chosen out of fold so that such figures were right >= 97% of the time;
below it the confidence is the probability (capped below the high cut) and a note names the
features that pulled it down and the fields to check. Chinese figures keep the rules' confidence.

A second model, ``calibration_answered.json``, is fitted the same way on drafts whose frame was
answered (each calibration report drafted with its key's region, period and agency, as a reviewer
would answer them): it gives the confidence of a draft whose reviewer answered the region and the
period, with its own high threshold (round 13).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from narcokg.extract.drafts import Draft, DraftMeasurement
from narcokg.extract.learned.calibration_features import draft_features, fold

MODEL_FILE = Path(__file__).with_name("calibration.json")
ANSWERED_FILE = Path(__file__).with_name("calibration_answered.json")
#: The lowest confidence drafted "high" (evaluate.LEVELS); a figure below the model's threshold
#: stays below it.
HIGH_CUT = 0.9


def model_file(answered: bool = False) -> Path:
    return ANSWERED_FILE if answered else MODEL_FILE


@cache
def model(answered: bool = False) -> dict[str, Any]:
    """The shipped model: of guessed frames, or of frames a reviewer ``answered``."""
    data: dict[str, Any] = json.loads(model_file(answered).read_text(encoding="utf-8"))
    return data


def shipped(answered: bool = False) -> bool:
    """Whether the model file is there (only a first training run goes without it)."""
    return model_file(answered).exists()


def probability(features: dict[str, float], weights: dict[str, Any]) -> float:
    """The model's probability for raw ``features`` (``weights``: a model's JSON)."""
    folded = fold(features, set(weights["vocabulary"]))
    coefficients = weights["weights"]
    z = weights["intercept"] + sum(coefficients.get(k, 0.0) * v for k, v in folded.items())
    return 1.0 / (1.0 + math.exp(-z))


def calibrate(draft: Draft, *, answered: bool = False) -> None:
    """Replace the confidence of each English figure of ``draft`` by the model's probability;
    ``answered``: a reviewer answered the report's region and period (the answered model)."""
    if draft.language != "en" or not shipped(answered):
        return
    weights = model(answered)
    for fact, features in zip(draft.measurements, draft_features(draft), strict=True):
        apply(fact, features, weights)


def apply(fact: DraftMeasurement, features: dict[str, float], weights: dict[str, Any]) -> None:
    p = min(probability(features, weights), probability(without_doubt(features), weights))
    high = weights["high"]
    fact.rule_confidence = fact.confidence
    if high is not None and p >= high:
        fact.confidence = max(round(p, 2), HIGH_CUT)
        return
    fact.confidence = min(round(p, 2), round(HIGH_CUT - 0.01, 2))
    folded = fold(features, set(weights["vocabulary"]))
    fact.review.append(held_note(fact.confidence, p, folded, weights))


def without_doubt(features: dict[str, float]) -> dict[str, float]:
    """``features`` without the notes that say another reading also fits ("measure: the words
    also fit 'X': which?"). Such a note marks doubt, so it may lower a figure's probability but
    never raise it: a fit can weigh it positively (round 23's refit did, ranking a figure with a
    competing cue above the same figure without one), and ``apply`` takes the lower of the two."""
    doubts = [k for k in features if k.startswith("note=") and " also" in k]
    kept = {k: v for k, v in features.items() if k not in doubts}
    if doubts and "notes" in kept:
        kept["notes"] = kept["notes"] - sum(features[k] for k in doubts)
    return kept


def held_note(shown: float, p: float, features: dict[str, float], fitted: dict[str, Any]) -> str:
    """The note of a figure below high: the features that pulled its probability down most (each
    against the average figure of training; one per field), in words, and the fields to check."""
    weights, means = fitted["weights"], fitted["means"]
    pulls = sorted(
        (weights.get(k, 0.0) * (v - means.get(k, 0.0)), k, v) for k, v in _with_absent(features)
    )
    named: dict[str, str] = {}  # field -> words
    for pull, name, value in pulls:
        words = _words(name, value, means)
        if pull < -0.1 and words and words[1] not in named and len(named) < 2:
            named[words[1]] = words[0]
    phrases = " and ".join(named.values()) or "like this one"
    fields = ", ".join(sorted(named)) or "measure, period and region"
    return (
        f"confidence {shown:.2f}: figures {phrases} were right {_times(p)} on reports written "
        f"by others: check {fields}"
    )


def _times(p: float) -> str:
    tenths = round(p * 10)
    if tenths < 1:
        return "less than once in 10"
    return f"about {tenths} time{'s' if tenths > 1 else ''} in 10"


def _with_absent(features: dict[str, float]) -> list[tuple[str, float]]:
    """The figure's features, and the numeric ones at zero (a report with no issuer)."""
    numeric = {k: 0.0 for k in NUMERIC if k not in features}
    return sorted({**numeric, **features}.items())


#: Numeric features, in words when high and when low, with the field each points to.
NUMERIC: dict[str, tuple[str, str, str]] = {
    "report figures (log)": ("in reports of many figures", "in reports of few figures", "measure"),
    "report regions (log)": ("in reports of many regions", "in reports of few regions", "region"),
    "report periods (log)": ("in reports of many periods", "in reports of few periods", "period"),
    "report measures (log)": (
        "in reports of many measures",
        "in reports of few measures",
        "measure",
    ),
    "issuer recognised": (
        "whose issuer was recognised",
        "whose issuer was not recognised",
        "region",
    ),
    "sentence figures (log)": (
        "in sentences of many figures",
        "alone in their sentence",
        "measure",
    ),
    "same measure (share)": (
        "of the report's common measure",
        "of a measure rare in it",
        "measure",
    ),
    "same period (share)": ("of the report's common period", "of a period rare in it", "period"),
    "same regions (share)": ("of the report's common region", "of a region rare in it", "region"),
    "number (log10)": ("of large numbers", "of small numbers", "measure"),
    "rule confidence": ("the rules rated high", "the rules rated low", "what the notes name"),
    "notes": ("with several review notes", "with no review note", "what the notes name"),
    "learned model's p when it agrees": (
        "whose measure the learned model reads too, surely",
        "whose measure the learned model does not read surely",
        "measure",
    ),
}
#: Flags and categorical values, in words (only when present), with the field each points to.
WORDS: dict[str, tuple[str, str]] = {
    "measure=(proposed)": ("whose measure is proposed", "measure"),
    "measure=(other)": ("of a rarely drafted measure", "measure"),
    "note=(other)": ("with an uncommon review note", "what the notes name"),
    # what a count, a mass or a rate counts is where they go wrong (units were right 0.92 on blind)
    "unit=count": ("that count things (not a mass or a rate)", "measure"),
    "unit=mass": ("of a mass", "measure"),
    "unit=rate": ("that are a rate or a percentage", "measure"),
    "bound": ("with a bound (about, more than)", "number"),
    "change": ("that are a change", "change"),
    "share": ("that are the part of a share", "number"),
    "repaired": ("repaired from a translation garble", "number"),
    "title": ("in a title", "number"),
    "agency": ("with an agency", "agency"),
    "operation": ("of an operation", "operation"),
    "regions>1": ("of several regions", "region"),
    "rules held": ("that passed every drafting rule", "measure"),
    "bare number": ("that are a bare number", "measure"),
    "period from=frame": ("whose period came from the report's frame", "period"),
    "period from=paragraph": ("whose period came from their paragraph", "period"),
    "period from=context": ("whose period came from an earlier sentence", "period"),
    "period from=sentence": ("whose period their sentence states", "period"),
    "region from=frame": ("whose region is the report's home", "region"),
    "region from=context": ("whose region came from an earlier sentence", "region"),
    "region from=sentence": ("whose region their sentence names", "region"),
    "region from=none": ("with no region", "region"),
    "period=year": ("whose period is a year", "period"),
    "period=span": ("whose period is a span of dates", "period"),
    "period=part": ("whose period is part of a year", "period"),
    "learned model agrees": ("whose measure the learned model reads too", "measure"),
    "learned model abstains": ("whose measure the learned model cannot name", "measure"),
}
FIELD_WORDS = ("measure", "unit", "period", "region", "agency")


def _words(name: str, value: float, means: dict[str, float]) -> tuple[str, str] | None:
    if name in NUMERIC:
        high, low, field = NUMERIC[name]
        return (high if value > means.get(name, 0.0) else low), field
    if value == 0.0:
        return None
    if name in WORDS:
        return WORDS[name]
    family, _, kind = name.partition("=")
    if family == "measure":
        return f"counting {kind!r}", "measure"
    if family == "home why":  # (round 29) the reason the report's home region was guessed
        return f"whose home region was guessed from {kind.removeprefix('the ')!r}", "region"
    if family == "note":
        field = next((f for f in FIELD_WORDS if kind.startswith(f)), "what the notes name")
        return f"noted '{kind.replace('Q', '...')}'", field
    return None
