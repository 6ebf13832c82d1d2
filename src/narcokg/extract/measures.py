"""The counted thing -> a measure concept of the ontology (by ``skos:notation``) and a unit.

Rules look at the figure's noun phrase and, for the verb, at its sentence; the first rule that
fits wins. A noun phrase no rule knows becomes a *proposed* concept (a slug made of its words),
flagged for review: the reviewer maps it onto the scheme or adds the concept to the ontology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Count nouns -> count unit labels.
COUNT_UNITS: dict[str, str] = {
    "case": "case",
    "offence": "case",
    "offense": "case",
    "crime": "case",
    "suspect": "person",
    "people": "person",
    "person": "person",
    "individual": "person",
    "offender": "person",
    "trafficker": "person",
    "user": "person",
    "addict": "person",
    "student": "person",
    "fugitive": "person",
    "arrest": "person",
    "death": "person",
    "adult": "person",
    "resident": "person",
    "dealer": "person",
    "member": "person",
    "kind": "kind",
    "type": "kind",
    "substance": "kind",
    "province": "province",
    "plant": "plant",
    "pill": "pill",
    "tablet": "pill",
    "laboratory": "laboratory",
    "lab": "laboratory",
    "seizure": "seizure",
}

# (pattern over the noun phrase, pattern over the sentence or None, unit kind, measure)
RULES: tuple[tuple[str, str | None, str, str], ...] = (
    (r"precursor|production material|chemical", None, "mass", "drug-production-materials-seized"),
    (r"heroin", None, "mass", "heroin-seized"),
    (r"methamphetamine|\bmeth\b|\bice\b|crystal", None, "mass", "methamphetamine-seized"),
    (r"cocaine", None, "mass", "cocaine-seized"),
    (r"fentanyl", None, "mass", "fentanyl-seized"),
    (r"cannabis|marijuana", None, "mass", "cannabis-seized"),
    (r".", r"fentanyl", "mass", "fentanyl-seized"),
    (r".", r"cocaine", "mass", "cocaine-seized"),
    (r".", None, "mass", "drugs-seized"),
    (r"plant", r"cannabis|marijuana", "count", "cannabis-plants-seized"),
    (r"pill|tablet", None, "count", "pills-seized"),
    (r"laborator|\blabs?\b", None, "count", "laboratories-dismantled"),
    (r"cross-regional", None, "count", "major-cross-regional-cases-cracked"),
    (r"production|manufactur", r"case", "count", "drug-production-cases-cracked"),
    (r"traffick", r"case", "count", "drug-trafficking-cases-cracked"),
    (r"offence|offense", None, "count", "drug-offences-recorded"),
    (r"\bcases?\b", None, "count", "drug-crime-cases-cracked"),
    (r"traffick", r"arrest", "count", "trafficking-arrests"),
    (r"suspect|arrest", None, "count", "suspects-arrested"),
    (r"fugitive", r"reward", "count", "fugitives-in-reward-notice"),
    (r"student|pupil", None, "count", "students-taught-anti-drug-knowledge"),
    (r"death|died", None, "count", "drug-related-deaths"),
    (r"province", None, "count", "provinces-participating"),
    (r"kind|substance|type", r"list|control|schedul", "count", "substances-newly-listed"),
    (r"user|addict", r"treatment|rehabilitat", "count", "drug-users-in-treatment"),
    (r"user|addict", r"regist|record", "count", "drug-users-registered"),
    (r"people|person|adult|individual", r"arrest|charge", "count", "suspects-arrested"),
    (r"seizure", None, "count", "drug-seizures"),
)
KNOWN_PROPOSALS = {"drug-use-prevalence"}


@dataclass(frozen=True)
class Counted:
    """What a figure counts: the measure slug, the unit label, and whether the rules knew it."""

    measure: str
    unit: str
    known: bool


def count_unit(noun: str) -> str | None:
    """The count unit of a noun phrase: its head word ("criminal suspects" -> person)."""
    for word in reversed(re.findall(r"[a-z]+", noun.lower().split(" of ")[0])):
        singular = re.sub(r"(?<=[^aeiou])ies$", "y", word)
        singular = singular[:-1] if singular.endswith("s") and word not in COUNT_UNITS else singular
        for form in (word, singular):
            if form in COUNT_UNITS:
                return COUNT_UNITS[form]
    return None


def classify(noun: str, sentence: str, unit: str | None, mass: bool) -> Counted:
    """The measure and unit of a figure whose noun phrase is ``noun``.

    >>> classify("more than 740 tons of drug production materials", "", "tonne", True)
    Counted(measure='drug-production-materials-seized', unit='tonne', known=True)
    >>> classify("criminal suspects", "were arrested", None, False).measure
    'suspects-arrested'
    """
    kind = "mass" if mass else "count"
    lowered, context = noun.lower(), sentence.lower()
    resolved_unit = unit or count_unit(noun) or _proposed_unit(noun)
    subject = lowered if lowered or not mass else context
    for noun_pattern, sentence_pattern, rule_kind, measure in RULES:
        if rule_kind != kind or not re.search(noun_pattern, subject):
            continue
        if sentence_pattern is None or re.search(sentence_pattern, context):
            return Counted(measure, resolved_unit, True)
    return Counted(_proposed_measure(noun), resolved_unit, False)


def rate_measure(noun: str, sentence: str) -> Counted:
    """The measure of a rate or share that is not a change ("1.2‰ of the population")."""
    if re.search(r"prevalen|population|use rate", (noun + " " + sentence).lower()):
        return Counted("drug-use-prevalence", "", True)
    return Counted(_proposed_measure("share " + noun), "", False)


def _proposed_measure(noun: str) -> str:
    words = re.findall(r"[a-z0-9]+", noun.lower())[:5]
    return "-".join(words) or "unknown-measure"


def _proposed_unit(noun: str) -> str:
    words = re.findall(r"[a-z]+", noun.lower().split(" of ")[0])
    head = words[-1] if words else "item"
    return head[:-1] if head.endswith("s") else head
