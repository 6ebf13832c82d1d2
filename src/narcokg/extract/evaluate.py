"""Score drafts strictly against hand-made answer keys (reviewed fact files).

Language-neutral: a draft is read as a list of :class:`Drafted` figures, whatever extractor made
it, and a key is any fact file. Matching is one-to-one, in text order: a drafted figure *matches*
a key figure when their spans overlap **and** they state the same number. Over matched pairs each
field is compared (see :data:`FIELDS`); a figure is right *end to end* when every field of
:data:`END_TO_END` is right. Precision, recall and F1 are given for matching alone and end to end
(an end-to-end true positive is a matched pair with all those fields right).

Agency, operation and change links are scored only in keys that annotate them (a key with an
``agencies`` section is fully annotated); the other fields always.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from narcokg.extract.entity_names import same_entity
from narcokg.model.facts import FactFile, MeasurementFact
from narcokg.model.periods import canonical_label
from narcokg.model.regions import region_slug
from narcokg.model.spans import find_quote

#: The bound slot of each qualifier: which of value / lower / upper bound holds the number.
SLOTS = {
    "exact": "value",
    "about": "value",
    "more-than": "lower",
    "at-least": "lower",
    "nearly": "upper",
    "less-than": "upper",
    "up-to": "upper",
    "between": "range",  # both bounds: 3至5吨
}
FIELDS = (
    "measure",
    "slot",
    "qualifier",
    "unit",
    "period",
    "region",
    "operation",
    "agency",
    "change",
)
END_TO_END = ("measure", "slot", "unit", "period", "region")
ANNOTATED_ONLY = ("operation", "agency", "change")


@dataclass(frozen=True)
class Drafted:
    """One drafted figure, as the scorer sees it (any extractor, any language)."""

    id: str
    start: int
    end: int
    number: Decimal
    qualifier: str
    measure: str
    unit: str
    period: str
    regions: tuple[str, ...]
    operation: str | None = None  # normalised label
    agency: str | None = None  # normalised label
    change_of: str | None = None  # a drafted id
    confidence: float = 1.0
    review: tuple[str, ...] = ()
    #: the drafted agency's id and label as written, for the same-entity figure
    agency_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pair:
    """A matched key figure and drafted figure, with the fields each states."""

    key_id: str
    drafted_id: str
    key: dict[str, str]
    got: dict[str, str]
    scored: tuple[str, ...]
    #: the drafted agency names the key's agency under another spelling or label (None: unscored)
    same_entity: bool | None = None

    def right(self, name: str) -> bool:
        return self.key[name] == self.got[name]

    @property
    def end_to_end(self) -> bool:
        return all(self.right(name) for name in END_TO_END)


@dataclass
class Score:
    """The score of one document (or of several, added up)."""

    document: str
    drafted: int = 0
    expected: int = 0
    pairs: list[Pair] = field(default_factory=list)
    #: (confidence of each drafted figure, right end to end?)
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return len(self.pairs)

    @property
    def correct(self) -> int:
        return sum(p.end_to_end for p in self.pairs)

    def field_counts(self, name: str) -> tuple[int, int]:
        """(right, scored) over matched pairs for one field."""
        scored = [p for p in self.pairs if name in p.scored]
        return sum(p.right(name) for p in scored), len(scored)

    def entity_counts(self) -> tuple[int, int]:
        """(right, scored) of the lenient agency figure: strictly right or the same entity."""
        scored = [p for p in self.pairs if p.same_entity is not None]
        return sum(bool(p.same_entity) or p.right("agency") for p in scored), len(scored)

    def __add__(self, other: Score) -> Score:
        return Score(
            "overall",
            self.drafted + other.drafted,
            self.expected + other.expected,
            self.pairs + other.pairs,
            self.confidences + other.confidences,
        )


def prf(hits: int, drafted: int, expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (1.0 for an empty denominator).

    >>> [round(x, 3) for x in prf(8, 10, 8)]
    [0.8, 1.0, 0.889]
    """
    precision = hits / drafted if drafted else 1.0
    recall = hits / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def key_fields(fact: MeasurementFact, key: FactFile) -> dict[str, str]:
    agencies = {a.slug: a.label for a in key.agencies}
    operations = {o.slug: o.label for o in key.operations}
    return _fields(
        fact.measure,
        fact.qualifier,
        fact.unit,
        fact.period,
        fact.regions,
        _label(operations.get(fact.operation or "", fact.operation)),
        _label(agencies.get(fact.agency or "", fact.agency)),
    )


