"""What the confidence calibrator sees of a drafted figure: the one list of its features.

Only what the draft itself knows, never the report's words: the language, the measure (frequent
registry measures by name, the rest bucketed), the kind of unit, bound, change and share, the
*kind* of each review note (its text up to the first colon, quoted values and numbers blanked),
where its period and region came from, and a few facts about the whole draft. A feature is a
name and a number; a categorical value becomes ``family=value`` (1.0).

To add a feature (say "rules and the measure model agree"), add a function to :data:`FAMILIES`
and retrain (``python -m narcokg.extract.learned.calibration_train``): the model's JSON keeps the
vocabulary of every categorical family, so drafting and training encode alike.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from narcokg.extract.drafts import Draft, DraftMeasurement
from narcokg.extract.notes import RULES_HELD

#: The prefix of the calibrator's own note ("confidence 0.62: ..."): not a feature of itself.
CALIBRATED = re.compile(r"^confidence \d\.\d\d: ")
MASS = {"tonne", "kilogram", "gram", "pound", "milligram"}
RATES = {"percent", "per-mille", "per-100000", "percentage-point", "fold"}


@dataclass(frozen=True)
class Report:
    """What the whole draft says, shared by its figures."""

    language: str
    figures: int
    regions: int
    periods: int
    issuer: bool
    measures: frozenset[str]
    #: how many figures each sentence, measure, period and region set holds
    per_sentence: Counter[int]
    per_measure: Counter[str]
    per_period: Counter[str]
    per_regions: Counter[tuple[str, ...]]
    #: why the rules took the report's home region ("" for Chinese)
    home_why: str = ""


def report_of(draft: Draft) -> Report:
    ms = draft.measurements
    return Report(
        draft.language,
        len(ms),
        len({m.regions for m in ms}),
        len({m.period for m in ms}),
        draft.publisher is not None,
        frozenset(m.measure for m in ms),
        Counter(m.mention.sentence for m in ms),
        Counter(m.measure for m in ms),
        Counter(m.period for m in ms),
        Counter(m.regions for m in ms),
        draft.home_why,
    )


def rule_notes(fact: DraftMeasurement) -> list[str]:
    """The figure's review notes as the drafting rules left them (the calibrator's and the
    rules-held note set aside: the latter is a feature of its own)."""
    return [n for n in fact.review if not CALIBRATED.match(n) and not n.startswith(RULES_HELD)]


def note_kind(note: str) -> str:
    """A note's kind: its text before the first colon (or semicolon, question mark), with quoted
    values and numbers blanked; a note on a field ("period: ...") keeps its next three words."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "Q", note.lower())
    text = re.sub(r"\d[\d,.]*", "N", text)
    head, _, rest = re.split(r"([:;?])", text + ":", maxsplit=1)
    head = " ".join(head.split()[:5])
    if head in {"measure", "period", "region", "unit", "agency"}:
        head += ": " + " ".join(re.findall(r"[a-z]+", rest)[:3])
    return head


