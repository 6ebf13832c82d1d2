"""Round 15: a part of the people arrested, named by the predicate after its bare count.

"Of those arrested, 391 were foreign nationals … and 1,166 were women", "arrested 3,912
people, of whom 412 were women", "made 538 felony arrests, 61 of them of juveniles": the words
after the number say which part of the arrested it counts, so it is not the whole its sibling
counts. Writers of seven calibration rounds name such parts ``women-arrested`` and
``foreign-nationals-arrested`` (registry concepts) and other groups ``<group>-arrested``.
"""

from __future__ import annotations

import re

from narcokg.extract.figures import Mention
from narcokg.extract.measures import Counted

_GROUPS = (
    r"women|females|foreign(?:ers|\s+nationals|\s+citizens|\s+nationality)|non-nationals"
    r"|non-local\s+residents|non-residents|juveniles|minors|teenagers"
    # round 16: a nationality ("Brazilian nationals", "non-Kuwaiti nationals", "of various
    # nationalities", "infiltrators of Asian and African nationalities") and an age below majority
    r"|(?-i:non-[A-Z][a-z]+|[A-Z][a-z]+)\s+(?:nationals|citizens)"
    r"|(?:(?:[a-z]+\s+)?of\s+)?(?:various|other|different|several|many"
    r"|(?-i:[A-Z][a-z]+)(?:\s+and\s+(?-i:[A-Z][a-z]+))?)\s+nationalit(?:y|ies)"
    r"|under\s+(?:the\s+age\s+of\s+)?18|younger\s+than\s+18|aged\s+under\s+18"
)
#: The predicate of a part right after its count: "were women", "of them of juveniles".
_GROUP_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|whom)\s+)?(?:(?:were|was)\s+)?(?:also\s+)?(?:[a-z]+\s+)?(?:of\s+)?"
    rf"(?P<group>{_GROUPS})\b",
    re.I,
)
#: The group before a count that is a part of the people counted after it: "Foreign nationals
#: made up 3,016 of the offenders", "Women accounted for 512 of those arrested".
_GROUP_BEFORE = re.compile(
    rf"\b(?P<group>{_GROUPS})\s+(?:made\s+up|accounted\s+for|represented|comprised)"
    r"\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
_OF_THE_ARRESTED = re.compile(
    r"\bof\s+(?:the|those)\s+(?:[a-z]+\s+){0,2}?(?:offenders|suspects|detainees|arrested"
    r"|arrests|persons\s+cleared|people\s+cleared)\b",
    re.I,
)
#: An arrest in the words before the part's count.
_ARREST = re.compile(
    r"\b(?:arrest(?:ed|s)?|detain(?:ed|ees)|apprehended|captured|nabbed|taken\s+into\s+custody)\b",
    re.I,
)
#: The registry's names of the parts it holds.
_NAMES = {"females": "women", "foreigners": "foreign-nationals"}


def arrested_group(mention: Mention, before: str, after: str) -> str | None:
    """The group a bare count (or one whose noun is borrowed or vague) names as a part of the
    people arrested before it (``before``/``after``: its sentence's text around it), as the
    measure's first words (``women``, ``foreign-nationals``, ``juveniles``); else ``None``."""
    if mention.unit is not None or not re.fullmatch(r"[\d,.]+", mention.quote.strip()):
        return None
    found = _GROUP_AFTER.match(after)
    arrested = _ARREST.search(before) or _OF_THE_ARRESTED.search(before)
    if found is None and (found := _GROUP_BEFORE.search(before)) is not None:
        arrested = _OF_THE_ARRESTED.match(after.strip())  # "… of those arrested"
    if found is None or not arrested:
        return None
    return group_name(found["group"])


def group_name(words: str) -> str:
    """The measure's first words for a group as written: ``foreign-nationals``, ``minors``."""
    group = " ".join(words.lower().split())
    if group.startswith(("foreign", "non-")) or "national" in group or "citizens" in group:
        return "foreign-nationals"
    if "18" in group:
        return "minors"
    return _NAMES.get(group, group)


def group_after(after: str) -> str | None:
    """Round 16: the group a part's own words name right after its count ("were women",
    "of them Colombian nationals", "were under the age of 18"), whatever its whole counts."""
    found = _GROUP_AFTER.match(after)
    return group_name(found["group"]) if found else None


def part_arrested(mention: Mention, before: str, after: str) -> Counted | None:
    """The measure of a part of the arrested named after its count (see :func:`arrested_group`)."""
    group = arrested_group(mention, before, after)
    if group is None:
        return None
    note = f"measure: a part of those arrested, named after its count ({group!r})"
    return Counted(f"{group}-arrested", "person", False, note)


#: Suspects as the count's noun, or people "suspected of" an offence right after it (round 23:
#: or people "who had committed" one, "who are suspected of having committed": 3 calibration
#: reports of 3 rounds key them ``suspects-identified``).
_SUSPECTS = re.compile(r"\bsuspects$", re.I)
_SUSPECTED_AFTER = re.compile(
    r"^\s*(?:(?:who\s+(?:are|were|was|is)\s+)?suspected\s+of"
    r"|who\s+(?:had|have|has)\s+(?:allegedly\s+)?committed)\b",
    re.I,
)
_IDENTIFIED_BEFORE = re.compile(r"\bidentified\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?$", re.I)
_IDENTIFIED_AFTER = re.compile(r"^\s*(?:were|was|had\s+been|have\s+been)\s+identified\b", re.I)
#: Round 29: people a police force identified are its suspects ("identified 97 people whom
#: investigators linked to trafficking organizations", "96 people were identified by officers who
#: monitor online platforms": 4 calibration reports of 4 rounds), unless their sentence says they
#: were used, at risk or victims, accused, identified by a condition ("with hepatitis C") or
#: as something else than suspects.
_NOT_SUSPECTS = re.compile(
    r"^\s*(?:with|accused|in\s+need|eligible|at\s+risk)\b"
    r"|\b(?:used\s+by|exploit|victims?|vulnerable|safeguarding|at\s+risk)"
    r"|(?:^\s*|\bidentified\s+)as\s+(?!suspect)",  # "identified as having remained abstinent"
    re.I,
)
#: An offence kind the registry's arrest measures name ("suspected traffickers").
OFFENCE_KIND = re.compile(
    r"traffick|deal(?:ing|ers)|suppl(?:y|iers)|smuggl|produc|manufactur", re.I
)


def suspects_identified(mention: Mention, before: str, after: str) -> Counted | None:
    """Round 15: suspects a police force identified ("171,580 suspects were identified",
    "identified 27,114 persons suspected of …"), which police statistics count apart from arrests
    and writers of rounds 13, 15 and 17 name ``suspects-identified``; else ``None``."""
    noun = mention.noun.strip()
    people = _SUSPECTS.search(noun) or (
        re.fullmatch(r"(?:people|persons|individuals)", noun, re.I)
        and (_SUSPECTED_AFTER.match(after) or not _NOT_SUSPECTS.search(after))
    )
    identified = _IDENTIFIED_BEFORE.search(before) or _IDENTIFIED_AFTER.match(after)
    if mention.unit is not None or not people or not identified:
        return None
    clause = re.split(r"[,;.]", after, maxsplit=1)[0]
    # round 29: vague people whose clause only links them to an offence stay identified
    linked = not _SUSPECTS.search(noun) and not re.match(r"\s*as\s", clause)
    if OFFENCE_KIND.search(noun) or (OFFENCE_KIND.search(clause) and not linked):
        return None  # "identified as suspected traffickers": the registry's arrest measure
    return Counted("suspects-identified", "person", False, "measure: suspects identified")
