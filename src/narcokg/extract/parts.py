"""Round 16: a part of a whole stated before it counts its own measure, not the whole's.

"tested 9,030 blood samples. Of those, 4,812 were positive for THC", "conducted 18,420 roadside
drug tests, and 1,512 of them returned a positive result": the positive part of what was tested
is ``samples-tested-positive`` (the registry's measure, keyed so by writers of ten calibration
rounds). "398 people died …, with fentanyl involved in 305 of those deaths", "Fentanyl was
identified in 6,412 of those cases": the part a drug was found in is ``<drug>-deaths`` or
``<drug>-cases``. "arrested 52,316 suspects, of whom 1,204 were foreigners": the part of the
arrested its own words name (:mod:`.groups`) rather than the suspects its bare number borrowed.

The whole is the figure the part's cue points back to: the count before "of them", "of whom",
"of which" in the sentence, the "M" of "Of the M …, N", or the last count of the sentence before
"Of those, N". The part keeps the whole's number as its denominator.
"""

from __future__ import annotations

import re

from narcokg.extract.drafts import DraftContext, DraftMeasurement
from narcokg.extract.groups import group_after
from narcokg.extract.person_times import in_samples
from narcokg.extract.positives import POSITIVE_AFTER
from narcokg.extract.renamed_levels import rename
from narcokg.extract.suspects import group_act
from narcokg.extract.tied import NAMED_DRUG, drug_name

_CHANGE_UNITS = {"percent", "fold", "percentage-point"}
#: The cue right after the part's number: "1,512 of them", "305 of those deaths".
_CUE_AFTER = re.compile(
    r"[^\d]{0,20}?[\d][\d.,]*\s+of\s+(?:them|these|those|which|whom"
    r"|(?P<named>the\s+(?:suspects|persons|people|offenders|detainees)|those\s+(?:arrested|detained)))\b",
    re.I,
)
#: The cue right before it in its clause: "of whom 1,204", "of which there are 12".
_CUE_BEFORE = re.compile(
    r"\b(?:of|out\s+of|among)\s+(?:whom|which|them|these|those)\s+(?:there\s+(?:are|were)\s+)?"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)
#: A sentence that opens on its whole: "Of those, ", "Of them, ", "Of these deaths, ".
_OPENS_ON_GROUP = re.compile(r"^\W*(?:Of|Among)\s+(?:them|these|those)\b[^,\d]{0,40},", re.I)
#: A sentence that opens on its whole with its number: "Of the 2,614 drivers we checked, ".
_OPENS_ON_WHOLE = re.compile(r"^\W*(?:Of|Among)\s+(?:the|those|these)\s+(?P<n>\d[\d.,]*)\b[^;]*?,")

#: Words that say the whole was tested.
_TESTED = re.compile(
    r"\b(?:test(?:s|ed|ing)?|analy[sz](?:ed|es|is)|examined|screen(?:ed|ing|s)?|checked"
    r"|samples?|detection)\b",  # round 24: translations' "carry out hair drug detection"
    re.I,
)
#: The drug found in the part, before it: "fentanyl was found in", "with fentanyl involved in".
_FOUND_IN = re.compile(
    rf"{NAMED_DRUG}[^.;,]{{0,40}}?\b(?:involved|present|found|identified|detected|confirmed)"
    r"\s+in\s*$",
    re.I,
)
#: A gapped list item after such a drug: "…, and xylazine in 1,118".
_GAPPED = re.compile(rf"(?:,|\band\b)\s*(?:and\s+)?{NAMED_DRUG}\s+in\s*$", re.I)
#: A bare count's own words naming a part of the arrested (a note of :mod:`.bare`).
_GROUP_NOTE = re.compile(r"but its own words name a part of the arrested \('([a-z-]+)'\)")
_PEOPLE = re.compile(r"\b(?:people|persons|individuals)\b", re.I)
#: Round 21: the positive cue before the part's number, as translations word it after a count
#: of what was tested: "…, found positive 19 people", "…, tested positive 38 persons"; round 24:
#: "…, checked positive 27 people", "…, of which test result positive 19 people"; round 48: the
#: present tense of machine translations, "…, find positive 21 person times", "detect positive".
_POSITIVE_BEFORE = re.compile(
    r",\s*(?:and\s+|of\s+(?:which|that)\s+)?(?:were\s+)?(?:found|tested|checked|test\s+results?"
    r"|check(?:ed)?\s+out|find(?:\s+the)?|detect(?:ed)?|discover(?:ed)?)\s+positive\s*$",
    re.I,  # round 29: MT "check out"
)


