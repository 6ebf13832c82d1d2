"""Bodies whose name has no English head noun (round 14, issue 14): the name grammar of
:mod:`.lang.en.names` finds an agency by its head ("… Police", "… Bureau"), so a body named in
its own language or without such a word is not found at all, and its figures go to a unit or
partner named in passing. A proper name of two or more words that opens a sentence as the
subject of an enforcement verb, and that the text repeats, is a body acting: an agency. Internal
to :mod:`.actors`. (Round 22: a regional body's "Member States" are its members, no body.)"""

from __future__ import annotations

import re

from narcokg.extract.lang.en.names import LEADING_WORDS

_WORD = r"[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)?"
#: "The <Name> seized …" at a sentence's or line's start ("An" may open a body's own name).
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:[Tt]he\s+)?(?P<name>{_WORD}(?:[ ]{_WORD}){{1,3}})[ ]+"
    r"(?:(?:has|have|also)[ ]+)?(?:seized|arrested|dismantled|detected|intercepted|confiscated"
    r"|recorded|carried[ ]out|conducted)\b",
    re.M,
)

#: A subject that names people, not a body ("Postal Inspectors seized …").
_PEOPLE = re.compile(
    r"\b(?:Inspectors|Officers|Agents|Investigators|Detectives|Troopers|Deputies|Prosecutors"
    r"|Officials|Personnel|Teams|Units|Forces|Authorities)$"
)


#: (round 22) A regional body's members, not a body: "Member States seized …", "Participating
#: Countries reported …", "States Parties recorded …" (the figures are the summary's publisher's).
_MEMBERS = re.compile(
    r"\b(?:Member|Participating|Partner|Reporting)\s+(?:States|Countries|Nations|Governments)$"
    r"|\bStates\s+Parties$"
)


#: Words a subject name may not open with: sentence openers, operations, people.
_SKIP = re.compile(
    rf"{LEADING_WORDS.pattern}|(?:Operation|Project|Strike|Police|Customs|Officers?|Authorities"
    r"|Mr|Ms|Mrs|Dr|Minister|Director|Commissioner|Chief|Inspector|Sergeant|Detective)\b"
)


def subject_bodies(text: str, places: set[str]) -> list[tuple[int, str]]:
    """(start, name) of every mention of each such body: the name repeated in the text, not a
    place, people or a phrase opening a sentence (leading words, operations)."""
    names: list[str] = []
    for match in _SUBJECT.finditer(text):
        name = match["name"]
        if name in names or _SKIP.match(name) or _PEOPLE.search(name) or _MEMBERS.search(name):
            continue
        if _placed(name, places):
            continue
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= 2:
            names.append(name)
    return [
        (m.start(), name)
        for name in names
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    ]


def _placed(name: str, places: set[str]) -> bool:
    """A place is a subject ("Costa Rica seized …") but no body; nor is "Costa Rica Police"
    left to this rule (the name grammar reads bodies with heads)."""
    words = name.split()
    return any(
        " ".join(words[i:j]) in places
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )
