"""Round 18 (measures, ms19b): suspects the police counted without holding them.

Police statistics of several countries count the people they registered, reported or identified
as suspects of drug offences, whether or not anyone was arrested ("18,000 persons were registered
as suspects", "the number of suspects reported fell to …"). The registry's word "suspects" names
an arrest; when the sentence says nothing of one, the count is proposed as ``suspects-identified``.
"""

from __future__ import annotations

import re

from narcokg.extract.groups import OFFENCE_KIND, group_after
from narcokg.extract.measures import Counted

#: Stems of an arrest or detention (a charge alone is no arrest).
_ARREST_WORDS = r"arrest|detain|detention|captur|apprehen|caught|nabbed|booked|custody|netted"
#: Words of holding or accusing someone: with one in the sentence, suspects were arrested.
_HELD = re.compile(
    rf"\b(?:{_ARREST_WORDS}|charg|proceeded\s+against|remand|jail|imprison|handed\s+over)", re.I
)
_SUSPECTS = re.compile(r"\bsuspect(?:s|ed)?\b", re.I)
#: A past tense right before a count, the verb that acts on it ("named 51,073 suspects").
_VERB_BEFORE = re.compile(
    r"\b([a-z]+ed)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|more\s+than\s+|over\s+)?$", re.I
)


def unarrested(counted: Counted, sentence: str, before: str) -> Counted:
    """``counted``, or ``suspects-identified`` when it reads suspects arrested from a sentence
    that names suspects but no arrest, detention or charge, and no other verb right ``before``
    the count acts on them ("named 51,073 suspects": left to the registry)."""
    if counted.measure != "suspects-arrested" or not _SUSPECTS.search(sentence):
        return counted
    verb = _VERB_BEFORE.search(before)
    if _HELD.search(sentence) or (verb and not _LISTED.match(verb[1])):
        return counted
    note = "measure: suspects with no arrest in their sentence: identified or arrested?"
    return Counted("suspects-identified", "person", False, note)


#: Acts on a group of people short of an arrest, and the past participle that names them.
_ACTS = (("indicted", re.compile(r"\bindict", re.I)),
         ("investigated", re.compile(r"\binvestigat", re.I)),
         ("charged", re.compile(r"\bcharg", re.I)))  # fmt: skip
_ARRESTED = re.compile(rf"\b(?:{_ARREST_WORDS})", re.I)
PART_NOTE = "measure: a part of the group"
#: Suspects a police force listed: identified, registered, reported or recorded.
_LISTED = re.compile(r"\b(?:identifi|regist|report|record)", re.I)

#: A part counted in a sentence of its own after its group's: "Of them, 214 were …".
_OF_THEM = re.compile(r"^\W*(?:of|among)\s+(?:them|these|those)\b", re.I)


def part_of_group(counted: Counted, before: str, after: str, previous: str) -> Counted:
    """A part of a group of people named right after its count ("of whom 88 were foreign
    citizens"), read as a part of those arrested or left unnamed, when the group's words
    (``before`` the figure, and ``previous`` when the sentence opens with "Of them") name no
    arrest: the part of those indicted, investigated or charged (``foreign-nationals-charged``),
    or of suspects identified (``foreign-suspects-identified``)."""
    part = group_after(after)
    if part is None or not (counted.measure.endswith("-arrested") or not counted.known):
        return counted
    group = f"{previous} {before}" if _OF_THEM.match(before) else before
    if _ARRESTED.search(group):
        return counted
    note = f"{PART_NOTE} {group.strip()[-60:]!r}, named by what was done to it"
    if (act := group_act(group)) is not None:
        return Counted(f"{part}-{act}", "person", False, note)
    # "identified as suspected traffickers" count arrests, as groups.suspects_identified reads
    listed = _SUSPECTS.search(group) and _LISTED.search(group) and not OFFENCE_KIND.search(group)
    if part == "foreign-nationals" and listed:
        return Counted("foreign-suspects-identified", "person", False, note)
    return counted


def group_act(words: str) -> str | None:
    """What the words of a group of people say was done to them short of an arrest
    (``indicted``, ``investigated``, ``charged``), or ``None`` (also when they name an arrest)."""
    if _ARRESTED.search(words):
        return None
    return next((name for name, found in _ACTS if found.search(words)), None)


#: Round 19: "Police proceeded against 38,914 persons", "offenders proceeded against by police":
#: the police statistic of people dealt with by arrest, summons or caution, not an arrest count.
_PROCEEDED_BEFORE = re.compile(r"\bproceeded\s+against\s+(?:some\s+|about\s+|a\s+total\s+of\s+)?$")
_PROCEEDED_AFTER = re.compile(r"^\s*(?:were\s+|had\s+been\s+)?proceeded\s+against\b(?!\s+in\b)")


#: Round 22: proceedings or liability brought against people: "Court proceedings were taken
#: against 7,126 people", "Criminal liability was brought against 4,630 persons", "1,119
#: individuals were brought to criminal responsibility".
_PROCEEDINGS_BEFORE = re.compile(
    r"\b(?:proceedings|liability)\s+(?:(?:was|were|have\s+been|had\s+been)\s+)?(?:taken|opened"
    r"|instituted|initiated|launched|brought|started)\s+against\s+(?:some\s+|about\s+"
    r"|a\s+total\s+of\s+)?$",
    re.I,
)
_RESPONSIBILITY_AFTER = re.compile(
    r"^\s*(?:were|was|have\s+been|had\s+been)\s+(?:brought|held)\s+(?:to\s+)?(?:criminal"
    r"\s+)?(?:responsibility|liability)\b|^\s*(?:were|was|have\s+been|had\s+been)\s+held"
    r"\s+criminally\s+liable\b",
    re.I,
)


def proceeded_against(counted: Counted, before: str, after: str) -> Counted:
    """``counted``, or the proposed ``people-proceeded-against`` when it reads people arrested
    from a count the police "proceeded against" (those of a court, "in", stay prosecutions);
    (round 22) people no rule named against whom proceedings or criminal liability were brought
    are ``people-proceeded-against`` too."""
    if counted.unit == "person" and counted.measure != "suspects-arrested" and not counted.known:
        if _PROCEEDINGS_BEFORE.search(before) or _RESPONSIBILITY_AFTER.match(after):
            return Counted("people-proceeded-against", "person", True)
        return counted
    if counted.measure != "suspects-arrested":
        return counted
    if _PROCEEDED_BEFORE.search(before) or _PROCEEDED_AFTER.match(after):
        return Counted("people-proceeded-against", "person", False)
    return counted