def settle_parts(context: DraftContext, found: list[DraftMeasurement]) -> None:
    """Give each part of a whole its own measure (when its words say which) and the whole's
    number as its denominator."""
    wholes: dict[int, DraftMeasurement] = {}
    for index, fact in enumerate(found):
        if fact.unit in _CHANGE_UNITS or fact.change_of:
            continue
        _group_named(fact)
        whole = whole_of(context, found, index) or _listed_with(context, found, index, wholes)
        if whole is None:
            continue
        wholes[index] = whole
        if fact.denominator is None and whole.mention.number > fact.mention.number:
            fact.denominator = whole.mention.number
        settled = (
            _drug_found(context, fact, whole)
            or _positive(context, fact, whole, found)
            or _arrested_group(context, fact, whole)
            or _first_time(context, fact, whole)
        )
        if settled is not None and settled[0] != fact.measure:
            rename(fact, *settled)
            fact.review.append(f"measure: a part of {whole.id!r}, named by its own words")
        if fact.measure == "samples-tested-positive" and whole is not fact:
            _tested_whole(whole, fact)
            in_samples(whole, fact)  # round 29: "hair testing 2,418 person-times"


def _tested_whole(whole: DraftMeasurement, part: DraftMeasurement) -> None:
    """Round 17: the whole a positive part was found in is what was tested, ``samples-tested``
    in the part's unit ("hair testing of 41,200 people, of which 63 people tested positive",
    "tested 48,600 person-times, 212 of which were positive"), when no registry rule named it
    (5 calibration reports of 5 rounds drafted such wholes as people or "key personnel")."""
    from narcokg.extract.learned.measure_opinion import unit_kinds
    from narcokg.model.registry import registry

    if whole.measure in registry().measures or unit_kinds().get(whole.unit, "count") != "count":
        return
    rename(whole, "samples-tested", part.unit)
    whole.review.append(f"measure: the whole {part.id!r} tested positive in")


def _listed_with(
    context: DraftContext,
    found: list[DraftMeasurement],
    index: int,
    wholes: dict[int, DraftMeasurement],
) -> DraftMeasurement | None:
    """A later item of a list of parts of one whole ("Of those, 4,812 were positive for THC,
    1,966 for methamphetamine", "fentanyl in 6,905 of those cases and xylazine in 1,118")."""
    fact = found[index]
    last = max((i for i in wholes if i < index), default=None)
    if last is None or found[last].mention.sentence != fact.mention.sentence:
        return None
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    if _GAPPED.search(before) or re.match(r"\s+for\b", _clause_after(context, fact)):
        return wholes[last]
    return None


def whole_of(
    context: DraftContext, found: list[DraftMeasurement], index: int
) -> DraftMeasurement | None:
    """The figure ``found[index]`` is a part of, when a cue points back to one: the count before
    the cue in its sentence, else the last count of the sentence before."""
    fact = found[index]
    sentence = context.sentences[fact.mention.sentence]
    offset = fact.mention.start - sentence.start
    before, rest = sentence.text[:offset], sentence.text[offset:]
    earlier = [f for f in found[:index] if _countable(f)]
    # a whole counts what its part counts and is no earlier figure it was compared with
    wholes = [f for f in earlier if _same_kind(f, fact) and not _compared_base(context, f)]
    here = [f for f in wholes if f.mention.sentence == fact.mention.sentence]
    previous = [f for f in wholes if f.mention.sentence == fact.mention.sentence - 1]
    if (opening := _OPENS_ON_WHOLE.match(before)) is not None:
        number = opening["n"].replace(",", "")
        return next((f for f in reversed(earlier) if str(f.mention.number) == number), None)
    if _OPENS_ON_GROUP.match(before):
        return previous[-1] if previous else None
    if fact.denominator is not None:  # "372 of the 468 deaths": its own noun names the whole
        around = [f for f in earlier if f.mention.sentence >= fact.mention.sentence - 1]
        same = [f for f in around if f.mention.number == fact.denominator]  # named by number
        return same[-1] if same else fact
    if (cue := _CUE_AFTER.match(rest)) and cue["named"]:
        return fact  # "37 of the suspects we detained": its own noun names the whole
    if cue or _CUE_BEFORE.search(re.split(r"[;:]", before)[-1]):
        return here[-1] if here else previous[-1] if previous else None
    if _POSITIVE_BEFORE.search(before) and here:
        return here[-1]
    return None


def _countable(fact: DraftMeasurement) -> bool:
    return fact.unit not in _CHANGE_UNITS and not fact.change_of


def _same_kind(whole: DraftMeasurement, part: DraftMeasurement) -> bool:
    """Both count alike: the same kind of unit (no cases of a mass), and people of people
    ("charged 398 people with 1,027 drug offences. Of those charged, 74": people, not
    offences); a unit not known yet ("item") fits any."""
    from narcokg.extract.learned.measure_opinion import unit_kinds

    if whole.unit == part.unit or "item" in {whole.unit, part.unit}:
        return True
    kinds = unit_kinds()
    if kinds.get(whole.unit, "count") != kinds.get(part.unit, "count"):
        return False
    return (whole.unit == "person") == (part.unit == "person")