def drafted_fields(figure: Drafted) -> dict[str, str]:
    return _fields(
        figure.measure,
        figure.qualifier,
        figure.unit,
        figure.period,
        figure.regions,
        figure.operation,
        figure.agency,
    )


def _fields(
    measure: str,
    qualifier: str,
    unit: str,
    period: str,
    regions: tuple[str, ...],
    operation: str | None,
    agency: str | None,
) -> dict[str, str]:
    return {
        "measure": measure,
        "slot": SLOTS.get(qualifier, "?"),
        "qualifier": qualifier,
        "unit": unit,
        "period": canonical_label(period),  # "2025-H1" and its dates are one period
        "region": " + ".join(sorted(regions)) or "-",
        "operation": operation or "-",
        "agency": agency or "-",
    }


def _label(text: str | None) -> str | None:
    return region_slug(text.replace("U.S.", "US")) if text else None


def score_figures(document: str, text: str, drafted: list[Drafted], key: FactFile) -> Score:
    """Match ``drafted`` figures to the key's figures and score every field."""
    spans = [(find_quote(text, f.quote, within=f.within), f) for f in key.measurements]
    annotated = bool(key.agencies)
    scored = FIELDS if annotated else tuple(f for f in FIELDS if f not in ANNOTATED_ONLY)
    matches: dict[str, str] = {}  # drafted id -> key id
    taken: set[int] = set()
    found: list[tuple[MeasurementFact, Drafted]] = []
    for span, fact in sorted(spans, key=lambda pair: pair[0].start):
        best = _best_match(drafted, taken, span.start, span.end, fact.number)
        if best is not None:
            taken.add(best)
            matches[drafted[best].id] = fact.id
            found.append((fact, drafted[best]))
    pairs = []
    for fact, figure in found:
        want, got = key_fields(fact, key), drafted_fields(figure)
        want["change"] = fact.change_of or "-"
        got["change"] = (
            matches.get(figure.change_of, "?" + figure.change_of) if figure.change_of else "-"
        )
        entity = _same_entity(fact, figure, key) if annotated else None
        pairs.append(Pair(fact.id, figure.id, want, got, scored, entity))
    right = {p.drafted_id for p in pairs if p.end_to_end}
    confidences = [(f.confidence, f.id in right) for f in drafted]
    return Score(document, len(drafted), len(spans), pairs, confidences)


def _same_entity(fact: MeasurementFact, figure: Drafted, key: FactFile) -> bool:
    agency = next((a for a in key.agencies if a.slug == fact.agency), None)
    names: tuple[str, ...] = (fact.agency,) if fact.agency and agency is None else ()
    if agency is not None:
        names = (agency.slug, agency.label, *(label for _, label in agency.alt_labels))
    drafted = figure.agency_names or ((figure.agency,) if figure.agency else ())
    return same_entity(names, drafted)


def _best_match(
    drafted: list[Drafted], taken: set[int], start: int, end: int, number: Decimal
) -> int | None:
    """The untaken drafted figure with the same number that overlaps ``[start, end)`` most."""
    best, overlap = None, 0
    for index, figure in enumerate(drafted):
        shared = min(end, figure.end) - max(start, figure.start)
        if index in taken or shared <= 0 or figure.number != number:
            continue
        if shared > overlap:
            best, overlap = index, shared
    return best


def total(scores: list[Score]) -> Score:
    result = Score("overall")
    for score in scores:
        result = result + score
    return result


def confusion(score: Score, name: str) -> Counter[tuple[str, str]]:
    """How often the key said one thing and the draft another, for one field."""
    return Counter(
        (p.key[name], p.got[name]) for p in score.pairs if name in p.scored and not p.right(name)
    )


#: Confidence levels of the calibration table: (name, lowest confidence in it).
LEVELS = (("high", 0.9), ("medium", 0.6), ("low", 0.0))


def level_of(confidence: float) -> str:
    return next(name for name, floor in LEVELS if confidence >= floor)


def calibration(score: Score) -> list[tuple[str, int, int]]:
    """(level, drafted figures at that level, of them right end to end)."""
    counts: dict[str, list[int]] = {name: [0, 0] for name, _ in LEVELS}
    for confidence, right in score.confidences:
        entry = counts[level_of(confidence)]
        entry[0] += 1
        entry[1] += right
    return [(name, *counts[name]) for name, _ in LEVELS]  # type: ignore[misc]