def _language(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    return {f"language={report.language}": 1.0}


def _measure(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    from narcokg.model.registry import registry

    known = fact.measure in registry().measures
    return {f"measure={fact.measure}" if known else "measure=(proposed)": 1.0}


def _unit(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    kind = "mass" if fact.unit in MASS else "rate" if fact.unit in RATES else "count"
    return {f"unit={kind}": 1.0}


def _figure(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    mention = fact.mention
    share = fact.denominator is not None or any(n.startswith("a share") for n in fact.review)
    return {
        "bound": float(mention.qualifier != "exact"),
        "change": float(fact.change_of is not None),
        "share": float(share),
        "repaired": float(bool(mention.repair)),
        "title": float(mention.sentence == 0),
        "agency": float(fact.agency is not None),
        "operation": float(fact.operation is not None),
        "regions>1": float(len(fact.regions) > 1),
    }


def _notes(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    notes = rule_notes(fact)
    kinds = Counter(f"note={note_kind(n)}" for n in notes)
    return {
        **{k: float(v) for k, v in kinds.items()},
        "notes": float(len(notes)),
        "rules held": float(any(n.startswith(RULES_HELD) for n in fact.review)),
    }


def _sources(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    """Where the period and region came from, as the placing notes record it."""
    notes = " ".join(n for n in rule_notes(fact) if n.startswith(("period", "region", "no r")))
    period = (
        "frame"
        if "the report's main period" in notes
        else "paragraph"
        if "the paragraph's only period" in notes
        else "context"
        if re.search(r"period '[^']*' taken from the context", notes)
        else "sentence"
    )
    shape = (
        "year" if re.fullmatch(r"\d{4}", fact.period) else "span" if "/" in fact.period else "part"
    )
    region = _region_source(notes)
    return {f"period from={period}": 1.0, f"region from={region}": 1.0, f"period={shape}": 1.0}


def _region_source(notes: str) -> str:
    if "no region found" in notes:
        return "none"
    if "the report's home" in notes:
        return "frame"
    if re.search(r"region '[^']*' taken from the context", notes):
        return "context"
    return "sentence"


def _home(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    """Why the report's home region was guessed, for a figure that took it: a home read from the
    issuer's jurisdiction is right far more often than one read from a dateline or a count of
    names (the FRAME sureness table, frame_guess.SURE), and a figure is no surer than its region."""
    notes = " ".join(n for n in rule_notes(fact) if n.startswith("region"))
    if not report.home_why or _region_source(notes) != "frame":
        return {}
    return {f"home why={report.home_why}": 1.0}


def _report(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    return {
        "report figures (log)": math.log1p(report.figures),
        "report regions (log)": math.log1p(report.regions),
        "report periods (log)": math.log1p(report.periods),
        "issuer recognised": float(report.issuer),
        "report measures (log)": math.log1p(len(report.measures)),
    }


def _neighbours(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    """The figure among the report's: figures beside it in its sentence, how common its measure,
    period and regions are in the report, its size and whether it names what it counts."""
    number = abs(float(fact.mention.number)) or 1.0
    return {
        "sentence figures (log)": math.log1p(report.per_sentence[fact.mention.sentence]),
        "same measure (share)": report.per_measure[fact.measure] / report.figures,
        "same period (share)": report.per_period[fact.period] / report.figures,
        "same regions (share)": report.per_regions[fact.regions] / report.figures,
        "number (log10)": math.log10(number) if number > 0 else 0.0,
        "bare number": float(not fact.mention.noun.strip()),
    }


def _rules(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    rule = fact.rule_confidence if fact.rule_confidence is not None else fact.confidence
    return {"rule confidence": rule}


def _learned(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    """Whether the learned measure model reads the rules' measure: on the calibration split the
    rules were right on 0.92 of figures where the two agree and 0.33 where they do not."""
    label, p = fact.learned or (None, 0.0)
    agree = label == fact.measure
    return {
        "learned model agrees": float(agree),
        "learned model abstains": float(label is None),
        "learned model's p when it agrees": p if agree else 0.0,
    }


Family = Callable[[DraftMeasurement, Report], dict[str, float]]
#: Every feature family, in one place: retraining after a change here is one command.
FAMILIES: tuple[Family, ...] = (
    _language,
    _measure,
    _unit,
    _figure,
    _notes,
    _sources,
    _home,
    _report,
    _neighbours,
    _rules,
    _learned,
)
#: Categorical families: a value seen fewer than ``MIN_COUNT`` times in training becomes
#: ``family=(other)``.
CATEGORICAL = ("measure=", "note=", "home why=")


def raw_features(fact: DraftMeasurement, report: Report) -> dict[str, float]:
    """Every feature of one figure, before the vocabulary folds rare values together."""
    found: dict[str, float] = {}
    for family in FAMILIES:
        found.update(family(fact, report))
    return found


def draft_features(draft: Draft) -> list[dict[str, float]]:
    report = report_of(draft)
    return [raw_features(m, report) for m in draft.measurements]


def fold(features: dict[str, float], vocabulary: set[str]) -> dict[str, float]:
    """Fold the values of a categorical family that training saw too rarely into ``(other)``."""
    folded: dict[str, float] = {}
    for name, value in features.items():
        prefix = next((p for p in CATEGORICAL if name.startswith(p)), None)
        if prefix is not None and name not in vocabulary:
            name = prefix + "(other)"
        folded[name] = folded.get(name, 0.0) + value
    return folded
