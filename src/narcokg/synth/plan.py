"""The plan of one synthetic report (its operations, figures and planted inconsistencies) and the
wording helpers the report's parts share. Internal; see :mod:`narcokg.synth.corpus`."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from narcokg.namespaces import NKID
from narcokg.synth.text import COUNT_UNITS, MEASURES, Phrase, count_phrase, mass_phrase

NATIONAL_OPERATIONS = (
    "Thunder",
    "Hunting",
    "Clean Source",
    "Border Shield",
    "Sky Net",
    "Iron Fist",
)
LOCAL_OPERATIONS = ("Spring Thunder", "Clean Border", "Net Sweep", "Mountain Eagle", "River Guard")
PROVINCE_NAMES = (
    "Hunan",
    "Hubei",
    "Yunnan",
    "Guangdong",
    "Guangxi",
    "Sichuan",
    "Guizhou",
    "Zhejiang",
    "Fujian",
    "Jiangsu",
    "Henan",
    "Shandong",
)


ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


@dataclass(frozen=True)
class Planted:
    """A planted inconsistency: its kind, the measurement it is on and the shapes that catch it."""

    kind: str
    document: str
    measurement: str
    shapes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.document,
            "measurement": self.measurement,
            "shapes": list(self.shapes),
        }


@dataclass
class Operation:
    slug: str
    label: str
    sentence: str
    quote: str
    regions: list[str]
    complete: bool
    organised_by: str | None
    conducted_by: str


@dataclass
class Figure:
    fid: str
    measure: str
    phrase: Phrase
    sentence: str
    quote: str
    region: str
    operation: str | None = None
    repaired: bool = True  # False: a garbled figure recorded as read literally (planted)


@dataclass
class DocumentPlan:
    doc_id: str
    period: str
    region: str
    agency: str
    values: dict[str, Decimal]
    figures: list[Figure] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    upper: dict[str, Decimal] = field(default_factory=dict)  # measure -> stated upper bound
    planted: list[Planted] = field(default_factory=list)
    rng_state: int = 0

    @property
    def national(self) -> bool:
        return self.region == "China"

    def measurement_iri(self, fid: str) -> str:
        return f"{NKID}measurement/{self.doc_id}/{fid}"


def period_intro(period: str) -> str:
    if "-H" in period:
        return f"In the {'first' if period.endswith('1') else 'second'} half of {period[:4]}"
    if "-Q" in period:
        return f"In the {ORDINALS[period[-1]]} quarter of {period[:4]}"
    if "-" in period:
        return f"In {date(int(period[:4]), int(period[5:]), 1):%B %Y}"
    return f"In {period}"


def subject(plan: DocumentPlan) -> str:
    return "the public security organs" if plan.national else f"the {plan.region} police"


def phrase_for(measure: str, value: Decimal, rng: random.Random) -> Phrase:
    kind, _ = MEASURES[measure]
    if kind == "mass":
        return mass_phrase(value, rng)
    return count_phrase(value, COUNT_UNITS.get(measure, "case"), rng)


def quote_for(measure: str, phrase: Phrase) -> str:
    return phrase.text if phrase.repair else f"{phrase.text} {MEASURES[measure][1]}"
