"""The candidates for a report's main period and their features (issue 14, round 13).

A candidate is the rules' main period (:func:`.periods.default_period`) or any period the
extractor reads in the text; features describe structure only: where and how often it is named,
how often only as a base of comparison, its kind (year, fiscal year, half, quarter, month, span),
how it stands to publication and to the other candidates.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from narcokg.extract.learned.frame_features import Candidate, Spans, place
from narcokg.model.periods import canonical_label

if TYPE_CHECKING:
    from narcokg.extract.drafts import DraftContext
    from narcokg.extract.frame_answers import FrameGuess

_KINDS = (
    ("fiscal", re.compile(r"FY\d{4}")),
    ("year", re.compile(r"\d{4}")),
    ("half", re.compile(r"\d{4}-H[12]")),
    ("quarter", re.compile(r"\d{4}-Q[1-4]")),
    ("month", re.compile(r"\d{4}-\d{2}")),
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")),
)
_YEAR = re.compile(r"\d{4}")


def period_candidates(context: DraftContext, guess: FrameGuess, spans: Spans) -> list[Candidate]:
    """Every candidate main period of a report, the rules' guess first."""
    labels = [canonical_label(guess.period)] if guess.period else []
    labels += [canonical_label(p.label) for p in context.periods]
    unique = list(dict.fromkeys(labels))
    return [
        Candidate((label,), period_features(label, context, guess, spans, unique))
        for label in unique
    ]


def period_features(
    label: str, context: DraftContext, guess: FrameGuess, spans: Spans, others: list[str]
) -> dict[str, float]:
    """The structural features of one candidate period."""
    found: dict[str, float] = {"bias": 1.0}
    reason = guess.period_why.split(" (")[0].split(";")[0].split(":")[0]
    if label == canonical_label(guess.period):
        found["guess"] = 1.0
        found["guess:" + reason] = 1.0
    else:
        found["against:" + reason] = 1.0
    mentions = [p for p in context.periods if canonical_label(p.label) == label]
    own = [p for p in mentions if not p.comparison]
    total = max(1, sum(not p.comparison for p in context.periods))
    found["mentions_log"] = math.log1p(len(own))
    found["mention_share"] = len(own) / total
    found["comparison_log"] = math.log1p(len(mentions) - len(own))
    found["first:" + place(min((p.start for p in own), default=None), spans)] = 1.0
    found["kind:" + _kind(label)] = 1.0
    found.update(_time_features(label, context, others))
    return found


def _kind(label: str) -> str:
    return next((name for name, pattern in _KINDS if pattern.fullmatch(label)), "span")


def _time_features(label: str, context: DraftContext, others: list[str]) -> dict[str, float]:
    found: dict[str, float] = {}
    year = _year(label)
    if year is None:
        return found
    published = context.published.year
    if 0 <= published - year <= 3:
        found[f"years_before_publication:{published - year}"] = 1.0
    years = [y for y in (_year(o) for o in others) if y is not None]
    if year == max(years):
        found["latest"] = 1.0
    return found


def _year(label: str) -> int | None:
    """The calendar year a label ends in (a fiscal year: its label's year)."""
    found = _YEAR.findall(label)
    return int(found[-1]) if found else None
