"""Round 21 (issue 14, branch ms22c): counts a registry trigger word stands beside but that are
not the trigger's concept, proposed by their own words.

- A press for making pills ("39 pill presses", "two presses") is equipment, not pills: the word
  "pill" modifies the head "presses". As for any good the registry lacks, its count is proposed
  as a seizure whatever the verb ("taken out of circulation", "were found"): keys of three
  rounds name it ``pill-presses-seized``, unit ``press``.
- Overdoses someone reversed ("staff reversed 264 overdoses", "used them to reverse 7,900
  overdoses", "overdoses were reversed") are rescues, not the non-fatal overdoses a health
  service recorded: ``overdoses-reversed``, unit ``overdose``.
- A part of the deaths that its predicate classes as drug misuse ("Of these, 149 were classed as
  drug-misuse deaths", "3,612 were related to drug misuse") counts deaths of that narrower
  definition (a controlled drug involved): ``drug-misuse-deaths``, as keys of three rounds name
  it. A count whose own noun says "drug misuse deaths" is left to the death trigger: writers key
  Scotland's headline "1,017 drug misuse deaths" as ``drug-related-deaths`` (five reports) as
  often as not.
"""

from __future__ import annotations

import re

#: Presses as the head of the counted phrase ("39 pill presses out of circulation", "two presses
#: capable of …", "one pill press"; not "press conferences").
_PRESSES = re.compile(r"\bpresses\b|\bpress$", re.I)
_PILLS = re.compile(r"\b(?:pills?|tablets?)\b", re.I)
#: The act of reversing, right before the count or as a passive right after it.
_REVERSED_BEFORE = re.compile(r"\brevers(?:ed|e|ing)\s*$", re.I)
_REVERSED_AFTER = re.compile(
    r"^\s*(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:also\s+|successfully\s+)?)?"
    r"reversed\b",
    re.I,
)
_OVERDOSES = re.compile(r"\boverdoses?$", re.I)
#: A predicate that classes a bare count as drug misuse: "131 were classed as drug misuse
#: deaths", "3,612 were related to drug misuse".
_MISUSE = re.compile(
    r"^\s*(?:were|was)\s+(?:(?:classed|classified|counted|recorded)\s+as\s+drug[\s-]+misuse"
    r"\s+deaths?|related\s+to\s+drug[\s-]+misuse)\b",
    re.I,
)


def beside_trigger(noun: str, sentence: str, around: str) -> tuple[str, str] | None:
    """(measure, unit) of a count whose registry trigger word is beside what it counts, else
    ``None``. ``around`` is the text before the figure, ``|``, the text after it; a press counts
    only where its phrase or ``sentence`` names pills or tablets.

    >>> beside_trigger("pill presses", "They seized 3 pill presses.", "seized|")
    ('pill-presses-seized', 'press')
    >>> beside_trigger("suspected overdoses", "", "have reversed|during the year")
    ('overdoses-reversed', 'overdose')
    >>> beside_trigger("overdoses", "", "treated|") is None
    True
    """
    phrase = noun.lower().split(" of ")[0].strip()
    if _PRESSES.search(noun.strip()) and _PILLS.search(f"{noun} {sentence}"):
        return "pill-presses-seized", "press"
    before, _, after = around.partition("|")
    if _MISUSE.match(after) or _MISUSE.match(noun):  # a part's predicate read as its noun
        return "drug-misuse-deaths", "person"
    if _OVERDOSES.search(phrase) and (
        _REVERSED_BEFORE.search(before) or _REVERSED_AFTER.match(after)
    ):
        return "overdoses-reversed", "overdose"
    return None
