"""The part of an "N out of M" share, named ``share-of-<whole>-<part>`` in the noun's count unit
("6 out of 10 pills contained a lethal dose" -> ``share-of-pills-lethal``; "1,104 out of 3,200
samples" -> the registry's ``samples-tested-positive``). Moved out of :mod:`.proposals` in round
23, unchanged.
"""

from __future__ import annotations

import itertools
import re

from narcokg.extract.figures import Mention
from narcokg.extract.lang.en.words import DRUG_WORDS, SHARE_FILLERS, STOP, VERBS
from narcokg.extract.measures import Counted, count_unit
from narcokg.extract.proposed_units import proposed_unit
from narcokg.extract.tied import drug_name


def out_of_share(mention: Mention, clause: str, sentence: str) -> Counted:
    """``share-of-<what is counted>-<what the part is>``: the noun after the figure, else the noun
    the whole is counted in elsewhere in the sentence ("examined 3,900 parcels, and 1,150 out of
    3,900 contained ..."); the part is the word after the verb ("contained a potentially lethal
    dose" -> lethal)."""
    words = re.findall(r"[a-z-]+", mention.noun.lower())
    # round 7: a group in front ("Among people who died"): its noun, not its relative clause
    words = list(itertools.takewhile(lambda w: w not in {"who", "that", "which", "whom"}, words))
    words = words[1:] if words[:1] in (["among"], ["of"]) else words
    if words and (words[0].endswith("ed") or words[0] in VERBS):
        clause, words = mention.noun + clause, []
    # the head noun, not a participle after it ("samples tested")
    nouns = [w for w in words if w not in SHARE_FILLERS and not w.endswith("ed")]
    head = nouns[-1] if nouns else None
    group = _GROUP_IN_FRONT.search(sentence.split(mention.quote)[0])  # "Among people who died,"
    head = head or (group[1].lower() if group else None)
    head = head or _noun_of_whole(sentence.replace(mention.quote, " | "), mention) or "items"
    following = [w for w in re.findall(r"[a-z]+", clause.lower()) if w not in SHARE_FILLERS]
    # the word after the verb says what the part is: "contained a potentially lethal dose"
    verb = next((i for i, w in enumerate(following) if w.endswith("ed") or w in VERBS), -1)
    part = following[verb + 1] if 0 <= verb < len(following) - 1 else ""
    part = "" if part in STOP else part  # "seizures recorded during the year": no part
    if not part:  # "Heroin accounted for 1,020 of the 2,400 admissions": the drug before it
        clause_before = re.split(r"[;:,]", sentence.split(mention.quote)[0])[-1]
        part = next((drug_name(m) for m in DRUG_WORDS.finditer(clause_before)), "")
        part = "" if part == "drug" else part or _subject_of_part(clause_before)
    unit = count_unit(head) or proposed_unit(head)
    measure = "-".join(w for w in ("share-of", head, part) if w)
    from narcokg.model.registry import registry

    positive = f"{head}-tested-positive"  # "1,104 out of 3,200 samples": the registry's measure
    if positive in registry().measures:
        entry = registry().measures[positive]
        return Counted(positive, entry.count_unit or unit, True)
    return Counted(measure, unit, False)


#: A group named in front of a share, without a number: "Among people who died, 74 out of 100".
_GROUP_IN_FRONT = re.compile(
    r"\b(?:among|of)\s+(?:the\s+|those\s+|all\s+)?([a-z]+s|people|men|women)\b[^,]*,\s*$", re.I
)


def _subject_of_part(clause: str) -> str:
    """The subject of "<subject> accounted for N of the M …" ("Parcels sent by post accounted
    for 4,870 of the 11,900 seizures" -> parcels): what the part is."""
    found = re.match(
        r"\s*([A-Za-z]+s)\b[^.;]*?\b(?:accounted\s+for|made\s+up|represented|comprised)\s*$", clause
    )
    return found[1].lower() if found else ""


def _noun_of_whole(sentence: str, mention: Mention) -> str | None:
    """The noun the whole is counted in: after the same number elsewhere in the sentence, else
    after the last count before the share ("14,900 drug seizures ..., of which 3 out of 5")."""
    nouns = [
        (m[1].rstrip(".,").replace(",", ""), m[2])
        for m in re.finditer(r"(\d[\d,.]*)\s+(?:[a-z-]+\s+)?([a-z]+s)\b", sentence)
        if not (m[2].endswith("ed") or m[2] in VERBS)
    ]
    same = [noun for number, noun in nouns if number == str(mention.denominator)]
    return (same or [noun for _, noun in nouns] or [None])[0 if same else -1]
