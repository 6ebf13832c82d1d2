"""Round 24: people counted on a register of drug users, named as the registry names them.

"the narcological register … contained 7,214 people", "The Centre's register listed 21,307
persons", "The drug user database held 486,200 people", "18,954 persons were registered with
drug treatment services as dependent on drugs", "4,862 people were on the register of the
narcological service as drug users": the people on it are ``drug-users-registered`` (a stock);
"2,915 people were newly placed on the register", "118,900 people were newly registered",
"2,113 persons … were placed on the register" during the year are
``drug-users-newly-discovered`` (a flow). They were drafted from the verb or the role noun
(``people-contained``, ``people-listed``, ``people``) or, on a narcological service's register,
as people in treatment. The register is one of drug users when the figure's clause, the
sentence before or the words around the last register named before name drug users, people using
drugs or narcology (not a register of deaths).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

#: A register named in the figure's clause, as a noun, or people registered as users.
_REGISTER = re.compile(
    r"\b(?:register|registry|database)\b|\bnewly\s+registered\b"
    r"|\bregistered\b[^.;]{0,60}?\bas\s+(?:dependent|drug|addict)",
    re.I,
)
#: The register is of drug users: its clause or the sentence before says so (not "drugs"
#: alone: "the register of drug-induced deaths").
_OF_DRUG_USERS = re.compile(
    r"\bdrug[\s-]+users?\b|\bnarcolog|\baddict|\b(?:use|using|dependent\s+on)\s+drugs\b", re.I
)
#: Put on the register in the period, not on it at a date.
_ENTERED = re.compile(r"\bnewly\b|\b(?:placed|put|entered)\s+on\b|\badded\s+to\b", re.I)
#: A drafted measure the register overrides: people in treatment at a narcological service.
_OVERRIDDEN = frozenset({"drug-users-in-treatment"})


def registered_people(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Name each count of people on a register of drug users by the registry's two measures."""
    from narcokg.model.registry import registry

    known = registry().measures
    for fact in found:
        if (
            fact.unit != "person"
            or fact.change_of
            or (fact.measure in known and fact.measure not in _OVERRIDDEN)
        ):
            continue
        clause = _clause(context, fact)
        index = fact.mention.sentence
        previous = context.sentences[index - 1].text if index > 0 else ""
        earlier = _earlier_register(context.text[: context.sentences[index].start])
        if not _REGISTER.search(clause) or not _OF_DRUG_USERS.search(
            f"{earlier} {previous} {clause}"
        ):
            continue
        entered = _ENTERED.search(clause)
        name = "drug-users-newly-discovered" if entered else "drug-users-registered"
        if fact.measure in _OVERRIDDEN and (entered or not _OWN_REGISTER.search(clause)):
            continue
        rename(fact, name)
        fact.review.append(f"measure: {name}, people on a register of drug users")


#: The people themselves are on the register ("… people were on the register of …").
_OWN_REGISTER = re.compile(r"\b(?:were|was)\s+on\s+the\s+(?:[a-z-]+\s+)?register\b", re.I)


def _earlier_register(text: str) -> str:
    """The words around the last register ``text`` names ("The register of drug users kept by
    …" before "The Centre's register listed …"), or nothing."""
    found = list(re.finditer(r"\b(?:register|registry|database)\b", text, re.I))
    at = found[-1].start() if found else None
    return "" if at is None else text[max(0, at - 40) : at + 60]


def _clause(context: DraftContext, fact: DraftMeasurement) -> str:
    """The figure's clause: its sentence cut at semicolons and at ", and" before a new count."""
    sentence = context.sentences[fact.mention.sentence]
    start, end = fact.mention.start - sentence.start, fact.mention.end - sentence.start
    text = sentence.text
    opening = max(text.rfind(";", 0, start), _last(_NEW_CLAUSE, text[:end]))
    closing = [m.start() for m in _NEW_CLAUSE.finditer(text, end)] + [text.find(";", end)]
    closing = [c for c in closing if c >= 0]
    return text[opening + 1 : min(closing) if closing else len(text)]


#: ", and 1,205 of them …": a new clause with a count of its own.
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but)\s+(?=[^,;]*\d)", re.I)


def _last(pattern: re.Pattern[str], text: str) -> int:
    found = list(pattern.finditer(text))
    return found[-1].start() if found else -1
