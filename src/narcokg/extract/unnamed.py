"""A count nothing named (round 17): a bare number whose noun stands earlier in its sentence or
in the sentence before, and that no rule tied to a sibling ("In the same quarter of 2025 there
were 31.", "That is 6% more than in 2022 to 2023 (22,934)", "Pest County and Csongrád-Csanád
County followed with 602 and 437, respectively", "Cocaine: 612 kilograms (205)"). It counts
what the nearest earlier count of its paragraph counts, in its sentence first, then in the
sentence before, and in that count's unit: a change, a share or another bare number names
nothing (15 calibration reports of at least 8 rounds drafted such numbers `unknown-measure`).
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.renamed_levels import rename

UNNAMED = "unknown-measure"
#: Units of changes and shares: a bare count never counts what they measure.
_NOT_COUNTS = frozenset({"percent", "fold", "percentage-point", "per-mille"})


def name_unnamed(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each count no rule named the measure and unit of the nearest earlier count; a
    "respectively" run of them ("the figures were 6 and 251, respectively") those of the last
    as many counts of the sentence before, in order."""
    listed = _respective_sources(context, found)
    for index, fact in enumerate(found):
        if fact.measure != UNNAMED or fact.change_of:
            continue
        if _named_by_subject(context, fact):
            continue  # round 20: "Seizures at the two ports numbered 640 and 1,105"
        if _named_by_opener(context, found, index):
            continue  # round 21: "Of these deaths, A, B and C accounted for 246, 231 and 148 …"
        source = listed.get(index) or _nearest_count(context, found, index)
        if source is None:
            continue
        rename(fact, source.measure, source.unit)
        fact.review.append(f"measure: a bare number, counted as {source.id!r} before it: check")


def _nearest_count(
    context: DraftContext, found: list[DraftMeasurement], index: int
) -> DraftMeasurement | None:
    """The last named count before ``found[index]`` in its sentence or the one before, in its
    paragraph."""
    fact = found[index]
    here = context.sentences[fact.mention.sentence]
    for other in reversed(found[:index]):
        there = context.sentences[other.mention.sentence]
        if there.index < here.index - 1 or there.paragraph != here.paragraph:
            return None
        if other.measure != UNNAMED and not other.change_of and other.unit not in _NOT_COUNTS:
            return other
    return None


def _respective_sources(
    context: DraftContext, found: list[DraftMeasurement]
) -> dict[int, DraftMeasurement]:
    """For each sentence whose figures are all unnamed and end in "respectively", its i-th
    figure's source: the i-th of the sentence before's last counts, as many as it has."""
    sources: dict[int, DraftMeasurement] = {}
    for sentence in context.sentences:
        run = [i for i, f in enumerate(found) if f.mention.sentence == sentence.index]
        if len(run) < 2 or "respectively" not in sentence.text.lower():
            continue
        if any(found[i].measure != UNNAMED for i in run) or sentence.index == 0:
            continue
        before = context.sentences[sentence.index - 1]
        counts = [
            f
            for f in found
            if f.mention.sentence == before.index
            and f.measure != UNNAMED
            and not f.change_of
            and f.unit not in _NOT_COUNTS
        ]
        if before.paragraph == sentence.paragraph and len(counts) >= len(run):
            sources.update(zip(run, counts[-len(run) :], strict=True))
    return sources


#: Round 20: the subject of a verb of amount right before a bare count ("Seizures at the two ports
#: numbered 640 and 1,105", "Offenders apprehended to October total 19,802", "The total amount of
#: tablets seized … now stands at more than 74 million"), from the sentence's start.
#: Round 41: the subject may list places ("Arrests in Ashby, Corton and Dale numbered 41, 37 and
#: 12 respectively"): a comma before a capitalised word; the run may hold three counts or more.
_SUBJECT_AMOUNT = re.compile(
    r"^(?P<subject>[A-Z](?:[^,;:()]|,(?=\s+[A-Z])){3,120}?)\s+(?:now\s+|then\s+)?"
    r"(?:numbered|totall?ed|totals?"
    r"|stands\s+at|stood\s+at|amounted\s+to|came\s+to)\s+(?:more\s+than\s+|about\s+|some\s+"
    r"|nearly\s+|almost\s+|over\s+)?$"
)
#: The counts of the run before a later one ("640, 1,105 and "), dropped to reach the verb.
_EARLIER_OF_RUN = re.compile(
    r"(?:\s+\d[\d,.]*(?:\s+(?:million|billion))?(?:\s*,)?(?:\s+and)?)+\s*$"
)


def _named_by_subject(context: DraftContext, fact: DraftMeasurement) -> bool:
    """Round 20: a bare count whose sentence's subject a verb of amount links to it counts what
    that subject names, when the registry knows it; a second count of the list ("640 and 1,105")
    shares it."""
    from narcokg.extract.measures import classify

    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    before = re.sub(_EARLIER_OF_RUN, " ", before)
    linked = _SUBJECT_AMOUNT.match(before)
    if linked is None:
        return False
    read = classify(linked["subject"], sentence.text, None, False)
    if not read.known and (split := re.match(r"(.+?)\s+([a-z]+ed\b.*)$", linked["subject"])):
        # "Drug offenders apprehended from January to June": the participle is their verb
        read = classify(split[1], sentence.text, None, False, around=f"|{split[2]}")
    if not read.known and (place := re.match(r"(.+?)\s+(?:at|in|on|across)\s", linked["subject"])):
        read = classify(place[1], sentence.text, None, False)  # "Seizures at the two ports"
    if not read.known:
        return False
    rename(fact, read.measure, read.unit)
    fact.review.append(f"measure: read from the subject {linked['subject']!r}: check")
    return True


#: Round 21: a sentence opening on the whole its bare counts break down ("Of these deaths, …",
#: "Of the 2025 deaths, …", "Of the registered crimes, …"): its words and its head noun.
_OPENER = re.compile(
    r"^\W*(?:Of|Among)\s+(?:the|these|those|all)\s+(?P<whole>(?:(?:19|20)\d\d\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?P<head>[a-z]+s))\s*,",
    re.I,
)


def _named_by_opener(context: DraftContext, found: list[DraftMeasurement], index: int) -> bool:
    """Round 21: a bare count in a sentence that opens on its whole ("Of these deaths, Camden
    and Essex counties accounted for 246 and 231 respectively") counts what the whole's words
    name when the registry knows them, else what the last earlier count whose own words hold
    the whole's head noun counts ("4,386 drug-related crimes" for "Of the registered crimes")."""
    from narcokg.extract.measures import classify

    fact = found[index]
    sentence = context.sentences[fact.mention.sentence]
    opener = _OPENER.match(sentence.text)
    if opener is None:
        return False
    read = classify(opener["whole"], sentence.text, None, False)
    if read.known:
        fact.measure, fact.unit = read.measure, read.unit
    else:
        head = re.compile(rf"\b{re.escape(opener['head'])}\b", re.I)
        source = next(
            (
                f
                for f in reversed(found[:index])
                if f.measure != UNNAMED
                and f.unit not in _NOT_COUNTS
                and not f.change_of
                and head.search(f.mention.quote)
            ),
            None,
        )
        if source is None:
            return False
        fact.measure, fact.unit = source.measure, source.unit
    fact.review = [n for n in fact.review if not n.startswith("measure")]
    fact.review.append(f"measure: a part of the whole its sentence opens on ({opener[0]!r}): check")
    return True