#: Before an earlier figure a comparison names: "down from 10,086", "(32,565)", "(2021: 1,842)".
_BASE_BEFORE = re.compile(
    r"(?:\bfrom|compared\s+(?:with|to)|\bthan|\bagainst|\bversus|\(|:)\s*"
    r"(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)


def _compared_base(context: DraftContext, fact: DraftMeasurement) -> bool:
    start = fact.mention.start
    return _BASE_BEFORE.search(context.text[max(0, start - 30) : start]) is not None


def _clause_after(context: DraftContext, fact: DraftMeasurement) -> str:
    """What follows the part's number up to its clause's end, past a restated share (", or
    1.4%,")."""
    number = re.match(r"\D{0,20}?\d[\d.,]*", fact.mention.quote)
    start = fact.mention.start + (number.end() if number else len(fact.mention.quote))
    after = context.text[start : start + 120]
    after = re.sub(
        r"^\s*(?:of\s+(?:them|these|those|which|whom)\b)?,?\s*(?:or\s+|\()[\d.,]+\s*%\)?,?",
        "",
        after,
    )
    return re.split(r"[;.]\s|,\s", after, maxsplit=1)[0]


def _positive(
    context: DraftContext,
    fact: DraftMeasurement,
    whole: DraftMeasurement,
    found: list[DraftMeasurement],
) -> tuple[str, str] | None:
    """The positive part of what was tested: ``samples-tested-positive``, in people when its own
    words count people, in pills when the whole counted pills, else in samples."""
    if whole is fact:  # "six out of ten pills contained a lethal dose": a share, unless tested
        return _tested_share(context, fact, found)
    whole_sentence = context.sentences[whole.mention.sentence]
    between = context.text[whole_sentence.start : fact.mention.start]
    if not _TESTED.search(between) and "tested" not in whole.measure:
        return None
    after = _clause_after(context, fact)
    before = context.text[whole_sentence.start : fact.mention.start]
    listed = any(
        f.measure == "samples-tested-positive" and f.mention.sentence == fact.mention.sentence
        for f in found
        if f.mention.start < fact.mention.start
    ) and re.match(r"\s+for\b", after)
    found_in = _FOUND_IN.search(before[-80:])
    positive_before = _POSITIVE_BEFORE.search(before)
    if not (POSITIVE_AFTER.match(after) or found_in or listed or positive_before):
        return None
    if _PEOPLE.search(fact.mention.quote):
        return "samples-tested-positive", "person"
    return "samples-tested-positive", "pill" if whole.unit == "pill" else "sample"


#: Round 18: a test's verb before the drug it found in a share: "confirmed fentanyl in".
_FOUND_DRUG_IN = re.compile(
    rf"\b(?:found|detected|confirmed|identified)\s+{NAMED_DRUG}\s+in\s*$", re.I
)
#: The share's clause says its part tested positive: "… tested were positive for" (not
#: "contained a lethal dose": keys of pills examined disagree on those).
_POSITIVE_LATER = re.compile(
    r"^(?:(?!\.\s)[^;()])*?\b(?:(?:tested|were|was|proved)\s+positive|positive\s+for)\b", re.I
)
#: The dead a toxicology test examined: their positive part is deaths, not samples.
_DEAD = re.compile(r"\b(?:died|deaths?|decedents|fatalities)\b", re.I)


def _tested_share(
    context: DraftContext, fact: DraftMeasurement, found: list[DraftMeasurement]
) -> tuple[str, str] | None:
    """Round 18: an "N out of M" share of what a test examined whose part was positive counts
    the positives ("1,193 out of 1,761 detainees tested were positive", "confirmed fentanyl in
    1,126 out of 1,380 pills"): keys of 3 calibration reports of 2 rounds; a share of things
    nothing tested ("40 of the 90 pills contained a lethal dose") stays a share."""
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    share = context.text[fact.mention.start : sentence.end]  # its words and what follows
    if fact.denominator is None or not _TESTED.search(before + share) or _DEAD.search(share):
        return None
    if not (_POSITIVE_LATER.match(share) or _FOUND_DRUG_IN.search(before[-60:])):
        return None
    # its unit, else that of the whole counted before ("1,761 of them gave a sample. … 914 out
    # of 1,761 tested positive")
    whole = [f.unit for f in found if f.mention.number == fact.denominator] + [fact.unit]
    if (unit := next((u for u in whole if u in {"person", "pill"}), None)) is not None:
        return "samples-tested-positive", unit
    return "samples-tested-positive", "person" if _PEOPLE.search(fact.mention.quote) else "sample"


def _drug_found(
    context: DraftContext, fact: DraftMeasurement, whole: DraftMeasurement
) -> tuple[str, str] | None:
    """The part of deaths or cases a drug was found in: ``<drug>-deaths``, ``<drug>-cases``."""
    sentence = context.sentences[fact.mention.sentence]
    before = context.text[sentence.start : fact.mention.start]
    # ("Of the 2,310 cases, 963 involved cannabis": writers keep the whole's measure)
    found = _FOUND_IN.search(before) or _GAPPED.search(before)
    drug = drug_name(found) if found else "drug"
    if drug == "drug":
        return None
    if whole.measure.endswith("deaths"):
        return f"{drug}-deaths", "person"
    if whole.unit == "case":
        return f"{drug}-cases", "case"
    return None


def _arrested_group(
    context: DraftContext, fact: DraftMeasurement, whole: DraftMeasurement
) -> tuple[str, str] | None:
    """A part of an arrest count its own words name ("Of them, 212 were women", "27 crew members,
    19 of them Colombian nationals"): ``<group>-arrested``."""
    if not _ARRESTS.search(whole.measure) or fact.unit not in {"person", "item"}:
        return None
    after = _clause_after(context, fact)
    # "37 of the suspects we detained were under 18": past the group it is part of
    after = re.sub(r"^\s*of\s+(?:the|those)\b(?:\s+(?!were\b|was\b)[a-z]+){1,3}", "", after)
    group = group_after(after)
    # round 18: "Some 1,180 people were charged …, 214 of them under 18": those charged
    sentence = context.sentences[fact.mention.sentence]
    act = group_act(context.text[sentence.start : fact.mention.start])
    return (f"{group}-{act or 'arrested'}", "person") if group else None


_ARRESTS = re.compile(r"(?:-arrested|-arrests)$")


def _group_named(fact: DraftMeasurement) -> None:
    """A bare count that borrowed its sibling's noun but whose own words name a part of the
    arrested ("arrested 52,316 suspects, of whom 1,204 were foreigners") counts that part."""
    named = next((m for n in fact.review if (m := _GROUP_NOTE.search(n))), None)
    if named is None or not fact.measure.endswith("-arrested"):
        return
    measure = f"{named[1]}-arrested"
    if fact.measure != measure:
        fact.measure, fact.unit = measure, "person"
        fact.review.append(f"measure: the part of the arrested its own words name ({named[1]!r})")


#: Round 20: a part's own words say it was treated for the first time: "of whom 7,415 were
#: entering treatment for the first time", "2,310 were first-time admissions", "1,402 of them
#: for the first time", "of whom 371 had never been treated before".
_FIRST_TIME = re.compile(
    r"\bfor\s+the\s+first\s+time\b|\bfirst[\s-]time\s+(?:admissions?|entrants?|clients|patients)\b"
    r"|\bnever\s+(?:been\s+|before\s+been\s+)?(?:treated|in\s+treatment|received\s+treatment)\b"
    # round 23: the kind of treatment between ("had never been in alcohol and other drug
    # treatment before", "had never received AOD treatment"), and "were new to treatment"
    r"|\bnever\s+(?:been\s+in|received)\s+(?:[\w-]+\s+){1,5}?treatment\b|\bnew\s+to\s+treatment\b",
    re.I,
)
#: Treatment in a measure's name or the part's own words ("entered treatment", "admissions").
_TREATED = re.compile(r"treat|admi(?:ssion|tted)|rehabilitat|entrant", re.I)
_FIRST_TIME_MEASURE = "people-admitted-to-treatment-for-the-first-time"


def _first_time(
    context: DraftContext, fact: DraftMeasurement, whole: DraftMeasurement
) -> tuple[str, str] | None:
    """Round 20: the part of the people treated whose own words say they were treated for the
    first time is ``people-admitted-to-treatment-for-the-first-time`` (the registry's part of
    ``people-admitted-to-treatment``, docs/facts.md), in persons, not the whole's measure: keys
    of 8 calibration reports of 7 rounds. A count of its own ("3,142 people started treatment
    for the first time") is no part, and stays as the older keys write it."""
    if whole is fact or fact.unit not in {"person", "item"}:
        return None
    after = _clause_after(context, fact)
    if not _FIRST_TIME.search(after):
        return None
    if not (_TREATED.search(whole.measure) or _TREATED.search(after) or _treated_noun(whole)):
        return None
    return _FIRST_TIME_MEASURE, "person"


def _treated_noun(whole: DraftMeasurement) -> bool:
    """The whole's own noun phrase names treatment ("entered a treatment programme")."""
    return _TREATED.search(whole.mention.noun) is not None
